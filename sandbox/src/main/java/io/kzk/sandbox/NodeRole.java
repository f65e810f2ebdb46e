package io.kzk.sandbox;

/** What a sandbox process is. */
public enum NodeRole {
    ZOOKEEPER,
    KRAFT_CONTROLLER,
    BROKER;

    /** Name prefix of the nodes of this role: {@code zk-1}, {@code controller-1}, {@code broker-1}. */
    public String prefix() {
        return switch (this) {
            case ZOOKEEPER -> "zk";
            case KRAFT_CONTROLLER -> "controller";
            case BROKER -> "broker";
        };
    }
}
