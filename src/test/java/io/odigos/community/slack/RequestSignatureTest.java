package io.odigos.community.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.app_backend.SlackSignature;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.SplittableRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * The per-thread HMAC gives the signatures Slack sends (Bolt's generator computes the same), and the verifier accepts
 * only the right signature with a timestamp within five minutes of now, before or after.
 */
class RequestSignatureTest {

    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

    @Test
    void signsAsBoltDoesForFormBodies() {
        SignatureGenerator ours = new SignatureGenerator(SECRET);
        SlackSignature.Generator bolts = new SlackSignature.Generator(SECRET);
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 200; i++) {
            String timestamp = Long.toString(1_700_000_000L + random.nextInt(1_000_000));
            StringBuilder body = new StringBuilder();
            for (int n = random.nextInt(3000); n > 0; n--) {
                body.append((char) (' ' + random.nextInt(95))); // printable ASCII, as a form body is
            }
            assertEquals(bolts.generate(timestamp, body.toString()),
                    ours.generate(timestamp, bytes(body.toString())));
        }
    }

    @Test
    void signsTheUtf8BytesOfABodyWithTextInAnyLanguage() throws Exception {
        String body = "{\"event\":{\"text\":\"Grüße aus Tel Aviv, שלום 👋\"}}";
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = "v0=" + HexFormat.of().formatHex(
                mac.doFinal(("v0:1531420618:" + body).getBytes(StandardCharsets.UTF_8)));

        assertEquals(expected, new SignatureGenerator(SECRET).generate("1531420618", bytes(body)));
    }

    @Test
    void theVerifierAcceptsOnlyTheRightSignature() {
        SignatureVerifier verifier = new SignatureVerifier(SECRET);
        long now = 1_700_000_000_000L;
        String timestamp = Long.toString(now / 1000);
        String text = "payload=%7B%22type%22%3A%22block_actions%22%7D";
        byte[] body = bytes(text);
        String signature = new SlackSignature.Generator(SECRET).generate(timestamp, text);

        assertTrue(verifier.isValid(timestamp, body, signature, now));
        assertFalse(verifier.isValid(timestamp, bytes(text + "x"), signature, now), "another body");
        assertFalse(verifier.isValid(timestamp, body, signature.substring(0, signature.length() - 1) + "0", now),
                "one wrong digit at the end");
        assertFalse(verifier.isValid(timestamp, body, signature.substring(0, 10), now), "a prefix");
        assertFalse(verifier.isValid(timestamp, body, new SlackSignature.Generator("other").generate(timestamp, text),
                now), "signed with another secret");
        assertFalse(verifier.isValid(timestamp, body, null, now), "no signature");
    }

    @Test
    void theVerifierAcceptsATimestampWithinFiveMinutesOfNowEitherWay() {
        SignatureVerifier verifier = new SignatureVerifier(SECRET);
        long now = 1_700_000_000_000L;
        byte[] body = bytes("command=%2Ffeedback");
        for (long offset : new long[] {0, 240, -240, 300, -300}) {
            String timestamp = Long.toString(now / 1000 + offset);
            assertTrue(verifier.isValid(timestamp, body, sign(timestamp, body), now), offset + " s from now");
        }
        for (long offset : new long[] {301, -301, 600, -600, 10 * 365 * 86_400L}) {
            String timestamp = Long.toString(now / 1000 + offset);
            assertFalse(verifier.isValid(timestamp, body, sign(timestamp, body), now), offset + " s from now");
        }
        for (String timestamp : new String[] {null, "", "not-a-number", "+1700000000", "1700000000.5", " 1700000000",
                "99999999999999999999999"}) {
            String signature = timestamp == null ? sign("", body) : sign(timestamp, body);
            assertFalse(verifier.isValid(timestamp, body, signature, now), "timestamp " + timestamp);
        }
    }

    @Test
    void eachThreadSignsWithItsOwnHmac() throws Exception {
        SignatureGenerator ours = new SignatureGenerator(SECRET);
        SlackSignature.Generator bolts = new SlackSignature.Generator(SECRET);
        Thread[] threads = new Thread[4];
        boolean[] wrong = new boolean[threads.length];
        for (int t = 0; t < threads.length; t++) {
            int id = t;
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 2000; i++) {
                    String body = "thread=" + id + "&i=" + i;
                    wrong[id] |= !bolts.generate("1700000000", body).equals(ours.generate("1700000000", bytes(body)));
                }
            });
            threads[t].start();
        }
        for (int t = 0; t < threads.length; t++) {
            threads[t].join();
            assertFalse(wrong[t], "thread " + t + " got a wrong signature");
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String sign(String timestamp, byte[] body) {
        return new SlackSignature.Generator(SECRET).generate(timestamp, new String(body, StandardCharsets.UTF_8));
    }
}
