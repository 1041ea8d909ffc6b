package io.odigos.community.digest;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import io.odigos.community.core.AdminWrites;
import io.odigos.community.core.AdminWrites.Audited;
import io.odigos.community.core.AuditLog;
import io.odigos.community.core.Database;
import io.odigos.community.core.InvalidInput;
import io.odigos.community.core.Members;
import io.odigos.community.core.Refusal;
import io.odigos.community.core.SqlValues;
import io.odigos.community.slack.DigestPeriod;
import io.odigos.community.slack.DigestPeriod.Edition;
import io.odigos.community.slack.DigestSection;
import io.odigos.community.slack.SlackOutbox;
import io.odigos.community.slack.SlackText;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drafting, approving, editing, skipping and posting the bi-weekly update and the monthly newsletter. A period has
 * one row: drafting inserts it once, and posting or skipping flips it from DRAFT in one conditional update, in the
 * same transaction that queues the post, so each period is posted at most once and never lost once drafted.
 */
public final class Digests {

    private static final Logger log = LoggerFactory.getLogger(Digests.class);
    /** How many missed periods a late run drafts at most (the bot was down for weeks): the latest ones. */
    static final int CATCH_UP_LIMIT = 6;
    private static final Gson GSON = new Gson();

    private final Database database;
    private final SlackOutbox outbox;
    private final AuditLog audit;
    private final Members members;
    private final AdminWrites admin;
    private final Clock clock;
    private final String channel;
    private final List<String> admins;
    private final DigestCalendar calendar;
    private final DigestMessages messages;
    private final List<DigestSection> sections = new ArrayList<>();

    Digests(Database database, SlackOutbox outbox, AuditLog audit, Members members, Clock clock, String channel,
            List<String> admins, DigestCalendar calendar) {
        this.database = database;
        this.outbox = outbox;
        this.audit = audit;
        this.members = members;
        this.admin = new AdminWrites(database, members, audit);
        this.clock = clock;
        this.channel = channel;
        this.admins = List.copyOf(admins);
        this.calendar = calendar;
        this.messages = new DigestMessages(calendar.schedule().zone());
    }

    /** Sections in the order they appear; features hand theirs over at start-up. */
    void addSections(List<DigestSection> more) {
        sections.addAll(more);
    }

    DigestCalendar calendar() {
        return calendar;
    }

    /**
     * Drafts every period of the edition issued after {@code since} and up to now that has no draft yet (at most the
     * latest {@link #CATCH_UP_LIMIT}); returns the drafts it made. A run that finds them drafted does nothing.
     */
    public List<Digest> draftDue(Edition edition, Instant since) {
        List<Instant> issues = calendar.issuesBetween(edition, since.minusMillis(1), clock.instant());
        List<Digest> drafted = new ArrayList<>();
        for (Instant issue : issues.subList(Math.max(0, issues.size() - CATCH_UP_LIMIT), issues.size())) {
            draft(edition, issue).ifPresent(drafted::add);
        }
        return drafted;
    }

    /**
     * The edition as it would be drafted now for the period running since its last issue, without storing it: what
     * an admin previews, and what the benchmark times.
     */
    public Digest preview(Edition edition) {
        Instant now = clock.instant();
        DigestPeriod upcoming = calendar.period(edition, calendar.nextIssueAfter(edition, now));
        // up to and including this second, so what just happened is in
        DigestPeriod soFar = new DigestPeriod(edition, upcoming.from(), now.plusSeconds(1), upcoming.zone());
        return new Digest(edition, "preview", soFar.from(), soFar.to(), Digest.Status.DRAFT, null,
                DigestMessages.render(sections, soFar), Set.of(), now, null);
    }

    /** Sends an admin the preview of the period so far. */
    public void sendPreview(String adminId, Edition edition) {
        members.requireAdmin(adminId);
        outbox.send(messages.sample(adminId, preview(edition)));
    }

    /** Drafts the period the issue covers unless it has a row; sends the draft to the admins. */
    Optional<Digest> draft(Edition edition, Instant issue) {
        String key = calendar.key(edition, issue);
        if (find(edition, key).isPresent()) {
            return Optional.empty();
        }
        DigestPeriod period = calendar.period(edition, issue);
        List<DigestPart> parts = DigestMessages.render(sections, period);
        Instant now = clock.instant();
        Digest digest = new Digest(edition, key, period.from(), period.to(), Digest.Status.DRAFT, null, parts, Set.of(),
                now.plus(calendar.schedule().autoPostAfter()), null);
        boolean inserted = database.inTransaction(em -> {
            if (!Database.insertOnce(em, "insert into digests (edition, period, period_from, period_to, status, "
                            + "parts_json, excluded, drafted_at, post_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    edition.name(), key, utc(period.from()), utc(period.to()), Digest.Status.DRAFT.name(),
                    GSON.toJson(parts), "", utc(now), utc(digest.postAt()))) {
                return false; // another instance drafted it a moment ago
            }
            tellAdmins(em, digest);
            return true;
        });
        if (!inserted) {
            return Optional.empty();
        }
        log.info("Drafted the {} for {} ({} sections); it posts itself at {} unless an admin decides first",
                edition.title().toLowerCase(), key, parts.size(), digest.postAt());
        return Optional.of(digest);
    }

    public String approve(String ref, String adminId) {
        members.requireAdmin(adminId);
        Digest digest = draftNamed(ref);
        if (!post(digest.edition(), digest.period(), adminId)) {
            throw new Refusal(alreadyDecided(draftNamed(ref)));
        }
        return ":white_check_mark: Posted the " + messages.heading(digest) + " to <#" + channel + ">.";
    }

    /** Posts the draft unless it was posted or skipped; answers whether this call posted it. */
    boolean post(Edition edition, String period, String approvedBy) {
        boolean posted = database.inTransaction(em -> {
            Optional<Digest> draft = find(em, edition, period).filter(d -> d.status() == Digest.Status.DRAFT);
            if (draft.isEmpty() || !decide(em, draft.get(), Digest.Status.POSTED, approvedBy)) {
                return false;
            }
            outbox.enqueue(em, messages.post(channel, draft.get()));
            if (approvedBy != null) {
                audit.record(em, approvedBy, "digest.approve", "digest:" + draft.get().ref(), messages.heading(draft.get()));
            }
            return true;
        });
        if (posted) {
            log.info("Posting the {} for {}{}", edition.title().toLowerCase(), period,
                    approvedBy == null ? " (no admin decided within the delay)" : " approved by " + approvedBy);
        }
        return posted;
    }

    public String skip(String ref, String adminId) {
        Digest skipped = admin.write(adminId, "digest.skip", em -> {
            Digest digest = draftNamed(ref);
            if (!decide(em, digest, Digest.Status.SKIPPED, adminId)) {
                return Audited.nothing(null);
            }
            return new Audited<>(digest, "digest:" + digest.ref(), messages.heading(digest));
        });
        if (skipped == null) {
            throw new Refusal(alreadyDecided(draftNamed(ref)));
        }
        return ":no_entry_sign: Skipped the " + messages.heading(skipped) + ". Nothing will be posted for that period.";
    }

    /** Saves an admin's note and choice of sections; the caller shows the admin the new preview. */
    public Digest edit(String ref, String adminId, String intro, List<String> keptSections) {
        members.requireAdmin(adminId);
        String note = intro == null ? null : intro.strip();
        Map<String, String> problems = new LinkedHashMap<>();
        if (note != null && note.length() > DigestMessages.INTRO_CHARS) {
            problems.put(DigestMessages.INTRO, "Keep the note within " + DigestMessages.INTRO_CHARS
                    + " characters (it has " + note.length() + ").");
        } else if (note != null && SlackText.hasBroadcast(note)) {
            problems.put(DigestMessages.INTRO,
                    "Leave out @channel, @here and @everyone: the post should not ping the whole channel.");
        }
        Digest before = draftNamed(ref);
        Set<String> excluded = before.parts().stream().map(DigestPart::key)
                .filter(key -> !keptSections.contains(key)).collect(Collectors.toCollection(LinkedHashSet::new));
        if (!before.parts().isEmpty() && excluded.size() == before.parts().size() && (note == null || note.isEmpty())) {
            problems.put(DigestMessages.SECTIONS,
                    "Keep at least one section or write a note. To post nothing this time, use Skip.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems); // every problem at once, each beside its field
        }
        boolean saved = database.inTransaction(em -> {
            int updated = em.createNativeQuery("update digests set intro = ?1, excluded = ?2 where edition = ?3 "
                            + "and period = ?4 and status = ?5")
                    .setParameter(1, note == null || note.isEmpty() ? null : note)
                    .setParameter(2, String.join(",", excluded)).setParameter(3, before.edition().name())
                    .setParameter(4, before.period()).setParameter(5, Digest.Status.DRAFT.name()).executeUpdate();
            if (updated == 1) {
                audit.record(em, adminId, "digest.edit", "digest:" + before.ref(), "note: "
                        + (note == null || note.isEmpty() ? "none" : SlackText.clip(note, 200))
                        + "; left out: " + (excluded.isEmpty() ? "none" : String.join(", ", excluded)));
            }
            return updated == 1;
        });
        if (!saved) {
            throw new Refusal(alreadyDecided(draftNamed(ref)));
        }
        return draftNamed(ref);
    }

    /** Queues the preview of a draft for one admin (after an edit, so they see what Approve will post). */
    void showPreview(String adminId, Digest digest) {
        outbox.send(messages.preview(adminId, digest));
    }

    /** Drafts waiting for an admin's decision, oldest first. */
    public List<Digest> waiting() {
        return database.inTransaction(em -> rows(em, "where status = ?1 order by drafted_at", Digest.Status.DRAFT.name()));
    }

    /** The latest decided editions, newest first. */
    List<Digest> recent(int limit) {
        return database.inTransaction(em -> rows(em, "where status <> ?1 order by decided_at desc fetch first " + limit
                + " rows only", Digest.Status.DRAFT.name()));
    }

    Digest draftNamed(String ref) {
        String[] parts = ref == null ? new String[0] : ref.split(":", 2);
        Optional<Edition> edition = parts.length == 2 ? Arrays.stream(Edition.values())
                .filter(e -> e.name().equals(parts[0])).findFirst() : Optional.empty();
        return edition.flatMap(e -> find(e, parts[1]))
                .orElseThrow(() -> new Refusal("That draft no longer exists."));
    }

    Optional<Digest> find(Edition edition, String period) {
        return database.inTransaction(em -> find(em, edition, period));
    }

    void requireAdmin(String memberId) {
        members.requireAdmin(memberId);
    }

    /** The heading of a draft as members will see it. */
    String heading(Digest digest) {
        return messages.heading(digest);
    }

    private Optional<Digest> find(EntityManager em, Edition edition, String period) {
        return rows(em, "where edition = ?1 and period = ?2", edition.name(), period).stream().findFirst();
    }

    private boolean decide(EntityManager em, Digest digest, Digest.Status to, String adminId) {
        return em.createNativeQuery("update digests set status = ?1, decided_by = ?2, decided_at = ?3 "
                        + "where edition = ?4 and period = ?5 and status = ?6")
                .setParameter(1, to.name()).setParameter(2, adminId).setParameter(3, clock.instant())
                .setParameter(4, digest.edition().name()).setParameter(5, digest.period())
                .setParameter(6, Digest.Status.DRAFT.name()).executeUpdate() == 1;
    }

    private void tellAdmins(EntityManager em, Digest digest) {
        for (String admin : admins) {
            outbox.enqueue(em, messages.preview(admin, digest));
        }
    }

    private String alreadyDecided(Digest digest) {
        String who = digest.decidedBy() == null ? "automatically" : "by <@" + digest.decidedBy() + ">";
        return switch (digest.status()) {
            case POSTED -> "The " + messages.heading(digest) + " was already posted " + who + ".";
            case SKIPPED -> "The " + messages.heading(digest) + " was skipped " + who + ".";
            case DRAFT -> "The " + messages.heading(digest) + " is still a draft; try again.";
        };
    }

    private static List<Digest> rows(EntityManager em, String where, Object... parameters) {
        var query = em.createNativeQuery("select edition, period, period_from, period_to, status, intro, parts_json, "
                + "excluded, post_at, decided_by from digests " + where);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        List<Digest> digests = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] c = (Object[]) row;
            List<DigestPart> parts = GSON.fromJson((String) c[6], new TypeToken<List<DigestPart>>() { }.getType());
            Set<String> excluded = Arrays.stream(((String) c[7]).split(",")).filter(s -> !s.isBlank())
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            digests.add(new Digest(Edition.valueOf((String) c[0]), (String) c[1], SqlValues.instant(c[2]), SqlValues.instant(c[3]),
                    Digest.Status.valueOf((String) c[4]), (String) c[5], parts, excluded, SqlValues.instant(c[8]), (String) c[9]));
        }
        return digests;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
