package io.odigos.community.digest;

import io.odigos.community.core.Database;
import io.odigos.community.core.Members;
import io.odigos.community.slack.DigestPeriod;
import io.odigos.community.slack.DigestPeriod.Edition;
import io.odigos.community.slack.DigestSection;
import io.odigos.community.slack.SlackOutbox;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drafts the bi-weekly update and the monthly newsletter from the sections features contribute: once per period,
 * sent to the admins, who decide through {@link Digests}. Drafting inserts the period's row once, in the
 * transaction that queues the admins' previews, so a period is never drafted twice, nor lost once drafted.
 */
public final class DigestDrafting {

    private static final Logger log = LoggerFactory.getLogger(DigestDrafting.class);
    /** How many missed periods a late run drafts at most (the bot was down for weeks): the latest ones. */
    static final int CATCH_UP_LIMIT = 6;

    private final DigestStore store;
    private final Database database;
    private final SlackOutbox outbox;
    private final Members members;
    private final Clock clock;
    private final List<String> admins;
    private final DigestCalendar calendar;
    private final DigestMessages messages;
    private final List<DigestSection> sections = new ArrayList<>();

    DigestDrafting(DigestStore store, Database database, SlackOutbox outbox, Members members, Clock clock,
                   List<String> admins, DigestCalendar calendar, DigestMessages messages) {
        this.store = store;
        this.database = database;
        this.outbox = outbox;
        this.members = members;
        this.clock = clock;
        this.admins = List.copyOf(admins);
        this.calendar = calendar;
        this.messages = messages;
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
    private Optional<Digest> draft(Edition edition, Instant issue) {
        String key = calendar.key(edition, issue);
        if (store.find(edition, key).isPresent()) {
            return Optional.empty();
        }
        DigestPeriod period = calendar.period(edition, issue);
        List<DigestPart> parts = DigestMessages.render(sections, period);
        Instant now = clock.instant();
        Digest digest = new Digest(edition, key, period.from(), period.to(), Digest.Status.DRAFT, null, parts, Set.of(),
                now.plus(calendar.schedule().autoPostAfter()), null);
        boolean inserted = database.inTransaction(em -> {
            if (!store.insertDraft(em, digest, now)) {
                return false; // another instance drafted it a moment ago
            }
            admins.forEach(admin -> outbox.enqueue(em, messages.preview(admin, digest)));
            return true;
        });
        if (!inserted) {
            return Optional.empty();
        }
        log.info("Drafted the {} for {} ({} sections); it posts itself at {} unless an admin decides first",
                edition.title().toLowerCase(), key, parts.size(), digest.postAt());
        return Optional.of(digest);
    }
}
