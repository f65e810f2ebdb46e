package io.kzk.admin.health;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Brokers registered in ZooKeeper ({@code /brokers/ids}) beside brokers serving metadata. A
 * broker registered but not serving has usually lost its listener or is stuck in start-up; one
 * serving but not registered has lost its ZooKeeper session.
 */
public record BrokerRegistration(List<Integer> registered, List<Integer> serving,
                                 List<Integer> registeredNotServing, List<Integer> servingNotRegistered) {
    public static BrokerRegistration compare(Set<Integer> registered, Set<Integer> serving) {
        Set<Integer> notServing = new TreeSet<>(registered);
        notServing.removeAll(serving);
        Set<Integer> notRegistered = new TreeSet<>(serving);
        notRegistered.removeAll(registered);
        return new BrokerRegistration(List.copyOf(new TreeSet<>(registered)), List.copyOf(new TreeSet<>(serving)),
                List.copyOf(notServing), List.copyOf(notRegistered));
    }

    public boolean consistent() {
        return registeredNotServing.isEmpty() && servingNotRegistered.isEmpty();
    }
}
