package io.odigos.community.digest;

import io.odigos.community.slack.DigestPeriod.Edition;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A drafted edition for one period, as the admins see and change it. */
public record Digest(Edition edition, String period, Instant from, Instant to, Status status, String intro,
              List<DigestPart> parts, Set<String> excluded, Instant postAt, String decidedBy) {

    public enum Status { DRAFT, POSTED, SKIPPED }

    /** The value a button carries to name this draft, e.g. "UPDATE:2026-11-23". */
    String ref() {
        return edition.name() + ":" + period;
    }

    List<DigestPart> included() {
        return parts.stream().filter(p -> !excluded.contains(p.key())).toList();
    }

    String title() {
        return edition.title();
    }
}
