package io.kzk.cli.kcat;

import io.kzk.admin.topic.OffsetForTime;
import java.util.Comparator;
import java.util.List;

/**
 * kcat -Q's output, text or JSON, byte for byte as kcat 1.7.1 writes it: one answer a -t, by
 * topic and partition (librdkafka sorts the list it is given), whatever the order of the -t.
 * Beside known ones, an unknown topic or partition keeps the time asked as its offset and
 * librdkafka's "Local: Unknown partition" (when none is known, kcat fails the whole query).
 */
final class KcatQueryOutput {
    static final String UNKNOWN_PARTITION = "Local: Unknown partition";
    private static final Comparator<OffsetForTime> KCAT_ORDER = Comparator.comparing(OffsetForTime::topic)
            .thenComparingInt(OffsetForTime::partition);

    private KcatQueryOutput() {
    }

    /** "T [P] offset N" a line, ": Local: Unknown partition" after an unknown one. */
    static String text(List<OffsetForTime> answers) {
        StringBuilder out = new StringBuilder();
        for (OffsetForTime a : sorted(answers)) {
            out.append(a.topic()).append(" [").append(a.partition()).append("] offset ").append(offset(a))
                    .append(a.known() ? "" : ": " + UNKNOWN_PARTITION).append('\n');
        }
        return out.toString();
    }

    /** kcat's map of topics to maps of partitions, on one line without a newline at the end. */
    static String json(List<OffsetForTime> answers) {
        KcatJson j = new KcatJson().open();
        String last = null;
        for (OffsetForTime a : sorted(answers)) {
            if (!a.topic().equals(last)) {
                if (last != null) {
                    j.close();
                }
                j.key(a.topic()).open().key("topic").value(a.topic());
                last = a.topic();
            }
            j.key(Integer.toString(a.partition())).open().key("partition").value(a.partition()).key("offset").value(offset(a));
            if (!a.known()) {
                j.key("error").value(UNKNOWN_PARTITION);
            }
            j.close();
        }
        if (last != null) {
            j.close();
        }
        return j.close().toString();
    }

    /** An unknown partition's offset is left as librdkafka was given it: the time asked. */
    private static long offset(OffsetForTime a) {
        return a.known() ? a.offset() : a.timestamp();
    }

    private static List<OffsetForTime> sorted(List<OffsetForTime> answers) {
        return answers.stream().sorted(KCAT_ORDER).toList();
    }
}
