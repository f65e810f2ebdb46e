package io.kzk.admin.group;

import java.util.List;
import java.util.Map;

/** One group in full: its state, members, partitions with lag, and total lag overall and per topic. */
public record GroupDetails(String group, String state, String type, Integer coordinator, List<Member> members,
                           List<GroupPartition> partitions, long totalLag, Map<String, Long> lagByTopic) {
    public GroupDetails {
        members = List.copyOf(members);
        partitions = List.copyOf(partitions);
        lagByTopic = Map.copyOf(lagByTopic);
    }

    /** A member and the partitions assigned to it. */
    public record Member(String member, String clientId, String host, List<String> partitions) {
    }
}
