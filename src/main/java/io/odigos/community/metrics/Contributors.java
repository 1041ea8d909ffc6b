package io.odigos.community.metrics;

/**
 * Who a contribution counts for, in SQL: the Slack member, or the GitHub login while nobody has linked it (a real
 * contributor who has not run {@code /profile github} yet). Linking moves the login's rows to the member, so a person
 * is never counted twice. Logins are case-insensitive on GitHub, hence lower().
 */
final class Contributors {

    static final String WHO = "coalesce(member_id, 'github:' || lower(github_login))";
    static final String IDENTIFIED = "(member_id is not null or github_login is not null)";

    private Contributors() {
    }
}
