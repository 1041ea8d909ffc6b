package io.odigos.community.local;

/** Thrown by method handlers to answer {@code {ok:false, error}} the way Slack does (HTTP 200). */
final class SlackError extends RuntimeException {

    SlackError(String error) {
        super(error, null, false, false);
    }

    String error() {
        return getMessage();
    }
}
