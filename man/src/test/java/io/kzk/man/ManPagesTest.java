package io.kzk.man;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.kzk.cli.Cli;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManPagesTest {
    private final Map<String, String> pages = ManPages.generate(Cli.forGenerators());

    @Test
    void thereIsAPagePerCommand() {
        for (String page : new String[] {"kzk.1", "kzk-cluster.1", "kzk-cluster-health.1", "kzk-cluster-describe.1",
            "kzk-broker-list.1", "kzk-context-set.1", "kzk-sandbox-up.1", "kzk-completion.1", "kzk-shell.1"}) {
            assertTrue(pages.containsKey(page), page + " missing from " + pages.keySet());
        }
    }

    @Test
    void everyPageHasExitStatusAndLeavesHaveExamples() {
        pages.forEach((name, text) -> {
            assertTrue(text.contains(".SH EXIT STATUS\n"), name);
            assertTrue(text.contains(".B 5\n"), name);
        });
        String health = pages.get("kzk-cluster-health.1");
        assertTrue(health.contains(".SH EXAMPLES"));
        assertTrue(health.contains("kzk cluster health \\-\\-wait 5m"));
        assertTrue(health.contains("\\fB\\-\\-wait\\fR \\fIDURATION\\fR"));
        // Its own options first, the ones every command takes after, as --help lists them.
        int own = health.indexOf(".SH OPTIONS\n");
        int global = health.indexOf(".SH GLOBAL OPTIONS\n");
        assertTrue(own >= 0 && global > own, health);
        assertTrue(health.indexOf("\\-\\-wait") < global && health.indexOf("\\-\\-bootstrap\\-server") > global, health);
    }

    @Test
    void escapesLinesThatWouldReadAsTroffRequests() {
        assertEquals("\\&.hidden \\e \\-x", ManPages.escape(".hidden \\ -x"));
    }

    @Test
    void pagesRenderWithMan(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/man")) && Files.isExecutable(Path.of("/usr/bin/groff")),
                "man and groff are needed to render");
        Path page = dir.resolve("kzk-cluster-health.1");
        Files.writeString(page, pages.get("kzk-cluster-health.1"), StandardCharsets.UTF_8);
        Process man = new ProcessBuilder("man", "-l", page.toString()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .start();
        man.getOutputStream().close();
        String text = new String(man.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(man.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, man.exitValue(), text);
        assertTrue(text.contains("EXIT STATUS"), text);
        assertTrue(text.contains("kzk cluster health --wait 5m"), text);
    }
}
