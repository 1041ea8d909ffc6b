package io.odigos.community.slack;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Whether a request to /slack/events comes from Slack: its v0 signature ({@link SignatureGenerator}) over the exact
 * bytes received, compared in constant time (Bolt compares with String.equals, which returns at the first differing
 * character and so tells a forger, over many tries, how much of a guessed signature is right), and a timestamp
 * within five minutes of now in either direction, Slack's rule against replays. Bolt's check refuses only old
 * timestamps, so a request stamped in the future could be replayed until that moment had passed.
 */
public final class SignatureVerifier {

    /** How far, in seconds, a request's timestamp may be from now either way. */
    private static final long MAX_CLOCK_DIFFERENCE_SECONDS = 5 * 60;

    private final SignatureGenerator generator;

    public SignatureVerifier(String signingSecret) {
        this.generator = new SignatureGenerator(signingSecret);
    }

    /** The values of the X-Slack-Request-Timestamp and X-Slack-Signature headers, either may be null. */
    public boolean isValid(String timestamp, byte[] body, String signature, long nowMillis) {
        if (signature == null || !isRecent(timestamp, nowMillis)) {
            return false;
        }
        return MessageDigest.isEqual(generator.generate(timestamp, body).getBytes(StandardCharsets.UTF_8),
                signature.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isRecent(String timestamp, long nowMillis) {
        if (timestamp == null || timestamp.isEmpty() || timestamp.length() > 18
                || !timestamp.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false; // Slack sends whole seconds since the epoch; 18 digits cannot overflow a long
        }
        long difference = Long.parseLong(timestamp) - Math.floorDiv(nowMillis, 1000);
        return Math.abs(difference) <= MAX_CLOCK_DIFFERENCE_SECONDS;
    }
}
