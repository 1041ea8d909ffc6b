package io.odigos.community.mentorship;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a member stands in the programme, for /mentor's menu and the Home tab: their offer as a mentor while they are
 * one (with its areas, current mentees and the requests waiting in those areas) and their open request as a mentee
 * (with its pair).
 */
public record Standing(Optional<Mentor> mentor, Set<String> areas, List<Pair> mentees, long waitingInAreas,
                       Optional<MentorshipRequest> request, Optional<Pair> mentorPair) {

    boolean isMentor() {
        return mentor.isPresent();
    }

    boolean hasOpenRequest() {
        return request.isPresent();
    }
}
