package io.odigos.community.recognition;

import io.odigos.community.core.WebLinks;
import io.odigos.community.slack.SlackText;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A contribution an admin records by hand (a talk, a tutorial, mentoring...), checked before anything is stored.
 * Problems are keyed by the contribution form's block ids.
 */
record ContributionDraft(String memberId, ContributionKind kind, String title, String link) {

    static final int MAX_TITLE = 300;

    ContributionDraft {
        title = title == null || title.isBlank() ? null : title.strip();
        link = link == null || link.isBlank() ? null : link.strip();
    }

    /** Problems by field, in the form's order; empty when it can be recorded. */
    Map<String, String> problems() {
        Map<String, String> p = new LinkedHashMap<>();
        if (memberId == null || memberId.isBlank()) {
            p.put(RecognitionViews.MEMBER, "Pick the member.");
        }
        if (kind == null) {
            p.put(RecognitionViews.KIND, "Pick the kind of contribution.");
        }
        if (title == null || title.length() > MAX_TITLE || SlackText.hasBroadcast(title)) {
            p.put(RecognitionViews.TITLE, "Describe the contribution in at most " + MAX_TITLE
                    + " characters, without @channel or @here.");
        }
        String linkProblem = link == null ? null
                : WebLinks.problem(link, "The link must be an http(s) address, like https://youtu.be/your-talk.");
        if (linkProblem != null) {
            p.put(RecognitionViews.LINK, linkProblem);
        }
        return p;
    }
}
