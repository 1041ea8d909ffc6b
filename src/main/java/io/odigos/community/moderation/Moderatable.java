package io.odigos.community.moderation;

import java.util.Optional;

/**
 * What a feature tells the moderation queue about its reportable items, keyed by {@link #kind()} (the kind its
 * Report buttons carry). Hiding and restoring go through the feature's own rules, which audit them.
 */
public interface Moderatable {

    /** The item kind, as in {@link io.odigos.community.slack.ReportButton#of}. */
    String kind();

    /** The item as admins see it in the queue; empty when it no longer exists. */
    Optional<ModeratedItem> describe(String itemId);

    /** Hides the item from members; refuses (io.odigos.community.core.Refusal) when it cannot. */
    void hide(String itemId, String adminId);

    /** Shows a hidden item again. */
    void restore(String itemId, String adminId);

    /** A reportable item: its title (member text, unescaped), a link to where it is posted (or null), and whether it is hidden. */
    record ModeratedItem(String title, String link, boolean hidden) {
    }
}
