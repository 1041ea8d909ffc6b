package io.odigos.community.digest;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import io.odigos.community.core.Database;
import io.odigos.community.core.SqlValues;
import io.odigos.community.slack.DigestPeriod.Edition;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every read and write of the digests table, one row per edition and period, in native SQL: the draft's insert must
 * lose quietly to another instance's (through {@link Database#insertOnce}, which a persisted entity cannot do), so
 * the table has no entity and every statement is written the same way. Rows become {@link Digest} records as they
 * are read; the sections are stored as JSON and the left-out section keys comma separated. Writes run in the
 * caller's transaction; the listings run their own.
 */
final class DigestStore {

    private static final Gson GSON = new Gson();
    private static final Type PARTS = new TypeToken<List<DigestPart>>() { }.getType();
    private static final String SELECT = "select edition, period, period_from, period_to, status, intro, parts_json, "
            + "excluded, post_at, decided_by from digests ";

    private final Database database;

    DigestStore(Database database) {
        this.database = database;
    }

    /** Stores a new draft unless its period has a row already (another instance drafted it); answers whether it did. */
    boolean insertDraft(EntityManager em, Digest draft, Instant draftedAt) {
        return Database.insertOnce(em, "insert into digests (edition, period, period_from, period_to, status, "
                        + "parts_json, excluded, drafted_at, post_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                draft.edition().name(), draft.period(), utc(draft.from()), utc(draft.to()), Digest.Status.DRAFT.name(),
                GSON.toJson(draft.parts()), "", utc(draftedAt), utc(draft.postAt()));
    }

    Optional<Digest> find(Edition edition, String period) {
        return database.inTransaction(em -> find(em, edition, period));
    }

    Optional<Digest> find(EntityManager em, Edition edition, String period) {
        return rows(em, "where edition = ?1 and period = ?2", edition.name(), period).stream().findFirst();
    }

    /** Drafts waiting for a decision, oldest first. */
    List<Digest> drafts() {
        return database.inTransaction(em -> rows(em, "where status = ?1 order by drafted_at",
                Digest.Status.DRAFT.name()));
    }

    /** The latest decided editions, newest first. */
    List<Digest> decided(int limit) {
        return database.inTransaction(em -> rows(em, "where status <> ?1 order by decided_at desc fetch first "
                + limit + " rows only", Digest.Status.DRAFT.name()));
    }

    /** Moves a draft to {@code to}, unless it was decided meanwhile; answers whether this call decided it. */
    boolean decide(EntityManager em, Digest draft, Digest.Status to, String decidedBy, Instant at) {
        return em.createNativeQuery("update digests set status = ?1, decided_by = ?2, decided_at = ?3 "
                        + "where edition = ?4 and period = ?5 and status = ?6")
                .setParameter(1, to.name()).setParameter(2, decidedBy).setParameter(3, at)
                .setParameter(4, draft.edition().name()).setParameter(5, draft.period())
                .setParameter(6, Digest.Status.DRAFT.name()).executeUpdate() == 1;
    }

    /** Saves an admin's note (null for none) and left-out sections while the draft is one; answers whether it was. */
    boolean saveEdit(EntityManager em, Digest draft, String intro, Set<String> excluded) {
        return em.createNativeQuery("update digests set intro = ?1, excluded = ?2 where edition = ?3 "
                        + "and period = ?4 and status = ?5")
                .setParameter(1, intro).setParameter(2, String.join(",", excluded))
                .setParameter(3, draft.edition().name()).setParameter(4, draft.period())
                .setParameter(5, Digest.Status.DRAFT.name()).executeUpdate() == 1;
    }

    private static List<Digest> rows(EntityManager em, String where, Object... parameters) {
        var query = em.createNativeQuery(SELECT + where);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        List<?> rows = query.getResultList();
        return rows.stream().map(row -> digest((Object[]) row)).toList();
    }

    /** One row, in the column order of {@link #SELECT}. */
    private static Digest digest(Object[] c) {
        Set<String> excluded = Arrays.stream(((String) c[7]).split(",")).filter(s -> !s.isBlank())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return new Digest(Edition.valueOf((String) c[0]), (String) c[1], SqlValues.instant(c[2]),
                SqlValues.instant(c[3]), Digest.Status.valueOf((String) c[4]), (String) c[5],
                GSON.fromJson((String) c[6], PARTS), excluded, SqlValues.instant(c[8]), (String) c[9]);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
