package io.kzk.cli.kcat;

import io.kzk.admin.topic.OffsetForTime;
import io.kzk.common.KzkException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Translates kcat's own argument list into the kzk command that does the same: -P to produce,
 * -C (or -G) to consume; -L and -Q to {@code kzk kcat -- -L|-Q ...}, which {@link KcatCommand}
 * answers in kcat's words; -X list and -X dump answered here. Flags shared by both tools pass
 * through; -X properties and -F files' as {@link KcatProperties} maps them, in kcat's order; the
 * few kcat flags kzk has no equivalent for are refused by name.
 */
public final class KcatArguments {
    /** kcat flags that take a value, and the kzk flag each becomes. */
    private static final Map<String, String> WITH_VALUE = Map.ofEntries(
            Map.entry("-b", "-b"), Map.entry("-p", "-p"), Map.entry("-o", "-o"), Map.entry("-c", "-c"), Map.entry("-f", "-f"),
            Map.entry("-K", "-K"), Map.entry("-D", "-D"), Map.entry("-H", "-H"), Map.entry("-k", "-k"), Map.entry("-l", "-l"),
            Map.entry("-z", "--compression"));
    /** The kzk flags of {@link #WITH_VALUE} and {@link #FLAGS} that are kzk's global options, which -L and -Q keep. */
    private static final Set<String> GLOBAL = Set.of("-b", "-X", "-v", "--debug");
    private static final Map<String, String> FLAGS = Map.of("-e", "-e", "-J", "-J", "-Z", "-Z", "-v", "-v", "-d", "--debug");
    private static final Set<String> IGNORED = Set.of("-u", "-O");
    private static final Map<String, String> UNSUPPORTED = Map.of(
            "-E", "kzk always exits on errors (-E)",
            "-s", "kzk has no schema-registry deserializers (-s); use --value-format hex|base64|json",
            "-r", "kzk has no schema registry (-r)",
            "-T", "kzk has no tee mode (-T)",
            "-M", "kzk has no statistics interval (-M)",
            "-A", "kzk prints payloads as they are (-A)");

    /** kcat's getopt letters that take a value (its optstring's "x:" letters). */
    private static final String VALUE_LETTERS = "bpocfKDHklXzFtGsrMmY";

    private KcatArguments() {
    }

    /**
     * kcat's arguments as getopt reads them, one flag a token and its value after it: a value may
     * be attached ({@code -K:}, {@code -o-1}, {@code -p0}), flags without values may be grouped
     * ({@code -qe}), and after {@code --} everything is an operand.
     */
    static List<String> getopt(List<String> args) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--")) {
                out.addAll(args.subList(i + 1, args.size()));
                break;
            }
            if (!a.startsWith("-") || a.length() < 2 || a.startsWith("--")) {
                out.add(a);
                continue;
            }
            for (int c = 1; c < a.length(); c++) {
                char letter = a.charAt(c);
                out.add("-" + letter);
                if (VALUE_LETTERS.indexOf(letter) >= 0) {
                    if (c + 1 < a.length()) {
                        out.add(a.substring(c + 1));
                    } else if (i + 1 < args.size()) {
                        out.add(args.get(++i)); // the value as it stands, even "-1"
                    }
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The kzk command group a kcat command line becomes (produce, consume, topic), or null when
     * that is not plain from the flags: for warming up the right client's classes early.
     */
    public static String commandGroup(List<String> arguments) {
        List<String> kcat = getopt(arguments);
        if (kcat.contains("-P")) {
            return "produce";
        }
        if (kcat.contains("-C") || kcat.contains("-G")) {
            return "consume";
        }
        return kcat.contains("-L") || kcat.contains("-Q") ? "topic" : null;
    }

    /**
     * A kcat command line as kzk's.
     *
     * @param command the kzk arguments that do what kcat would; empty when {@code answer} is all there is to do
     * @param notes   what kcat itself says on stderr before it starts, without its "% " (each silenced by a -q before it, as kcat's are)
     * @param answer  what kcat prints on stdout without contacting a cluster (-X list, -X dump), or null
     */
    public record Translation(List<String> command, List<String> notes, String answer) {
    }

    /**
     * A kcat command line refused: what kcat said on stderr before it failed (its "Reading
     * configuration from file" of a file with a bad line), then the failure.
     */
    public static final class Refusal extends KzkException {
        private final List<String> notes;

        Refusal(List<String> notes, KzkException cause) {
            super(cause.kind(), cause.getMessage(), cause);
            this.notes = List.copyOf(notes);
        }

        /** kcat's lines before the failure, without their "% ". */
        public List<String> notes() {
            return notes;
        }
    }

    /** As {@link #translate(List, boolean)} with stdin not a terminal (kcat's producer when no mode is given). */
    public static List<String> translate(List<String> arguments) {
        return translate(arguments, false).command();
    }

    /**
     * Translates kcat's arguments; with neither -P, -C, -L, -Q nor -G, kcat's own choice: the
     * producer when stdin is not a terminal, the consumer when it is, and a note that says so.
     */
    public static Translation translate(List<String> arguments, boolean stdinIsTerminal) {
        List<String> notes = new ArrayList<>();
        try {
            return translate(arguments, stdinIsTerminal, notes);
        } catch (Refusal e) {
            throw e;
        } catch (KzkException e) {
            throw notes.isEmpty() ? e : new Refusal(notes, e);
        }
    }

    /** As {@link #translate(List, boolean)}, adding kcat's notes to {@code notes} as kcat prints them: each when it happens. */
    private static Translation translate(List<String> arguments, boolean stdinIsTerminal, List<String> notes) {
        List<String> kcat = getopt(arguments);
        String mode = null;
        String topic = null;
        String group = null;
        boolean quiet = false;
        List<String> positional = new ArrayList<>();
        List<String> passed = new ArrayList<>();
        // -X's and -F files' properties in kcat's order (a later one wins); the dump's also has -z's and -G's
        List<KcatProperties.Setting> settings = new ArrayList<>();
        List<KcatProperties.Setting> dumped = new ArrayList<>();
        boolean dump = false;
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < kcat.size(); i++) {
            String a = kcat.get(i);
            switch (a) {
                case "-P", "-C", "-L", "-Q" -> {
                    if (mode != null && !mode.equals(a)) {
                        throw KzkException.invalidInput("kcat: give one mode, not both " + mode + " and " + a);
                    }
                    mode = a;
                }
                case "-t" -> {
                    // as in kcat, a -t after -Q is a query (T:P:TIME, repeatable), any other one the topic
                    if ("-Q".equals(mode)) {
                        queries.add(checkedQuery(value(kcat, ++i, a)));
                    } else {
                        topic = value(kcat, ++i, a);
                    }
                }
                case "-X" -> {
                    String property = value(kcat, ++i, a);
                    if (property.equals("list") || property.equals("help")) {
                        // kcat prints its list there and then, and exits 0: what follows is not read
                        KcatProperties.translateSettings(settings);
                        return new Translation(List.of(), List.copyOf(notes), KcatConfigOutput.list());
                    } else if (property.equals("dump")) {
                        dump = true; // once every argument is read, as kcat does
                    } else {
                        KcatProperties.Setting setting = KcatProperties.Setting.of(property);
                        settings.add(setting);
                        dumped.add(setting);
                    }
                }
                case "-F" -> {
                    String file = value(kcat, ++i, a);
                    if (!file.equals("-") && !file.equals("none")) { // kcat's names for no file
                        String text = KcatConfigFile.read(file);
                        if (!quiet) { // as kcat says it: once the file is open, at the verbosity of the moment
                            notes.add("Reading configuration from file " + file);
                        }
                        List<KcatProperties.Setting> read = KcatConfigFile.parse(file, text);
                        settings.addAll(read);
                        dumped.addAll(read);
                    }
                }
                case "-q" -> quiet = true;
                case "-G" -> {
                    group = value(kcat, ++i, a);
                    dumped.add(new KcatProperties.Setting("group.id", group, a));
                }
                default -> {
                    if (WITH_VALUE.containsKey(a)) {
                        passed.add(WITH_VALUE.get(a));
                        passed.add(value(kcat, ++i, a));
                        if (a.equals("-z")) {
                            dumped.add(new KcatProperties.Setting("compression.codec", kcat.get(i), a));
                        }
                    } else if (FLAGS.containsKey(a)) {
                        passed.add(FLAGS.get(a));
                    } else if (IGNORED.contains(a)) {
                        // no effect in kzk: output is written per poll, offsets are not stored locally
                    } else if (UNSUPPORTED.containsKey(a)) {
                        throw KzkException.invalidInput("kcat " + a + " is not supported: " + UNSUPPORTED.get(a));
                    } else if (a.startsWith("-") && a.length() > 1) {
                        throw KzkException.invalidInput("kcat flag " + a + " is not supported by kzk kcat; see 'kzk kcat --help'");
                    } else {
                        positional.add(a);
                    }
                }
            }
        }
        for (String property : KcatProperties.translateSettings(settings)) {
            passed.add("-X");
            passed.add(property);
        }
        if (dump) {
            // kcat dumps before it looks for brokers, a mode or a topic: none is needed
            return new Translation(List.of(), List.copyOf(notes), KcatConfigOutput.dump(KcatProperties.translateSettings(dumped)));
        }
        if (mode == null && group != null) {
            mode = "-C";
        }
        if (mode == null) {
            mode = stdinIsTerminal ? "-C" : "-P";
            if (!quiet) {
                    notes.add("Auto-selecting " + (stdinIsTerminal ? "Consumer" : "Producer") + " mode (use -P or -C to override)");
            }
        }
        List<String> out = new ArrayList<>();
        switch (mode) {
            case "-P" -> {
                out.add("produce");
                out.add(requireTopic(topic, mode));
                out.add("--allow-new-topic"); // kcat leaves it to the broker (auto.create.topics.enable)
                out.add("-q"); // kcat -P says nothing when all went well
                out.addAll(passed);
                positional.forEach(file -> {
                    out.add("-l");
                    out.add(file);
                });
                if (!positional.isEmpty()) {
                    out.add("--file-per-message"); // kcat -P sends each file argument as one message
                }
            }
            case "-C" -> {
                out.add("consume");
                if (topic != null) {
                    out.add(topic);
                }
                out.addAll(positional); // kcat -G GROUP TOPIC...
                if (topic == null && positional.isEmpty()) {
                    throw KzkException.invalidInput("kcat -C needs a topic: -t TOPIC");
                }
                if (group != null) {
                    out.add("-G");
                    out.add(group);
                }
                out.add("--no-summary"); // kcat -C prints no count at the end
                if (quiet) {
                    out.add("-q");
                }
                out.addAll(passed);
            }
            case "-L", "-Q" -> {
                out.add("kcat");
                out.addAll(globals(passed));
                out.add("--");
                out.add(mode);
                if (mode.equals("-Q")) {
                    if (queries.isEmpty()) {
                        throw KzkException.invalidInput("kcat -Q takes -t TOPIC:PARTITION:TIMESTAMP after -Q (repeatable)");
                    }
                    queries.forEach(q -> out.addAll(List.of("-t", q)));
                } else if (topic != null) {
                    out.addAll(List.of("-t", topic));
                }
                if (passed.contains("-J")) {
                    out.add("-J");
                }
            }
            default -> throw new IllegalStateException(mode);
        }
        return new Translation(List.copyOf(out), List.copyOf(notes), null);
    }

    /** The global options among kzk flags translated from kcat's (the brokers, properties, verbosity), with their values. */
    private static List<String> globals(List<String> passed) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < passed.size(); i++) {
            String flag = passed.get(i);
            boolean takesValue = WITH_VALUE.containsValue(flag) || flag.equals("-X");
            if (GLOBAL.contains(flag)) {
                out.add(flag);
                if (takesValue) {
                    out.add(passed.get(i + 1));
                }
            }
            if (takesValue) {
                i++;
            }
        }
        return out;
    }

    /**
     * A kcat -Q query, TOPIC:PARTITION:TIME, checked: TIME is epoch milliseconds, or Kafka's
     * special times -1 (the end) and -2 (the start).
     */
    private static String checkedQuery(String spec) {
        String[] parts = spec.split(":", -1);
        if (parts.length != 3 || parts[0].isEmpty() || !parts[1].matches("\\d+")) {
            throw KzkException.invalidInput("kcat -Q takes -t TOPIC:PARTITION:TIMESTAMP, not '" + spec + "'");
        }
        if (!parts[2].matches("\\d+|-1|-2")) {
            throw KzkException.invalidInput("kcat -Q -t TOPIC:PARTITION:TIME: TIME '" + parts[2]
                    + "' is not epoch milliseconds, -1 (latest) or -2 (earliest)");
        }
        return spec;
    }

    /** A kcat -L or -Q run that {@link KcatCommand} answers, from the arguments after "--" that {@link #translate} gives it. */
    record Listing(boolean query, String topic, List<OffsetForTime.Question> questions, boolean json) {
        static Listing of(List<String> args) {
            boolean json = args.contains("-J");
            String topic = null;
            List<OffsetForTime.Question> questions = new ArrayList<>();
            for (int i = 1; i < args.size(); i++) {
                if (args.get(i).equals("-t") && i + 1 < args.size()) {
                    String value = args.get(++i);
                    if (args.get(0).equals("-Q")) {
                        String[] parts = checkedQuery(value).split(":");
                        questions.add(new OffsetForTime.Question(parts[0], Integer.parseInt(parts[1]), Long.parseLong(parts[2])));
                    } else {
                        topic = value;
                    }
                }
            }
            return new Listing(args.get(0).equals("-Q"), topic, List.copyOf(questions), json);
        }
    }

    private static String requireTopic(String topic, String mode) {
        if (topic == null) {
            throw KzkException.invalidInput("kcat " + mode + " needs a topic: -t TOPIC");
        }
        return topic;
    }

    private static String value(List<String> args, int i, String flag) {
        if (i >= args.size()) {
            throw KzkException.invalidInput("kcat " + flag + " needs a value");
        }
        return args.get(i);
    }
}
