package io.odigos.community.moderation;

import io.odigos.community.core.AuditLog;
import io.odigos.community.core.Bans;
import io.odigos.community.core.Database;
import io.odigos.community.core.InvalidInput;
import io.odigos.community.core.Members;
import io.odigos.community.core.Refusal;
import io.odigos.community.moderation.AwaitingApproval.PendingApproval;
import io.odigos.community.moderation.Moderatable.ModeratedItem;
import io.odigos.community.slack.ReportButton.Target;
import jakarta.persistence.EntityManager;
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
    private final AuditLog audit;
    private final Members members;
    private final Bans bans;
    private final Clock clock;
    private final Map<String, Moderatable> byKind;
    private final List<AwaitingApproval> approvals;

    public Reports(Database database, AuditLog audit, Members members, Bans bans, Clock clock,
                   Collection<Moderatable> moderatables, List<AwaitingApproval> approvals) {
        this.database = database;
        this.audit = audit;
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
                if (alreadyReported(em, target, reporterId)) {
                    return false;
                }
                em.persist(new Report(target.kind(), target.itemId(), reporterId, reason, trimmed, clock.instant()));
                em.flush();
                return true;
            });
        } catch (ConstraintViolationException e) {
            return false; // a concurrent submit of the same member's report won; the unique key kept it to one
        }
    }

    private static boolean alreadyReported(EntityManager em, Target target, String reporterId) {
        return !em.createQuery("select r.id from Report r where r.itemKind = :k and r.itemId = :i and r.reporterId = :m",
                        Long.class).setParameter("k", target.kind()).setParameter("i", target.itemId())
                .setParameter("m", reporterId).setMaxResults(1).getResultList().isEmpty();
    }

    /** Open reports grouped by item, most reported first, and what waits for approval. Admins only. */
    public Queue queue(String adminId) {
        members.requireAdmin(adminId);
        List<Report> open = database.inTransaction(em -> em.createQuery(
                        "select r from Report r where r.resolution is null order by r.reportedAt, r.id", Report.class)
                .setMaxResults(QUEUE_READ).getResultList());
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

    /** Hides the item through its feature and closes its open reports. */
    public void hide(Target target, String adminId) {
        members.requireAdmin(adminId);
        Moderatable owner = owner(target.kind());
        boolean hidden = owner.describe(target.itemId()).map(ModeratedItem::hidden).orElse(true);
        if (!hidden) {
            owner.hide(target.itemId(), adminId);
        }
        resolve(target, adminId, Report.Resolution.HIDDEN, "moderation.hide");
    }

    /** Shows an item again that was hidden while its reports were open. */
    public void restore(Target target, String adminId) {
        members.requireAdmin(adminId);
        owner(target.kind()).restore(target.itemId(), adminId);
    }

    /** Closes the item's open reports without touching it. */
    public void dismiss(Target target, String adminId) {
        members.requireAdmin(adminId);
        resolve(target, adminId, Report.Resolution.DISMISSED, "moderation.dismiss");
    }

    private void resolve(Target target, String adminId, Report.Resolution resolution, String action) {
        database.runInTransaction(em -> {
            int closed = em.createQuery("update Report r set r.resolution = :res, r.resolvedBy = :by, r.resolvedAt = :at "
                            + "where r.itemKind = :k and r.itemId = :i and r.resolution is null")
                    .setParameter("res", resolution).setParameter("by", adminId).setParameter("at", clock.instant())
                    .setParameter("k", target.kind()).setParameter("i", target.itemId()).executeUpdate();
            if (closed == 0 && resolution == Report.Resolution.DISMISSED) {
                throw new Refusal("There are no open reports on that post any more.");
            }
            audit.record(em, adminId, action, target.value(), closed + (closed == 1 ? " report" : " reports"));
        });
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
