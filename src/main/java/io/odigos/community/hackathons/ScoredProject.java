package io.odigos.community.hackathons;

import java.util.List;
import java.util.Map;

/** A project as the store reads it for ranking: who made it, its judges' average per criterion id, its votes. */
record ScoredProject(Submission submission, List<String> members, Map<Long, Double> averages, long votes) {
}
