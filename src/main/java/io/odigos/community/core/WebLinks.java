package io.odigos.community.core;

import java.net.URI;

/** Links members give the bot (join links, repositories, recordings) must be plain http(s) addresses. */
public final class WebLinks {

    public static final int MAX_LENGTH = 500;

    private WebLinks() {
    }

    /**
     * What is wrong with a link a member gave, in the words shown beside its field, or null when it can be used.
     * Slack's URL input has no length limit, so a long link is told apart from one that is not an http(s) address.
     */
    public static String problem(String link, String notHttp) {
        if (link != null && link.strip().length() > MAX_LENGTH) {
            return "Keep the link within " + MAX_LENGTH + " characters (it has " + link.strip().length() + ").";
        }
        return isHttp(link) ? null : notHttp;
    }

    /** True for an absolute http(s) URL with a host, short enough to store, with nothing that breaks Slack links. */
    public static boolean isHttp(String link) {
        if (link == null || link.length() > MAX_LENGTH || link.contains("|") || link.contains(">")) {
            return false;
        }
        try {
            URI uri = URI.create(link.strip());
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
