package io.odigos.community.core;

/** How the bot reaches Slack, chosen by which credentials are present. */
public enum RunMode {
    /** Slack sends signed HTTP requests to /slack/events. */
    HTTP,
    /** The bot opens a WebSocket to Slack with an app-level token. */
    SOCKET,
    /** No credentials: HTTP endpoint plus the built-in Slack emulator, for trying the bot out. */
    LOCAL
}
