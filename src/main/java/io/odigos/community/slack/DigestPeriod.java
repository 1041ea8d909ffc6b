package io.odigos.community.slack;

import java.time.Instant;
import java.time.ZoneId;

/**
 * What a digest covers: its edition, the half-open window [from, to) and the zone its dates are told in. Sections
 * that look ahead (upcoming events) start at {@code to}, the moment the digest is drafted.
 */
public record DigestPeriod(Edition edition, Instant from, Instant to, ZoneId zone) {

    /** How many blocks one section may use, so that a whole digest stays within a message's 50. */
    public static final int SECTION_BLOCKS = 7;

    public enum Edition {
        UPDATE("Community update"),
        NEWSLETTER("Monthly newsletter");

        private final String title;

        Edition(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    public boolean isNewsletter() {
        return edition == Edition.NEWSLETTER;
    }
}
