package io.kzk.cli.shell;

import java.util.List;

/** The names completion offers from the cluster and the config file; each answers within its deadline, maybe with nothing. */
public interface Names {
    /** A child znode, and whether it has children of its own (it then completes with a trailing '/'). */
    record Child(String name, boolean hasChildren) {
    }

    List<String> topics();

    List<String> groups();

    List<String> brokerIds();

    List<String> contexts();

    /** The config keys the cluster's brokers know (for broker and broker-default configs); none by default. */
    default List<String> brokerConfigKeys() {
        return List.of();
    }

    /** The children of the absolute path {@code path}. */
    List<Child> children(String path);

    /** Nothing: for completion without a cluster. */
    Names NONE = new Names() {
        @Override
        public List<String> topics() {
            return List.of();
        }

        @Override
        public List<String> groups() {
            return List.of();
        }

        @Override
        public List<String> brokerIds() {
            return List.of();
        }

        @Override
        public List<String> contexts() {
            return List.of();
        }

        @Override
        public List<Child> children(String path) {
            return List.of();
        }
    };
}
