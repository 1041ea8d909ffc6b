package io.odigos.community.moderation;

import io.odigos.community.core.AdminWrites;
import io.odigos.community.core.AdminWrites.Audited;
import io.odigos.community.core.Bans;
import io.odigos.community.core.Database;
import io.odigos.community.core.InvalidInput;
import io.odigos.community.core.Members;
import io.odigos.community.core.Refusal;
import io.odigos.community.moderation.AwaitingApproval.PendingApproval;
import io.odigos.community.moderation.Moderatable.ModeratedItem;
import io.odigos.community.slack.ReportButton.Target;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.exception.ConstraintViolationException;

/**
 * The rules of reports and the moderation queue: members report items, admins hide them (through the owning
 * feature's {@link Moderatable}) or dismiss the reports. Each admin action is audited.
 */
public final class Reports {

    public static final String REASON = "reason";
    public static final String NOTE = "note";
    /** Open reports read for one queue view: plenty for a community; older ones show once these are handled. */
    private static final int QUEUE_READ = 1000;

    private final Database database;
    private final ModerationStore store;
    private final AdminWrites admin;
    private final Members members;
    private final Bans bans;
    private final Clock clock;
    private final Map<String, Moderatable> byKind;
    private final List<AwaitingApproval> approvals;

    Reports(Database database, ModerationStore store, AdminWrites admin, Members members, Bans bans, Clock clock,
            Collection<Moderatable> moderatables, List<AwaitingApproval> approvals) {
        this.database = database;
        this.store = store;
        this.admin = admin;
        this.members = members;
        this.bans = bans;
        this.clock = clock;
        this.byKind = moderatables.stream().collect(Collectors.toMap(Moderatable::kind, Function.identity()));
        this.approvals = List.copyOf(approvals);
    }

    /** The item a member is about to report; refuses when they may not, or it is gone or already removed. */
    public ModeratedItem reportable(Target target, String reporterId) {
        bans.requireNotBanned(reporterId);
        ModeratedItem item = owner(target.kind()).describe(target.itemId())
                .orElseThrow(() -> new Refusal("That post no longer exists, so there is nothing to report."));
        if (item.hidden()) {
            throw new Refusal("A moderator has already removed that post. Thank you for looking out.");
        }
        return item;
    }

    /**
     * Files the member's report; answers false when they had already reported this item (nothing changes).
     * Problems with the form come back field by field.
     */
    public boolean report(Target target, String reporterId, String reasonName, String note) {
        Map<String, String> problems = new LinkedHashMap<>();
        ReportReason reason = reasonName == null ? null : ReportReason.parse(reasonName).orElse(null);
        if (reason == null) {
            problems.put(REASON, "Choose why you are reporting this post.");
        }
        String trimmed = note == null || note.isBlank() ? null : note.strip();
        if (trimmed != null && trimmed.length() > Report.NOTE_MAX) {
            problems.put(NOTE, "Please keep the note under " + Report.NOTE_MAX + " characters (it has "
                    + trimmed.length() + ").");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        reportable(target, reporterId);
        try {
            return database.inTransaction(em -> {
                if (store.hasReported(em, target, reporterId)) {
                    return false;
                }
                store.insert(em, new Report(target.kind(), target.itemId(), reporterId, reason, trimmed, clock.instant()));
                return true;
            });
        } catch (ConstraintViolationException e) {
            return false; // a concurrent submit of the same member's report won; the unique key kept it to one
        }
    }

    /** Open reports grouped by item, most reported first, and what waits for approval. Admins only. */
    public Queue queue(String adminId) {
        members.requireAdmin(adminId);
        List<Report> open = store.openReports(QUEUE_READ);
        Map<Target, List<Report>> grouped = new LinkedHashMap<>();
        open.forEach(r -> grouped.computeIfAbsent(new Target(r.itemKind(), r.itemId()), t -> new ArrayList<>()).add(r));
        List<ReportedItem> items = new ArrayList<>();
        grouped.forEach((target, reports) -> {
            Moderatable owner = byKind.get(target.kind());
            ModeratedItem item = owner == null ? null : owner.describe(target.itemId()).orElse(null);
            items.add(new ReportedItem(target, item, List.copyOf(reports)));
        });
        items.sort((a, b) -> Integer.compare(b.reports().size(), a.reports().size()));
        List<PendingApproval> pending = approvals.stream().flatMap(a -> a.awaitingApproval().stream()).toList();
        return new Queue(items, pending);
    }

    /**
     * Hides the item through its feature and closes its open reports. The feature hides it under its own rules,
     * which check and audit that on their own (in their own transaction, as from the feature's console); the
     * reports close, and this is audited, only once that has succeeded.
     */
    public void hide(Target target, String adminId) {
        admin.write(adminId, "moderation.hide", em -> {
            Moderatable owner = owner(target.kind());
            boolean hidden = owner.describe(target.itemId()).map(ModeratedItem::hidden).orElse(true);
            if (!hidden) {
                owner.hide(target.itemId(), adminId);
            }
            return closed(target, store.resolve(em, target, Report.Resolution.HIDDEN, adminId, clock.instant()));
        });
    }

    /** Shows an item again that was hidden while its reports were open. */
    public void restore(Target target, String adminId) {
        members.requireAdmin(adminId);
        owner(target.kind()).restore(target.itemId(), adminId);
    }

    /** Closes the item's open reports without touching it. */
    public void dismiss(Target target, String adminId) {
        admin.write(adminId, "moderation.dismiss", em -> {
            int closed = store.resolve(em, target, Report.Resolution.DISMISSED, adminId, clock.instant());
            if (closed == 0) {
                throw new Refusal("There are no open reports on that post any more.");
            }
            return closed(target, closed);
        });
    }

    /** The audit entry of closing the item's reports: how many closed. */
    private static Audited<Void> closed(Target target, int reports) {
        return new Audited<>(null, target.value(), reports + (reports == 1 ? " report" : " reports"));
    }

    private Moderatable owner(String kind) {
        Moderatable owner = byKind.get(kind);
        if (owner == null) {
            throw new Refusal("That post cannot be reported.");
        }
        return owner;
    }

    /** The moderation queue at one moment. */
    public record Queue(List<ReportedItem> items, List<PendingApproval> awaitingApproval) {
        public boolean isEmpty() {
            return items.isEmpty() && awaitingApproval.isEmpty();
        }
    }

    /** One item's open reports; {@code item} is null when the item no longer exists. */
    public record ReportedItem(Target target, ModeratedItem item, List<Report> reports) {
        public Map<ReportReason, Long> reasons() {
            return reports.stream().collect(Collectors.groupingBy(Report::reason,
                    () -> new EnumMap<>(ReportReason.class), Collectors.counting()));
        }
    }
}
