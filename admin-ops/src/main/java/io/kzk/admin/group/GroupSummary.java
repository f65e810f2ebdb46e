package io.kzk.admin.group;

/** A consumer group at a glance. */
public record GroupSummary(String group, String state, String type, int members, Integer coordinator) {
}
