package io.odigos.community.packs;

import io.odigos.community.releases.OdigosVersion;
import io.odigos.community.slack.SlackText;

/** The words of rating a pack and confirming that a version works: the answers members see and the forms' labels. */
final class RatingMessages {

    private RatingMessages() {
    }

    /** A rating button on a pack that is gone, hidden or not (yet) published: the stale-button answer. */
    static String packGone() {
        return "That pack is no longer available; nothing changed.";
    }

    /** A confirmation button on a version that is not published, or of a pack no longer shown. */
    static String versionGone() {
        return "That version of the pack is no longer available; nothing changed.";
    }

    static String ownRating() {
        return "You cannot rate your own pack; nothing changed.";
    }

    static String ownConfirmation() {
        return "You cannot confirm your own pack: its *tried on* list already says where you ran it; nothing changed.";
    }

    /** "★★★☆☆ 3 stars": an option of the rating select. */
    static String starsOption(int stars) {
        return "★".repeat(stars) + "☆".repeat(5 - stars) + " " + stars(stars);
    }

    static String stars(int stars) {
        return stars + (stars == 1 ? " star" : " stars");
    }

    static String chooseStars() {
        return "Choose from 1 to 5 stars.";
    }

    static String rated(PackRatings.Rated rated) {
        String pack = name(rated.pack());
        return switch (rated.outcome()) {
            case ADDED -> "Thanks: you rated " + pack + " " + stars(rated.stars()) + ".";
            case CHANGED -> "You changed your rating of " + pack + " from " + rated.before().orElseThrow() + " to "
                    + stars(rated.stars()) + ".";
            case UNCHANGED -> "You had already rated " + pack + " " + stars(rated.stars()) + "; nothing changed.";
        };
    }

    static String confirmed(PackRatings.Confirmed confirmed) {
        String version = name(confirmed.pack()) + " v" + confirmed.version().number();
        return switch (confirmed.outcome()) {
            case ADDED -> "Thanks: you confirmed that " + version + " works on your cluster on Odigos "
                    + confirmed.release() + ".";
            case CHANGED -> "You changed your confirmation of " + version + " from Odigos "
                    + confirmed.before().orElseThrow() + " to " + confirmed.release() + ".";
            case UNCHANGED -> "You had already confirmed " + version + " on Odigos " + confirmed.release()
                    + "; nothing changed.";
        };
    }

    static String releaseUnreadable() {
        return "Give the Odigos release it ran on, like 1.4 or v1.4.2.";
    }

    static String releaseMissing() {
        return "Choose the Odigos release it ran on.";
    }

    static String releaseNotOut(OdigosVersion given, OdigosVersion latest) {
        return "Odigos " + given + " is not out yet; the latest release is " + latest + ".";
    }

    /** The pack's name in bold, as its author wrote it, escaped. */
    static String name(Pack pack) {
        return "*" + SlackText.escape(pack.name()) + "*";
    }
}
