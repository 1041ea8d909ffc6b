package io.odigos.community.slack;

import com.slack.api.app_backend.SlackSignature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Bolt's request verifier with the signature compared in constant time. Bolt compares with String.equals, which
 * returns at the first differing character and so tells a forger, over many tries, how much of a guessed signature
 * is right. Bolt's timestamp window (five minutes) still applies; the signature is {@link SignatureGenerator}'s.
 */
final class SignatureVerifier extends SlackSignature.Verifier {

    private final SignatureGenerator generator;

    SignatureVerifier(String signingSecret) {
        this(new SignatureGenerator(signingSecret));
    }

    private SignatureVerifier(SignatureGenerator generator) {
        super(generator);
        this.generator = generator;
    }

    @Override
    public boolean isValid(String timestamp, String requestBody, String signature, long nowInMillis) {
        if (timestamp == null || signature == null
                || !SlackSignature.TimestampVerifier.isValidTimestamp(timestamp, nowInMillis)) {
            return false;
        }
        return MessageDigest.isEqual(generator.generate(timestamp, requestBody).getBytes(StandardCharsets.UTF_8),
                signature.getBytes(StandardCharsets.UTF_8));
    }
}
