package io.odigos.community.hackathons;

import java.util.List;
import java.util.Map;

/** A project's standing: its average per criterion, weighted total, community votes and who made it. */
public record Ranked(Submission submission, List<String> members, Map<Long, Double> averages, double weightedTotal,
                     long votes) {
}
