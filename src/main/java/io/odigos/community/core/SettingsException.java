package io.odigos.community.core;

/** A setting is missing or malformed; the message is the one line an operator needs to fix it. */
public class SettingsException extends RuntimeException {
    public SettingsException(String message) {
        super(message);
    }
}
