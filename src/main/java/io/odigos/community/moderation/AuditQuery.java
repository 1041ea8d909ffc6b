package io.odigos.community.moderation;

import io.odigos.community.core.Refusal;
import io.odigos.community.slack.SlackText;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The filters of {@code /community-admin audit}: a member, an action prefix, and a date range in UTC days
 * (since and until both inclusive). Any null means "no filter".
 */
record AuditQuery(String memberId, String actionPrefix, LocalDate since, LocalDate until) {

    static final String USAGE = "audit [@member] [action-prefix] [since YYYY-MM-DD] [until YYYY-MM-DD]";
    private static final Pattern RAW_ID = Pattern.compile("[UW][A-Z0-9]{2,31}");
    private static final Pattern ACTION = Pattern.compile("[a-z][a-z0-9_.-]{0,63}");

    static AuditQuery parse(String arguments) {
        String member = null;
        String prefix = null;
        LocalDate since = null;
        LocalDate until = null;
        String[] words = arguments == null || arguments.isBlank() ? new String[0] : arguments.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            Matcher mention = SlackText.USER_MENTION.matcher(word);
            if (member == null && mention.matches()) {
                member = mention.group(1);
            } else if (member == null && RAW_ID.matcher(word).matches()) {
                member = word;
            } else if ((word.equals("since") || word.equals("until")) && i + 1 < words.length) {
                LocalDate date = date(words[++i]);
                if (word.equals("since")) {
                    since = date;
                } else {
                    until = date;
                }
            } else if (prefix == null && ACTION.matcher(word).matches() && !word.equals("since") && !word.equals("until")) {
                prefix = word;
            } else {
                throw new Refusal("I do not understand the filter `" + SlackText.escape(word) + "`. Use `/community-admin "
                        + USAGE + "`, e.g. `/community-admin audit feedback since 2026-01-01`.");
            }
        }
        if (since != null && until != null && since.isAfter(until)) {
            throw new Refusal("`since " + since + "` is after `until " + until + "`; nothing can match.");
        }
        return new AuditQuery(member, prefix, since, until);
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new Refusal("`" + SlackText.escape(text) + "` is not a date: write it as YYYY-MM-DD, e.g. 2026-03-31.");
        }
    }

    Instant from() {
        return since == null ? null : since.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first instant after the range. */
    Instant before() {
        return until == null ? null : until.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    String describe() {
        StringBuilder b = new StringBuilder();
        if (memberId != null) {
            b.append(" by <@").append(memberId).append('>');
        }
        if (actionPrefix != null) {
            b.append(" for `").append(actionPrefix).append("…`");
        }
        if (since != null) {
            b.append(" since ").append(since);
        }
        if (until != null) {
            b.append(" until ").append(until);
        }
        return b.toString();
    }
}
