package io.odigos.community.feedback;

import static io.odigos.community.slack.SlackText.escape;

import java.util.Locale;

/** The words of the DMs and refusals feedback sends; member-written text is always escaped. */
final class FeedbackMessages {

    private FeedbackMessages() {
    }

    static String ref(FeedbackItem item) {
        return "#" + item.id() + " *" + escape(item.title()) + "*";
    }

    static String submitted(FeedbackItem item) {
        return ":white_check_mark: Thanks! Your " + item.kind().label().toLowerCase(Locale.ROOT) + " " + ref(item)
                + " is in. Members can now vote on it, and you will hear from me when its status changes.";
    }

    static String statusChanged(FeedbackItem item, FeedbackStatus before) {
        String news = switch (item.status()) {
            case SHIPPED -> ":rocket: Shipped! " + ref(item) + ", which you asked for or voted for, is now available.";
            case DECLINED -> ":no_entry_sign: " + ref(item) + " was declined. Thank you for raising it.";
            default -> item.status().emoji() + " " + ref(item) + " moved from " + before.label().toLowerCase(Locale.ROOT)
                    + " to *" + item.status().label().toLowerCase(Locale.ROOT) + "*.";
        };
        return news + " · " + FeedbackViews.votes(item);
    }

    static String merged(FeedbackItem duplicate, FeedbackItem original) {
        return ":twisted_rightwards_arrows: " + ref(duplicate) + " was merged into " + ref(original)
                + ". Your vote moved with it, and you will hear about #" + original.id() + " from now on.";
    }

    // ---- refusals whose words name a command: the service decides, these say it ----

    static String giveSearchWords() {
        return "Give a word or two to search for, for example `/requests search python`.";
    }

    static String useMergeToMarkDuplicates() {
        return "To mark a duplicate, merge it: `/community-admin merge <duplicate> <original>`.";
    }
}
