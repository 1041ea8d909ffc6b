package io.odigos.community.design;

import io.odigos.community.slack.SlackText;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a member asks to open, before it is accepted, checked field by field (keys are the form's block ids). A
 * brainstorm has no link and one open question (kept as the summary) instead of a summary and questions. The window
 * is a number of days, or ends on the date picked, at the end of that day in the member's zone.
 */
record DesignDraft(DesignKind kind, String title, String link, String summary, String questionLines,
                   Integer windowDays, LocalDate closesOn, ZoneId zone) {

    static final String TITLE = "title";
    static final String LINK = "link";
    static final String SUMMARY = "summary";
    static final String QUESTIONS = "questions";
    static final String WINDOW_DAYS = "window_days";
    static final String CLOSES_ON = "closes_on";

    static final int TITLE_CHARS = 150;
    static final int LINK_CHARS = 1000;
    static final int SUMMARY_CHARS = 1500;
    static final int QUESTION_CHARS = 300;
    static final int MAX_QUESTIONS = 5;
    static final int DEFAULT_DAYS = 14;
    static final int MIN_DAYS = 3;
    static final int MAX_DAYS = 60;

    /** The questions, one a line, blank lines left out. */
    List<String> questions() {
        if (kind == DesignKind.BRAINSTORM || questionLines == null) {
            return List.of();
        }
        return Arrays.stream(questionLines.split("\n")).map(String::strip).filter(q -> !q.isEmpty()).toList();
    }

    /** When the window closes: the end of the picked day in the member's zone, else now plus the days. */
    Instant closesAt(Instant now) {
        if (closesOn != null) {
            return closesOn.plusDays(1).atStartOfDay(zone).toInstant();
        }
        return now.plus(Duration.ofDays(windowDays == null ? DEFAULT_DAYS : windowDays));
    }

    /** Every problem by block id, in the order the form asks; empty when the draft can be opened. */
    Map<String, String> problems(Instant now) {
        Map<String, String> problems = new LinkedHashMap<>();
        line(problems, TITLE, title, TITLE_CHARS, "a title");
        if (kind == DesignKind.DOCUMENT) {
            String linkProblem = linkProblem(link);
            if (linkProblem != null) {
                problems.put(LINK, linkProblem);
            }
        }
        text(problems, SUMMARY, summary, SUMMARY_CHARS,
                kind == DesignKind.BRAINSTORM ? "the open question" : "a summary");
        if (kind == DesignKind.DOCUMENT) {
            String questionProblem = questionsProblem(questions());
            if (questionProblem != null) {
                problems.put(QUESTIONS, questionProblem);
            }
        }
        if (closesOn != null) {
            Instant closes = closesAt(now);
            if (!closes.isAfter(now)) {
                problems.put(CLOSES_ON, "That day has passed; pick a day ahead for the window to end.");
            } else if (closes.isBefore(now.plus(Duration.ofDays(MIN_DAYS)))) {
                problems.put(CLOSES_ON, "Leave at least " + MIN_DAYS + " days for feedback (the final comment period).");
            } else if (closes.isAfter(now.plus(Duration.ofDays(MAX_DAYS + 1)))) {
                problems.put(CLOSES_ON, "A window can stay open for at most " + MAX_DAYS + " days.");
            }
        } else if (windowDays != null && (windowDays < MIN_DAYS || windowDays > MAX_DAYS)) {
            problems.put(WINDOW_DAYS, "Give a number of days from " + MIN_DAYS + " to " + MAX_DAYS + ".");
        }
        return problems;
    }

    private static void line(Map<String, String> problems, String field, String value, int max, String what) {
        text(problems, field, value, max, what);
        if (!problems.containsKey(field) && value.contains("\n")) {
            problems.put(field, "Keep it to one line.");
        }
    }

    private static void text(Map<String, String> problems, String field, String value, int max, String what) {
        if (value == null || value.isBlank()) {
            problems.put(field, "Give " + what + ".");
        } else if (value.length() > max) {
            problems.put(field, "Please keep this under " + max + " characters (it has " + value.length() + ").");
        } else if (SlackText.hasBroadcast(value)) {
            problems.put(field, "This cannot mention @channel, @here or @everyone.");
        }
    }

    /** A link must be a web address (a GitHub pull request, a Google Doc, a markdown file). */
    static String linkProblem(String link) {
        if (link == null || link.isBlank()) {
            return "Give the link to the document (a GitHub pull request, a Google Doc or a markdown file).";
        }
        if (link.length() > LINK_CHARS) {
            return "Please keep the link under " + LINK_CHARS + " characters.";
        }
        try {
            URI uri = new URI(link.strip());
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))
                    || uri.getHost() == null || link.contains("|") || link.contains(">")) {
                return "Give a web address starting with https://.";
            }
        } catch (URISyntaxException e) {
            return "That is not a web address; give one starting with https://.";
        }
        return null;
    }

    private static String questionsProblem(List<String> questions) {
        if (questions.isEmpty()) {
            return "Ask at least one question, one a line.";
        }
        if (questions.size() > MAX_QUESTIONS) {
            return "Ask at most " + MAX_QUESTIONS + " questions (there are " + questions.size() + ").";
        }
        for (String question : questions) {
            if (question.length() > QUESTION_CHARS) {
                return "Keep each question under " + QUESTION_CHARS + " characters.";
            }
            if (SlackText.hasBroadcast(question)) {
                return "A question cannot mention @channel, @here or @everyone.";
            }
        }
        return null;
    }

    /** What the kind of link is, for the post: a pull request, a Google Doc, a markdown file or a link. */
    static String linkKind(String link) {
        String lower = link.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("github.com/") && lower.contains("/pull/")) {
            return "GitHub pull request";
        }
        if (lower.contains("docs.google.com/")) {
            return "Google Doc";
        }
        if (lower.endsWith(".md") || lower.contains(".md#") || lower.contains(".md?")) {
            return "Markdown";
        }
        return "Document";
    }
}
