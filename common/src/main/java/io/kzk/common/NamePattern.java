package io.kzk.common;

import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Name patterns (topics, znodes) as operators type them: shell globs ({@code orders.*}, {@code logs-?}) or, when asked, regular expressions. */
public final class NamePattern {
    private NamePattern() {
    }

    /** Matches every name when {@code pattern} is null. */
    public static Predicate<String> of(String pattern, boolean regex) {
        if (pattern == null) {
            return name -> true;
        }
        try {
            Pattern compiled = Pattern.compile(regex ? pattern : globToRegex(pattern));
            return name -> compiled.matcher(name).matches();
        } catch (PatternSyntaxException e) {
            throw KzkException.invalidInput("invalid " + (regex ? "regular expression" : "pattern") + " '" + pattern
                    + "': " + e.getDescription());
        }
    }

    /** {@code *} any run of characters, {@code ?} one character, {@code [abc]} a class; everything else literal. */
    static String globToRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        boolean inClass = false;
        for (char c : glob.toCharArray()) {
            if (inClass) {
                regex.append(c);
                inClass = c != ']';
            } else if (c == '*') {
                regex.append(".*");
            } else if (c == '?') {
                regex.append('.');
            } else if (c == '[') {
                regex.append('[');
                inClass = true;
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }
}
