package io.odigos.community.core;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.sql.Timestamp;

/** Column values as JDBC drivers hand them back from native queries, in the types the code works with. */
public final class SqlValues {

    private SqlValues() {
    }

    /** A timestamp column (H2: OffsetDateTime, PostgreSQL: Timestamp). */
    public static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp ts) {
            return ts.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
