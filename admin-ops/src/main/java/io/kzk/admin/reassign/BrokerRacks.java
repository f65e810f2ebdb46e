package io.kzk.admin.reassign;

import io.kzk.common.KzkException;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Racks given by hand, broker by broker, overriding what the cluster reports: for clusters that
 * set no {@code broker.rack} but whose operators know where the machines stand, and for trying a
 * placement before the racks are configured. Spelled on the command line as
 * {@code --broker-racks 0:r1,1:r2}.
 */
public record BrokerRacks(SortedMap<Integer, String> racks) {
    public static final BrokerRacks NONE = new BrokerRacks(new TreeMap<>());

    public BrokerRacks {
        racks = Collections.unmodifiableSortedMap(new TreeMap<>(racks));
    }

    /** Parses {@code 0:r1,1:r2}; blanks around items are allowed, an empty string means none. */
    public static BrokerRacks parse(String text) {
        SortedMap<Integer, String> racks = new TreeMap<>();
        if (text == null || text.isBlank()) {
            return NONE;
        }
        for (String item : text.split(",", -1)) {
            String entry = item.strip();
            if (entry.isEmpty()) {
                throw KzkException.invalidInput("broker racks '" + text + "': an empty item; expected BROKER:RACK,BROKER:RACK such as 0:r1,1:r2");
            }
            int colon = entry.indexOf(':');
            if (colon < 0) {
                throw KzkException.invalidInput("broker racks '" + text + "': '" + entry + "' has no ':'; expected BROKER:RACK such as 0:r1");
            }
            String id = entry.substring(0, colon).strip();
            String rack = entry.substring(colon + 1).strip();
            int broker;
            try {
                broker = Integer.parseInt(id);
            } catch (NumberFormatException e) {
                throw KzkException.invalidInput("broker racks '" + text + "': '" + id + "' in '" + entry + "' is not a broker id");
            }
            if (broker < 0) {
                throw KzkException.invalidInput("broker racks '" + text + "': broker id " + broker + " is negative");
            }
            if (rack.isEmpty()) {
                throw KzkException.invalidInput("broker racks '" + text + "': broker " + broker + " has an empty rack name");
            }
            String earlier = racks.put(broker, rack);
            if (earlier != null) {
                throw KzkException.invalidInput("broker racks '" + text + "': broker " + broker + " is given twice ("
                        + earlier + " and " + rack + ")");
            }
        }
        return new BrokerRacks(racks);
    }
}
