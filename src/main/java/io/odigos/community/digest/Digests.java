package io.odigos.community.digest;

import io.odigos.community.core.AdminWrites;
import io.odigos.community.core.AdminWrites.Audited;
import io.odigos.community.core.Database;
import io.odigos.community.core.InvalidInput;
import io.odigos.community.core.Members;
import io.odigos.community.core.Refusal;
import io.odigos.community.slack.DigestPeriod.Edition;
import io.odigos.community.slack.SlackOutbox;
import io.odigos.community.slack.SlackText;
import jakarta.persistence.EntityManager;
import java.time.Clock;
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
 * What becomes of a draft: an admin approves it (it is posted), edits its note and sections, or skips it, and a
 * draft nobody decided on posts itself when its time comes. Posting or skipping flips the period's row from DRAFT
 * in one conditional update, in the same transaction that queues the post, so each period is posted at most once.
 */
public final class Digests {

    private static final Logger log = LoggerFactory.getLogger(Digests.class);

    private final DigestStore store;
    private final Database database;
    private final SlackOutbox outbox;
    private final AdminWrites admin;
    private final Members members;
    private final Clock clock;
    private final String channel;
    private final DigestMessages messages;

    Digests(DigestStore store, Database database, SlackOutbox outbox, AdminWrites admin, Members members, Clock clock,
            String channel, DigestMessages messages) {
        this.store = store;
        this.database = database;
        this.outbox = outbox;
        this.admin = admin;
        this.members = members;
        this.clock = clock;
        this.channel = channel;
        this.messages = messages;
    }

    public String approve(String ref, String adminId) {
        Digest approved = admin.write(adminId, "digest.approve", em -> {
            Digest digest = draftNamed(em, ref);
            if (!publish(em, digest, adminId)) {
                return Audited.nothing(null);
            }
            return new Audited<>(digest, "digest:" + digest.ref(), messages.heading(digest));
        });
        if (approved == null) {
            throw new Refusal(alreadyDecided(draftNamed(ref)));
        }
        logPosting(approved, " approved by " + adminId);
        return ":white_check_mark: Posted the " + messages.heading(approved) + " to <#" + channel + ">.";
    }

    /** Posts a draft no admin decided on within the delay, unless it was posted or skipped; answers whether it did. */
    boolean post(Edition edition, String period) {
        Digest posted = database.inTransaction(em -> {
            Digest draft = store.find(em, edition, period).orElse(null);
            return draft != null && publish(em, draft, null) ? draft : null;
        });
        if (posted == null) {
            return false;
        }
        logPosting(posted, " (no admin decided within the delay)");
        return true;
    }

    public String skip(String ref, String adminId) {
        Digest skipped = admin.write(adminId, "digest.skip", em -> {
            Digest digest = draftNamed(em, ref);
            if (!store.decide(em, digest, Digest.Status.SKIPPED, adminId, clock.instant())) {
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
        String note = intro == null || intro.isBlank() ? null : intro.strip();
        boolean saved = admin.write(adminId, "digest.edit", em -> {
            Digest before = draftNamed(em, ref);
            Set<String> excluded = before.parts().stream().map(DigestPart::key)
                    .filter(key -> !keptSections.contains(key)).collect(Collectors.toCollection(LinkedHashSet::new));
            Map<String, String> problems = editProblems(note, before, excluded);
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems); // every problem at once, each beside its field
            }
            if (!store.saveEdit(em, before, note, excluded)) {
                return Audited.nothing(false);
            }
            return new Audited<>(true, "digest:" + before.ref(), "note: "
                    + (note == null ? "none" : SlackText.clip(note, 200))
                    + "; left out: " + (excluded.isEmpty() ? "none" : String.join(", ", excluded)));
        });
        if (!saved) {
            throw new Refusal(alreadyDecided(draftNamed(ref)));
        }
        return draftNamed(ref);
    }

    private static Map<String, String> editProblems(String note, Digest draft, Set<String> excluded) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (note != null && note.length() > DigestMessages.INTRO_CHARS) {
            problems.put(DigestMessages.INTRO, "Keep the note within " + DigestMessages.INTRO_CHARS
                    + " characters (it has " + note.length() + ").");
        } else if (note != null && SlackText.hasBroadcast(note)) {
            problems.put(DigestMessages.INTRO,
                    "Leave out @channel, @here and @everyone: the post should not ping the whole channel.");
        }
        if (!draft.parts().isEmpty() && excluded.size() == draft.parts().size() && note == null) {
            problems.put(DigestMessages.SECTIONS,
                    "Keep at least one section or write a note. To post nothing this time, use Skip.");
        }
        return problems;
    }

    /** Queues the preview of a draft for one admin (after an edit, so they see what Approve will post). */
    void showPreview(String adminId, Digest digest) {
        outbox.send(messages.preview(adminId, digest));
    }

    /** Drafts waiting for an admin's decision, oldest first. */
    public List<Digest> waiting() {
        return store.drafts();
    }

    /** The latest decided editions, newest first. */
    List<Digest> recent(int limit) {
        return store.decided(limit);
    }

    Digest draftNamed(String ref) {
        return database.inTransaction(em -> draftNamed(em, ref));
    }

    void requireAdmin(String memberId) {
        members.requireAdmin(memberId);
    }

    /** The heading of a draft as members will see it. */
    String heading(Digest digest) {
        return messages.heading(digest);
    }

    /** The draft a button's value names, e.g. "UPDATE:2026-11-23"; refused when there is none. */
    private Digest draftNamed(EntityManager em, String ref) {
        String[] parts = ref == null ? new String[0] : ref.split(":", 2);
        Optional<Edition> edition = parts.length == 2 ? Arrays.stream(Edition.values())
                .filter(e -> e.name().equals(parts[0])).findFirst() : Optional.empty();
        return edition.flatMap(e -> store.find(em, e, parts[1]))
                .orElseThrow(() -> new Refusal("That draft no longer exists."));
    }

    /** Marks a draft posted and queues its post, unless it was decided already; answers whether it did. */
    private boolean publish(EntityManager em, Digest digest, String approvedBy) {
        if (digest.status() != Digest.Status.DRAFT
                || !store.decide(em, digest, Digest.Status.POSTED, approvedBy, clock.instant())) {
            return false;
        }
        outbox.enqueue(em, messages.post(channel, digest));
        return true;
    }

    private static void logPosting(Digest digest, String how) {
        log.info("Posting the {} for {}{}", digest.title().toLowerCase(), digest.period(), how);
    }

    private String alreadyDecided(Digest digest) {
        String who = digest.decidedBy() == null ? "automatically" : "by <@" + digest.decidedBy() + ">";
        return switch (digest.status()) {
            case POSTED -> "The " + messages.heading(digest) + " was already posted " + who + ".";
            case SKIPPED -> "The " + messages.heading(digest) + " was skipped " + who + ".";
            case DRAFT -> "The " + messages.heading(digest) + " is still a draft; try again.";
        };
    }
}
