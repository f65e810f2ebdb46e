package io.kzk.cli.zk;

import io.kzk.cli.output.Block.Field;
import io.kzk.zk.ZnodeStat;
import java.time.Instant;
import java.util.List;

/** How znode data and stats read to people: text as text, binary as a hex dump, times as times. */
final class ZnodeFormat {
    private ZnodeFormat() {
    }

    /** 16 bytes a line: offset, hex, and the printable ASCII. */
    static String hexDump(byte[] data) {
        StringBuilder sb = new StringBuilder();
        for (int off = 0; off < data.length; off += 16) {
            sb.append(String.format("%08x  ", off));
            StringBuilder ascii = new StringBuilder();
            for (int i = 0; i < 16; i++) {
                if (off + i < data.length) {
                    int b = data[off + i] & 0xff;
                    sb.append(String.format("%02x ", b));
                    ascii.append(b >= 0x20 && b < 0x7f ? (char) b : '.');
                } else {
                    sb.append("   ");
                }
                if (i == 7) {
                    sb.append(' ');
                }
            }
            sb.append(" |").append(ascii).append("|\n");
        }
        return sb.toString();
    }

    static String time(long epochMs) {
        return epochMs == 0 ? "-" : Instant.ofEpochMilli(epochMs).toString();
    }

    static String session(long owner) {
        return owner == 0 ? null : "0x" + Long.toHexString(owner);
    }

    static List<Field> statFields(ZnodeStat s) {
        return List.of(Field.of("czxid", "0x" + Long.toHexString(s.czxid())), Field.of("mzxid", "0x" + Long.toHexString(s.mzxid())),
                Field.of("pzxid", "0x" + Long.toHexString(s.pzxid())), Field.of("ctime", time(s.ctime())),
                Field.of("mtime", time(s.mtime())), Field.of("version", s.version()), Field.of("cversion", s.cversion()),
                Field.of("aversion", s.aversion()), Field.of("ephemeralOwner", s.ephemeral() ? session(s.ephemeralOwner()) : "none (persistent)"),
                Field.of("dataLength", s.dataLength()), Field.of("numChildren", s.numChildren()));
    }
}
