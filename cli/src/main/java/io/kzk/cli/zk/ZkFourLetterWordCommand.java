package io.kzk.cli.zk;

import io.kzk.cli.LeafCommand;
import io.kzk.common.KzkException;
import io.kzk.zk.ZkAddress;
import io.kzk.zk.ensemble.EnsembleStatus;
import java.io.IOException;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kzk zk 4lw}: the raw four-letter words. */
@Command(name = "4lw", header = "Send a four-letter word (srvr, mntr, cons, stat, conf, ruok...) and print the reply.",
        description = "Sends WORD to SERVER, or to every server of the connect string, and prints each reply under the server's address.",
        footerHeading = "%nExamples:%n", footer = {"  kzk zk 4lw mntr", "  kzk zk 4lw cons zk2:2181"})
public final class ZkFourLetterWordCommand extends LeafCommand {
    @Parameters(index = "0", paramLabel = "WORD", description = "A four-letter word: srvr, mntr, cons, stat, conf, envi, ruok, wchs, dump...")
    String word;

    @Parameters(index = "1", arity = "0..1", paramLabel = "SERVER", description = "host:port; default: every server of the connect string.")
    String server;

    @Override
    public Integer call() {
        if (!word.matches("[a-z]{4}")) {
            throw KzkException.invalidInput("'" + word + "' is not a four-letter word: srvr, mntr, cons, stat, conf, ruok...");
        }
        List<ZkAddress.Server> servers;
        if (server != null) {
            servers = ZkAddress.parse(server).servers();
        } else {
            String connect = session().connection().zookeeper();
            if (connect == null) {
                throw KzkException.invalidInput("no ZooKeeper given: name a SERVER, or use -z, KZK_ZOOKEEPER or a context");
            }
            servers = ZkAddress.parse(connect).servers();
        }
        var out = spec.commandLine().getOut();
        for (ZkAddress.Server s : servers) {
            try {
                String reply = EnsembleStatus.fourLetterWord(s, word, globals().timeout());
                if (servers.size() > 1) {
                    out.println("== " + s);
                }
                out.print(reply.endsWith("\n") || reply.isEmpty() ? reply : reply + "\n");
            } catch (IOException e) {
                throw KzkException.unreachable("no answer from ZooKeeper server " + s + " to '" + word + "': " + e.getMessage(), e);
            }
        }
        out.flush();
        return 0;
    }
}
