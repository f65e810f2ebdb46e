package io.kzk.cli.kcat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kzk.cli.KzkRun;
import io.kzk.common.KzkException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kcat -F files, -X list and -X dump, held to what kcat 1.7.1 does (observed with Debian's
 * package: the messages quoted in the assertions are kcat's, after kzk's "kzk: kcat -F").
 */
class KcatConfigFileTest {
    @TempDir
    Path dir;

    private String file(String name, String text) throws Exception {
        Path path = dir.resolve(name);
        Files.writeString(path, text);
        return path.toString();
    }

    @Test
    void aFileIsReadAsKcatReadsItCommentsBlankLinesAndCrlfSkippedNothingTrimmedAroundTheEquals() {
        var settings = KcatConfigFile.parse("f.conf", "# a comment\n\n   \n  # an indented comment\r\n  client.id=x y  \r\n"
                + "linger.ms=5\r\nsasl.jaas.config=a=b\\=c\\:d\nbootstrap.servers=h\\:9092");
        assertEquals(List.of(new KcatProperties.Setting("client.id", "x y", "-F f.conf:5"),
                new KcatProperties.Setting("linger.ms", "5", "-F f.conf:6"),
                new KcatProperties.Setting("sasl.jaas.config", "a=b=c:d", "-F f.conf:7"),
                new KcatProperties.Setting("bootstrap.servers", "h:9092", "-F f.conf:8")), settings);
        assertEquals(List.of(new KcatProperties.Setting("client.id", " x", "-F f.conf:1")), KcatConfigFile.parse("f.conf", "client.id= x"),
                "the value keeps a space after '=', as kcat's does");
        assertEquals(List.of(), KcatConfigFile.parse("f.conf", ""));
    }

    @Test
    void aLineWithoutAnEqualsIsRefusedWithFileAndLineAsKcatDoes() {
        var bare = assertThrows(KzkException.class, () -> KcatConfigFile.parse("f.conf", "client.id=a\njustaword\n"));
        assertEquals("kcat -F f.conf:2: expected property=value", bare.getMessage());
        var leadingEquals = assertThrows(KzkException.class, () -> KcatConfigFile.parse("f.conf", "=x"));
        assertEquals("kcat -F f.conf:1: expected property=value", leadingEquals.getMessage());
        var javaStyle = assertThrows(KzkException.class, () -> KcatConfigFile.parse("f.conf", "sasl.password: hunter2"));
        assertTrue(javaStyle.getMessage().startsWith("kcat -F f.conf:1: expected property=value (the line starts with sasl.password;"),
                javaStyle.getMessage());
        assertFalse(javaStyle.getMessage().contains("hunter2"), javaStyle.getMessage());
        var lone = assertThrows(KzkException.class, () -> KcatConfigFile.parse("f.conf", "hunter2"));
        assertFalse(lone.getMessage().contains("hunter2"), "a word that is no property name may be a secret: " + lone.getMessage());
    }

    @Test
    void anUnknownNameIsRefusedWithFileLineAndNameInKcatsWordsAndNoValue() throws Exception {
        String conf = file("bad.conf", "client.id=a\nbogus.name=s3cret\n");
        var e = assertThrows(KzkException.class, () -> KcatArguments.translate(List.of("-F", conf, "-C", "-t", "t"), false));
        assertTrue(e.getMessage().startsWith("kcat -F " + conf + ":2: No such configuration property: \"bogus.name\""), e.getMessage());
        assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
        var refusal = assertInstanceOfRefusal(e);
        assertEquals(List.of("Reading configuration from file " + conf), refusal.notes(), "kcat says it reads the file, then fails");

        String spaced = file("spaced.conf", "client.id = a\n");
        var space = assertThrows(KzkException.class, () -> KcatArguments.translate(List.of("-F", spaced, "-X", "dump")));
        assertTrue(space.getMessage().startsWith("kcat -F " + spaced + ":1: No such configuration property: \"client.id \""), space.getMessage());

        String java = file("java.conf", "sasl.jaas.config: x required password=\"p=q\";\n");
        var colon = assertThrows(KzkException.class, () -> KcatArguments.translate(List.of("-F", java, "-X", "dump")));
        assertTrue(colon.getMessage().contains("\"sasl.jaas.config...\""), colon.getMessage());
        assertFalse(colon.getMessage().contains("p=q") || colon.getMessage().contains("required"), colon.getMessage());
    }

    private static KcatArguments.Refusal assertInstanceOfRefusal(KzkException e) {
        assertTrue(e instanceof KcatArguments.Refusal, e.getClass().getName());
        return (KcatArguments.Refusal) e;
    }

    @Test
    void aMissingFileOrADirectoryIsOneLineAndNoNote() {
        var missing = assertThrows(KzkException.class, () -> KcatArguments.translate(List.of("-F", dir.resolve("nope.conf").toString(),
                "-C", "-t", "t"), false));
        assertEquals("kcat -F: Failed to open " + dir.resolve("nope.conf") + ": No such file or directory", missing.getMessage());
        assertFalse(missing instanceof KcatArguments.Refusal, "kcat says it reads a file only once it is open");
        var directory = assertThrows(KzkException.class, () -> KcatArguments.translate(List.of("-F", dir.toString(), "-X", "dump")));
        assertEquals("kcat -F: Failed to open " + dir + ": Is a directory", directory.getMessage());
    }

    @Test
    void aFilesPropertiesAreTranslatedAsDashXsAreAndNameTheCluster() throws Exception {
        String conf = file("k.conf", "metadata.broker.list=k1:9092\nsasl.mechanisms=SCRAM-SHA-256\nsasl.username=u\nsasl.password=p\n"
                + "ssl.ca.location=/ca.pem\ntopic.request.required.acks=all\napi.version.request=true\n");
        var consume = KcatArguments.translate(List.of("-F", conf, "-C", "-t", "t"), false);
        assertEquals(List.of("consume", "t", "--no-summary", "-X", "bootstrap.servers=k1:9092", "-X", "sasl.mechanism=SCRAM-SHA-256",
                "-X", "ssl.truststore.location=/ca.pem", "-X", "ssl.truststore.type=PEM", "-X", "acks=all", "-X",
                "sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username=\"u\" password=\"p\";"),
                consume.command());
        assertEquals(List.of("Reading configuration from file " + conf), consume.notes());
        assertEquals(List.of("kcat", "-X", "bootstrap.servers=k1:9092", "--", "-L"),
                KcatArguments.translate(List.of("-L", "-F", file("b.conf", "bootstrap.servers=k1:9092\n")), false).command(),
                "-L and -Q keep the file's properties, so the file names the cluster there too");
    }

    @Test
    void aLaterPropertyWinsWhetherFromTheFileOrFromDashXAsKcatAppliesThemInOrder() throws Exception {
        String conf = file("c.conf", "client.id=file\nlinger.ms=1\n");
        assertEquals(List.of("consume", "t", "--no-summary", "-X", "client.id=file", "-X", "linger.ms=1"),
                KcatArguments.translate(List.of("-X", "client.id=cli", "-F", conf, "-C", "-t", "t")));
        assertEquals(List.of("consume", "t", "--no-summary", "-X", "client.id=cli", "-X", "linger.ms=1"),
                KcatArguments.translate(List.of("-F", conf, "-X", "client.id=cli", "-C", "-t", "t")));
        assertEquals(List.of("consume", "t", "--no-summary", "-X", "client.id=cli", "-X", "linger.ms=7"),
                KcatArguments.translate(List.of("-F", conf, "-X", "client.id=cli", "-X", "queue.buffering.max.ms=7", "-C", "-t", "t")),
                "a librdkafka name overrides the Java name it becomes");
    }

    @Test
    void theNoteFollowsDashQAsKcatsVerbosityAtTheMomentTheFileIsRead() throws Exception {
        String conf = file("q.conf", "client.id=x\n");
        assertEquals(List.of(), KcatArguments.translate(List.of("-q", "-F", conf, "-C", "-t", "t"), false).notes());
        assertEquals(List.of("Reading configuration from file " + conf),
                KcatArguments.translate(List.of("-F", conf, "-q", "-C", "-t", "t"), false).notes(), "kcat has said it before it reads -q");
        assertEquals(List.of("consume", "t", "--no-summary"), KcatArguments.translate(List.of("-F", "none", "-C", "-t", "t")),
                "-F none and -F - read no file, as in kcat");
        assertEquals(List.of(), KcatArguments.translate(List.of("-F", "-", "-C", "-t", "t"), false).notes());
    }

    @Test
    void dumpPrintsTheEffectiveConfigurationSortedInKcatsShapeWithSecretsHidden() throws Exception {
        String conf = file("d.conf", "sasl.username=alice\nsasl.password=hunter2\nssl.key.password=k3y\nclient.id=file\n");
        var dump = KcatArguments.translate(List.of("-F", conf, "-X", "dump", "-X", "linger.ms=5", "-z", "gzip", "-G", "g",
                "-X", "client.id=cli"), false);
        assertEquals(List.of(), dump.command(), "nothing to run: no cluster is asked");
        assertEquals(List.of("Reading configuration from file " + conf), dump.notes());
        assertEquals("""
                # Global config
                client.id = cli
                compression.type = gzip
                group.id = g
                linger.ms = 5
                sasl.jaas.config = ******
                ssl.key.password = ******

                # Topic config

                """, dump.answer());
        assertFalse(dump.answer().contains("hunter2") || dump.answer().contains("alice") || dump.answer().contains("k3y"));
        assertEquals("# Global config\n\n# Topic config\n\n", KcatArguments.translate(List.of("-X", "dump"), true).answer(),
                "no -b, mode or topic needed, as in kcat");
        assertEquals("# Global config\nssl.keystore.key = ******\n\n# Topic config\n\n",
                KcatConfigOutput.dump(List.of("ssl.keystore.key=-----BEGIN PRIVATE KEY-----")), "Kafka's PASSWORD-typed configs are hidden");
        assertThrows(KzkException.class, () -> KcatArguments.translate(List.of("-X", "dump", "-X", "bogus=1")),
                "a bad name fails the dump, as in kcat");
    }

    @Test
    void listShowsTheLibrdkafkaNamesKzkKcatTakesWithWhatEachBecomesAndStopsReadingArguments() {
        var list = KcatArguments.translate(List.of("-X", "list", "-X", "bogus=1", "-Y"), false);
        assertEquals(List.of(), list.command());
        String text = list.answer();
        assertTrue(text.startsWith("## Configuration properties kzk kcat takes"), text);
        for (String name : KcatProperties.RENAMED.keySet()) {
            assertTrue(text.contains("\n" + name + " ".repeat(40 - name.length()) + " | "), name + " in\n" + text);
        }
        for (String name : KcatProperties.WITHOUT_EFFECT) {
            assertTrue(text.contains("\n" + name + " ".repeat(40 - name.length()) + " | nothing"), name + " in\n" + text);
        }
        assertTrue(text.contains("\nmetadata.broker.list                     | bootstrap.servers\n"), text);
        assertTrue(text.contains("\nsasl.username ") && text.contains("\nsasl.password ") && text.contains("\ntopic.NAME "), text);
        assertTrue(text.contains("Any property of Kafka's Java producer, consumer or admin client"), text);
        assertEquals(text, KcatArguments.translate(List.of("-Xhelp"), false).answer(), "help is list's other name, as in kcat");
        assertThrows(KzkException.class, () -> KcatArguments.translate(List.of("-X", "bogus=1", "-X", "list")),
                "what comes before -X list is read, as in kcat");
        assertNull(KcatArguments.translate(List.of("-C", "-t", "t"), false).answer());
    }

    @Test
    void kzkKcatPrintsListAndDumpOnStdoutExitingZeroAndAFilesBadLineAfterKcatsNoteExitingOne() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        var dump = KzkRun.isolated(home).run("kcat", "-X", "dump", "-X", "sasl.username=u", "-X", "sasl.password=hunter2");
        assertEquals(0, dump.exitCode(), dump.toString());
        assertEquals("# Global config\nsasl.jaas.config = ******\n\n# Topic config\n\n", dump.out());
        assertEquals("", dump.err());
        var list = KzkRun.isolated(home).run("kcat", "-X", "list");
        assertEquals(0, list.exitCode(), list.toString());
        assertEquals(KcatConfigOutput.list(), list.out());
        String conf = file("bad.conf", "# kcat.conf\nbogus.name=hunter2\n");
        var bad = KzkRun.isolated(home).run("kcat", "-F", conf, "-C", "-t", "t");
        assertEquals(1, bad.exitCode(), bad.toString());
        assertEquals("", bad.out());
        String[] err = bad.err().split("\n");
        assertEquals(2, err.length, bad.err());
        assertEquals("% Reading configuration from file " + conf, err[0]);
        assertTrue(err[1].startsWith("kzk: kcat -F " + conf + ":2: No such configuration property: \"bogus.name\""), err[1]);
        assertFalse(bad.err().contains("hunter2"));
    }
}
