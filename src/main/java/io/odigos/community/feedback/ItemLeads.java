package io.odigos.community.feedback;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * The seam through which another feature (ownership) tells feedback who leads a roadmap item, and hears of status
 * changes in their transaction. Feedback shows the lead on /roadmap, on the item's post and on the public roadmap;
 * it never reads the other feature's tables, and the other feature never reads feedback's.
 */
public final class ItemLeads {

    /** The *Lead this* button on a planned item's post; its value is the item id. The other feature listens to it. */
    public static final String LEAD_THIS = "feedback_lead_this";

    /** Who leads an item: their Slack id (for Slack) and display name (the only thing public pages show). */
    public record Lead(String memberId, String displayName) {
    }

    /** Runs in the status change's transaction; answers the member the announcement credits, if any. */
    @FunctionalInterface
    public interface StatusListener {
        Optional<String> changed(EntityManager em, long itemId, String title, FeedbackStatus before, FeedbackStatus after);
    }

    private final FeedbackStore store;
    private final List<StatusListener> listeners = new CopyOnWriteArrayList<>();
    private volatile Function<Long, Optional<Lead>> leads = id -> Optional.empty();
    private volatile boolean claimable;

    ItemLeads(FeedbackStore store) {
        this.store = store;
    }

    /** Wired once at start: who leads an item; from then on planned items without a lead offer *Lead this*. */
    public void show(Function<Long, Optional<Lead>> leads) {
        this.leads = leads;
        this.claimable = true;
    }

    public void onStatusChange(StatusListener listener) {
        listeners.add(listener);
    }

    Optional<Lead> leadOf(long itemId) {
        return leads.apply(itemId);
    }

    boolean offersLeadThis(FeedbackItem item) {
        return claimable && item.status() == FeedbackStatus.PLANNED && !item.hidden() && item.mergedIntoId() == null
                && leadOf(item.id()).isEmpty();
    }

    /** Tells the listeners, then words the DM to the item's people, crediting the lead when it shipped. */
    String statusChanged(EntityManager em, FeedbackItem item, FeedbackStatus before) {
        Optional<String> credited = Optional.empty();
        for (StatusListener listener : listeners) {
            Optional<String> lead = listener.changed(em, item.id(), item.title(), before, item.status());
            credited = credited.isPresent() ? credited : lead;
        }
        String text = FeedbackMessages.statusChanged(item, before);
        return credited.filter(m -> item.status() == FeedbackStatus.SHIPPED)
                .map(m -> text + " Led by <@" + m + ">.").orElse(text);
    }

    /** The item's author (a Slack member) and voters, each once: who is told the item is free to lead again. */
    public List<String> authorAndVoters(EntityManager em, long itemId) {
        FeedbackItem item = store.find(em, itemId);
        return item == null ? List.of() : store.authorAndVoters(em, item);
    }

    /** The item's post shows its lead: redraw it once this transaction commits. */
    public void leadChanged(EntityManager em, long itemId) {
        store.touchPost(em, itemId);
    }
}
