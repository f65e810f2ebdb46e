package io.kzk.cli.kcat;

import io.kzk.admin.topic.OffsetForTime;
import java.util.List;

/**
 * kcat -Q's output, text or JSON, byte for byte as kcat 1.7.1 writes it: one answer a -t, in the
 * order given. A topic or partition the cluster does not have is named in librdkafka's words.
 */
final class KcatQueryOutput {
    /** The offset kcat shows for a partition it could not ask about (librdkafka's RD_KAFKA_OFFSET_INVALID). */
    static final long INVALID_OFFSET = -1001;

    private KcatQueryOutput() {
    }

    /** "T [P] offset N" a line, with ": ERROR" after an unknown topic or partition. */
    static String text(List<OffsetForTime> answers) {
        StringBuilder out = new StringBuilder();
        for (OffsetForTime a : answers) {
            out.append(a.topic()).append(" [").append(a.partition()).append("] offset ").append(offset(a))
                    .append(a.known() ? "" : ": " + KcatMetadataOutput.UNKNOWN_TOPIC).append('\n');
        }
        return out.toString();
    }

    /**
     * kcat's map of topics to partitions, on one line without a newline at the end. A topic opens
     * an entry each time it follows another topic, so a topic given apart from its first -t is a
     * second key of the same name, as in kcat.
     */
    static String json(List<OffsetForTime> answers) {
        KcatJson j = new KcatJson().open();
        String last = null;
        for (OffsetForTime a : answers) {
            if (!a.topic().equals(last)) {
                if (last != null) {
                    j.close();
                }
                j.key(a.topic()).open().key("topic").value(a.topic());
                last = a.topic();
            }
            j.key(Integer.toString(a.partition())).open().key("partition").value(a.partition()).key("offset").value(offset(a));
            if (!a.known()) {
                j.key("error").value(KcatMetadataOutput.UNKNOWN_TOPIC);
            }
            j.close();
        }
        if (last != null) {
            j.close();
        }
        return j.close().toString();
    }

    private static long offset(OffsetForTime a) {
        return a.known() ? a.offset() : INVALID_OFFSET;
    }
}
