package io.kzk.cli.reassign;

import io.kzk.common.KzkException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import picocli.CommandLine.Option;

/** Which topics a plan covers: --topics, --topic-regex or --all (internal topics only with --internal). */
public final class PartitionSelectionOptions {
    @Option(names = "--topics", split = ",", paramLabel = "TOPIC", description = "These topics (comma-separated; repeatable).")
    List<String> topics = new ArrayList<>();

    @Option(names = "--topic-regex", paramLabel = "REGEX", description = "Topics whose whole name matches.")
    String regex;

    @Option(names = "--all", description = "Every topic.")
    boolean all;

    @Option(names = "--internal", description = "Include internal topics (__consumer_offsets, …) with --all or --topic-regex.")
    boolean internal;

    boolean given() {
        return all || regex != null || !topics.isEmpty();
    }

    /** The topic filter; named topics are taken as they are (internal ones included). */
    Predicate<String> filter() {
        int ways = (all ? 1 : 0) + (regex == null ? 0 : 1) + (topics.isEmpty() ? 0 : 1);
        if (ways != 1) {
            throw KzkException.invalidInput("say which topics: --topics T,..., --topic-regex REGEX or --all (one of them)");
        }
        if (all) {
            return t -> true;
        }
        if (regex != null) {
            try {
                Pattern p = Pattern.compile(regex);
                return t -> p.matcher(t).matches();
            } catch (PatternSyntaxException e) {
                throw KzkException.invalidInput("invalid --topic-regex '" + regex + "': " + e.getDescription());
            }
        }
        return topics::contains;
    }

    List<String> named() {
        return topics;
    }

    boolean includeInternal() {
        return internal || !topics.isEmpty();
    }
}
