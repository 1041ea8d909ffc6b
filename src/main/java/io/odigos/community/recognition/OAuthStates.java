package io.odigos.community.recognition;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The OAuth {@code state}: {@code <member>.<expiry>.<nonce>.<mac>}, an HMAC-SHA256 over the rest, so the bot needs
 * no table to know which Slack member started the flow, and nobody can forge one for another member or stretch its
 * ten minutes. The key is derived from the OAuth App's client secret, so rotating the secret voids open states.
 * Single use is kept by {@link GitHubContributions#linkVerified}, which spends the nonce.
 */
final class OAuthStates {

    static final Duration LIFETIME = Duration.ofMinutes(10);
    private static final Pattern MEMBER = Pattern.compile("[UW][A-Z0-9]{2,31}");
    private static final Pattern NONCE = Pattern.compile("[A-Za-z0-9_-]{22}");
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    /** What a valid state says: who started the flow, its nonce, until when it is good. */
    record Claim(String memberId, String nonce, Instant expiresAt) {
    }

    /** A state that is not one of ours, or is too old; the message tells the member what to do. */
    static final class Invalid extends Exception {
        Invalid(String message) {
            super(message);
        }
    }

    private final SecretKeySpec key;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    OAuthStates(String clientSecret, Clock clock) {
        // a key of its own: the state's MAC never reveals anything computed with the client secret itself
        this.key = new SecretKeySpec(hmac(new SecretKeySpec(clientSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"),
                "odigos-community-bot/github-oauth-state"), "HmacSHA256");
        this.clock = clock;
    }

    String issue(String memberId) {
        if (!MEMBER.matcher(memberId).matches()) {
            throw new IllegalArgumentException("not a Slack user id: " + memberId);
        }
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        String body = memberId + "." + clock.instant().plus(LIFETIME).getEpochSecond() + "." + BASE64.encodeToString(nonce);
        return body + "." + BASE64.encodeToString(hmac(key, body));
    }

    Claim verify(String state) throws Invalid {
        String[] parts = state == null ? new String[0] : state.split("\\.", -1);
        if (parts.length != 4 || !MEMBER.matcher(parts[0]).matches() || !parts[1].matches("[0-9]{1,12}")
                || !NONCE.matcher(parts[2]).matches()) {
            throw new Invalid("This link is not one the bot made. Run /profile github in Slack for a new one.");
        }
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(parts[3]);
        } catch (IllegalArgumentException e) {
            given = new byte[0];
        }
        if (!MessageDigest.isEqual(hmac(key, parts[0] + "." + parts[1] + "." + parts[2]), given)) {
            throw new Invalid("This link is not one the bot made. Run /profile github in Slack for a new one.");
        }
        Instant expiresAt = Instant.ofEpochSecond(Long.parseLong(parts[1]));
        if (!clock.instant().isBefore(expiresAt)) {
            throw new Invalid("This link has expired (it works for " + LIFETIME.toMinutes() + " minutes). Run "
                    + "/profile github in Slack for a new one.");
        }
        return new Claim(parts[0], parts[2], expiresAt);
    }

    private static byte[] hmac(SecretKeySpec key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
