package io.odigos.community.slack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's v0 request signature, {@code "v0=" + hex(HMAC-SHA256(secret, "v0:" + timestamp + ":" + body))}, computed
 * with one HMAC per thread over the body's bytes as they arrived. Bolt's own generator looks up a new Mac and formats
 * each of the 32 bytes with String.format on every request (once the largest allocation on the path of a vote click),
 * and signs a String re-encoded in the platform charset; {@link SignatureVerifier} compares this value. The
 * playground signs with it too, being a client of the bot as Slack is.
 */
public final class SignatureGenerator {

    private static final String ALGORITHM = "HmacSHA256";
    private static final byte[] VERSION_PREFIX = "v0:".getBytes(StandardCharsets.US_ASCII);

    private final ThreadLocal<Mac> mac;

    public SignatureGenerator(String signingSecret) {
        SecretKeySpec key = new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
        this.mac = ThreadLocal.withInitial(() -> {
            try {
                Mac hmac = Mac.getInstance(ALGORITHM);
                hmac.init(key);
                return hmac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HMAC-SHA256 is not available in this JVM", e);
            }
        });
    }

    public String generate(String timestamp, byte[] body) {
        Mac hmac = mac.get(); // doFinal leaves it reset for the next request on this thread
        hmac.update(VERSION_PREFIX);
        hmac.update(timestamp.getBytes(StandardCharsets.UTF_8));
        hmac.update((byte) ':');
        hmac.update(body);
        return "v0=" + HexFormat.of().formatHex(hmac.doFinal());
    }
}
