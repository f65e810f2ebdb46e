package io.kzk.common;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the byte rates and sizes people type for throttles: {@code 50MB/s}, {@code 10MiB},
 * {@code 500KB}, {@code 1048576}. KB, MB, GB are powers of 1000; KiB, MiB, GiB of 1024; a bare
 * number is bytes; {@code /s} may follow.
 */
public final class ByteRates {
    private static final Pattern RATE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kmg]i?b?|b)?(?:/s)?", Pattern.CASE_INSENSITIVE);

    private ByteRates() {
    }

    /** Bytes per second; at least 1. */
    public static long parse(String what, String text) {
        Matcher m = RATE.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw KzkException.invalidInput("invalid " + what + " '" + text + "': use bytes per second, e.g. 50MB/s, 10MiB/s, 500KB, 1048576");
        }
        double amount = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "b" : m.group(2).toLowerCase(Locale.ROOT);
        double factor = switch (unit.replace("b", "")) {
            case "" -> 1;
            case "k" -> 1e3;
            case "ki" -> 1024;
            case "m" -> 1e6;
            case "mi" -> 1024.0 * 1024;
            case "g" -> 1e9;
            case "gi" -> 1024.0 * 1024 * 1024;
            default -> throw KzkException.invalidInput("invalid " + what + " '" + text + "': unknown unit " + m.group(2));
        };
        double bytes = amount * factor;
        if (bytes < 1 || bytes > Long.MAX_VALUE / 2) {
            throw KzkException.invalidInput("invalid " + what + " '" + text + "': must be between 1 byte/s and " + (Long.MAX_VALUE / 2));
        }
        return (long) bytes;
    }

    /** For messages: 52.4 MB/s, 800 B/s. */
    public static String format(double bytesPerSecond) {
        if (bytesPerSecond >= 1e9) {
            return String.format(Locale.ROOT, "%.1f GB/s", bytesPerSecond / 1e9);
        }
        if (bytesPerSecond >= 1e6) {
            return String.format(Locale.ROOT, "%.1f MB/s", bytesPerSecond / 1e6);
        }
        if (bytesPerSecond >= 1e3) {
            return String.format(Locale.ROOT, "%.1f KB/s", bytesPerSecond / 1e3);
        }
        return String.format(Locale.ROOT, "%.0f B/s", bytesPerSecond);
    }

    /** For messages: 1.2 GB, 340 KB. */
    public static String formatBytes(long bytes) {
        return format(bytes).replace("/s", "");
    }
}
