package io.odigos.community.knowledge;

import io.odigos.community.core.WebLinks;
import io.odigos.community.slack.FormText;
import io.odigos.community.slack.SlackText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An entry as its author describes it, checked before anything is stored: a link or a body (or both), topics from the
 * admins' list and the Odigos version it was written for. Keys of problems are the form's block ids.
 */
public record EntryDraft(String title, String summary, EntryKind kind, String link, String body, List<String> topics,
                         String odigosVersion, String sourceThread, boolean showAuthor) {

    public static final String TITLE = "kb-title";
    public static final String SUMMARY = "kb-summary";
    public static final String KIND = "kb-kind";
    public static final String LINK = "kb-link";
    public static final String BODY = "kb-body";
    public static final String TOPICS = "kb-topics";
    public static final String VERSION = "kb-version";
    public static final String SHOW_AUTHOR = "kb-show-author";

    public static final int MAX_TITLE = 120;
    public static final int MAX_SUMMARY = 300;
    public static final int MAX_BODY = 3000;
    public static final int MAX_TOPICS = 5;
    /** A release as Odigos numbers them: 1.0, v1.0.170. */
    static final Pattern VERSION_FORMAT = Pattern.compile("v?\\d{1,3}\\.\\d{1,3}(\\.\\d{1,4})?");

    public EntryDraft {
        title = FormText.stripped(title);
        summary = FormText.stripped(summary);
        link = FormText.stripped(link);
        body = FormText.stripped(body);
        odigosVersion = FormText.stripped(odigosVersion);
        topics = topics == null ? List.of() : List.copyOf(topics);
    }

    /** Problems by field; empty when the entry can go to review. {@code knownTopics}: the admins' list now. */
    public Map<String, String> problems(List<String> knownTopics) {
        Map<String, String> problems = new LinkedHashMap<>();
        FormText.check(problems, TITLE, title, MAX_TITLE, "Give the entry a title.");
        FormText.check(problems, SUMMARY, summary, MAX_SUMMARY, "Say in a sentence or two what the entry teaches.");
        if (kind == null) {
            problems.put(KIND, "Pick what kind of entry this is.");
        }
        // the link is optional (a body will do), but one given must be an http(s) address
        String linkProblem = link == null ? null
                : WebLinks.problem(link, "The link must be an http(s) address, like https://odigos.io/blog/...");
        if (linkProblem != null) {
            problems.put(LINK, linkProblem);
        }
        if (body != null && body.length() > MAX_BODY) {
            problems.put(BODY, "Keep the text under " + MAX_BODY + " characters, or link to the full guide.");
        } else if (body != null && SlackText.hasBroadcast(body)) {
            problems.put(BODY, "The text cannot mention @channel, @here or @everyone.");
        } else if (link == null && body == null) {
            problems.put(BODY, "Give a link to the guide, or write it here.");
        }
        if (topics.isEmpty()) {
            problems.put(TOPICS, "Pick at least one topic.");
        } else if (topics.size() > MAX_TOPICS) {
            problems.put(TOPICS, "Pick at most " + MAX_TOPICS + " topics.");
        } else if (!knownTopics.containsAll(topics)) {
            problems.put(TOPICS, "A topic you picked was removed meanwhile; pick from the list again.");
        }
        if (odigosVersion == null || !VERSION_FORMAT.matcher(odigosVersion).matches()) {
            problems.put(VERSION, "Give the Odigos version it was written for, like 1.0 or v1.0.170.");
        }
        return problems;
    }
}
