package io.odigos.community.slack;

import jakarta.servlet.http.HttpServlet;
import java.util.List;
import java.util.Map;

/**
 * One capability of the bot (feedback, events, ...), plugged into the shared seams: Slack listeners, App Home
 * sections, HTTP endpoints outside Slack and messages that are kept up to date in place.
 */
public interface Feature {

    /** Registers listeners, admin subcommands and Quartz jobs; runs before the scheduler starts. */
    void register(SlackRoutes routes);

    /** Runs once the scheduler is running: the place to (re)schedule the feature's triggers. */
    default void afterStart() {
    }

    default List<HomeSection> homeSections() {
        return List.of();
    }

    /** Extra HTTP endpoints by path, e.g. "/api/feedback". */
    default Map<String, HttpServlet> servlets() {
        return Map.of();
    }

    /** The feature's sections of the bi-weekly update and the monthly newsletter, in the order they appear. */
    default List<DigestSection> digestSections() {
        return List.of();
    }

    default List<MessageRefresher> refreshers() {
        return List.of();
    }
}
