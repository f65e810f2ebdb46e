package io.kzk.cli.settings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Hides secret values whenever settings are shown: passwords, JAAS configs, keys, tokens. */
public final class Secrets {
    public static final String MASK = "******";
    private static final Pattern SECRET_KEY = Pattern.compile(
            "(?i).*(password|passwd|secret|jaas|token|credential|\\.key$|private).*");

    private Secrets() {
    }

    public static boolean isSecret(String key) {
        return SECRET_KEY.matcher(key).matches();
    }

    public static Map<String, String> mask(Map<String, String> properties) {
        Map<String, String> out = new LinkedHashMap<>();
        properties.forEach((k, v) -> out.put(k, isSecret(k) ? MASK : v));
        return out;
    }

    /** {@code digest:user:secret} shows as {@code digest:******}. */
    public static String maskZkAuth(String auth) {
        if (auth == null) {
            return null;
        }
        int colon = auth.indexOf(':');
        return colon < 0 ? MASK : auth.substring(0, colon + 1) + MASK;
    }
}
