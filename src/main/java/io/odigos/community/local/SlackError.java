package io.odigos.community.local;

import java.util.List;

/**
 * Thrown by method handlers to answer {@code {ok:false, error}} the way Slack does (HTTP 200), with Slack's
 * explanations ({@code response_metadata.messages}) when it gives some, as for invalid blocks.
 */
final class SlackError extends RuntimeException {

    private final List<String> messages;

    SlackError(String error) {
        this(error, List.of());
    }

    SlackError(String error, List<String> messages) {
        super(error, null, false, false);
        this.messages = List.copyOf(messages);
    }

    String error() {
        return getMessage();
    }

    List<String> messages() {
        return messages;
    }
}
