package io.kzk.common;

import java.util.ArrayList;
import java.util.List;

/** One {@code host:port} of a server list, as Kafka's bootstrap list spells it ({@code [::1]:9092} for IPv6). */
public record HostPort(String host, int port) {
    @Override
    public String toString() {
        return host.contains(":") ? "[" + host + "]:" + port : host + ":" + port;
    }

    /**
     * Parses a comma-separated {@code host:port} list.
     *
     * @param what names the list and where it came from in messages, e.g. "bootstrap servers (from -b)"
     * @throws KzkException INVALID_INPUT naming the bad entry
     */
    public static List<HostPort> parseList(String list, String what) {
        if (list == null || list.isBlank()) {
            throw KzkException.invalidInput("empty " + what + ": use host:port[,host:port...]");
        }
        List<HostPort> out = new ArrayList<>();
        for (String part : list.split(",", -1)) {
            String s = part.trim();
            if (s.isEmpty()) {
                throw KzkException.invalidInput("empty entry in " + what + " '" + list + "': use host:port[,host:port...]");
            }
            out.add(parse(s, list, what));
        }
        return out;
    }

    private static HostPort parse(String s, String list, String what) {
        String host;
        String port;
        if (s.startsWith("[")) {
            int close = s.indexOf(']');
            if (close < 0 || close + 1 >= s.length() || s.charAt(close + 1) != ':') {
                throw bad(s, list, what, "use [ipv6]:port");
            }
            host = s.substring(1, close);
            port = s.substring(close + 2);
        } else {
            int colon = s.lastIndexOf(':');
            if (colon < 0) {
                throw bad(s, list, what, "a port is missing: use host:port");
            }
            host = s.substring(0, colon);
            port = s.substring(colon + 1);
        }
        if (host.isEmpty()) {
            throw bad(s, list, what, "the host is missing: use host:port");
        }
        int number;
        try {
            number = Integer.parseInt(port);
        } catch (NumberFormatException e) {
            throw bad(s, list, what, "'" + port + "' is not a port number: use host:port with a port from 1 to 65535");
        }
        if (number < 1 || number > 65535) {
            throw bad(s, list, what, "port " + number + " is out of range: use a port from 1 to 65535");
        }
        return new HostPort(host, number);
    }

    private static KzkException bad(String entry, String list, String what, String fix) {
        String in = entry.equals(list) ? "" : " in '" + list + "'";
        return KzkException.invalidInput("invalid address '" + entry + "'" + in + " of " + what + ": " + fix);
    }
}
