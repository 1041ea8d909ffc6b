package io.odigos.community.core;

/** A request the rules refuse; the message is what the member is told. Nothing was changed. */
public class Refusal extends RuntimeException {
    public Refusal(String message) {
        super(message);
    }
}
