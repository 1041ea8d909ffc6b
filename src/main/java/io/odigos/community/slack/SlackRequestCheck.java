package io.odigos.community.slack;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The strict reading of a request's body: for now, whether an unsigned request is Slack's SSL check, a URL-encoded
 * ASCII form whose fields each decode to UTF-8.
 */
public final class SlackRequestCheck {

    static final String FORM = "application/x-www-form-urlencoded";

    /** What Slack's SSL check sends, unsigned. */
    private static final Set<String> SSL_CHECK_FIELDS = Set.of("ssl_check", "token");

    private SlackRequestCheck() {
    }

    /** Why a body is refused: an HTTP status and one line of plain text. */
    public static final class Malformed extends Exception {

        private final int status;

        public Malformed(int status, String message) {
            super(message, null, false, false); // an answer, not a failure: no stack trace to fill
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** Whether an unsigned request is exactly Slack's SSL check, which carries no signature and reaches no listener. */
    public static boolean isSslCheck(String contentType, byte[] body) {
        try {
            if (!mediaType(contentType).equals(FORM)) {
                return false;
            }
            Map<String, String> fields = fields(ascii(body));
            return "1".equals(fields.get("ssl_check")) && SSL_CHECK_FIELDS.containsAll(fields.keySet());
        } catch (Malformed notOne) {
            return false;
        }
    }

    /**
     * The decoded text of a form's name or value, {@code from} to {@code to} ('+' is a space, %XX a byte), in one pass
     * into one buffer: the JDK's URLDecoder builds it up piece by piece, and replaces what is not UTF-8.
     */
    static String decode(String form, int from, int to) throws Malformed {
        byte[] bytes = new byte[to - from];
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = form.charAt(i);
            if (c == '%') {
                int high = i + 2 < to ? hexDigit(form.charAt(i + 1)) : -1;
                int low = high < 0 ? -1 : hexDigit(form.charAt(i + 2));
                if (low < 0) {
                    throw new Malformed(400, "Malformed request: a bad percent-escape in the form");
                }
                bytes[n++] = (byte) (high << 4 | low);
                i += 2;
            } else if (c < 0x80) {
                bytes[n++] = c == '+' ? (byte) ' ' : (byte) c;
            } else {
                throw new Malformed(400, "Malformed request: the form is not URL-encoded");
            }
        }
        return utf8(bytes, n);
    }

    /** A form body as text: Slack's forms are URL-encoded, so anything but visible ASCII is not one of them. */
    private static String ascii(byte[] body) throws Malformed {
        for (byte b : body) {
            if (b < 0x21 || b > 0x7e) {
                throw new Malformed(400, "Malformed request: the form is not URL-encoded");
            }
        }
        return new String(body, StandardCharsets.ISO_8859_1);
    }

    /**
     * A form's fields, each {@code name=value} exactly once. Bolt's parser takes the first of a repeated field and
     * skips a pair with a second '=', so either could make it read something other than what was checked here.
     */
    private static Map<String, String> fields(String form) throws Malformed {
        Map<String, String> fields = new HashMap<>();
        if (form.isEmpty()) {
            return fields;
        }
        int start = 0;
        do {
            int end = form.indexOf('&', start);
            end = end < 0 ? form.length() : end;
            int equals = form.indexOf('=', start);
            if (equals < 0 || equals >= end || form.lastIndexOf('=', end - 1) != equals) {
                throw new Malformed(400, "Malformed request: a form field is not name=value");
            }
            if (fields.put(decode(form, start, equals), decode(form, equals + 1, end)) != null) {
                throw new Malformed(400, "Malformed request: a repeated form field");
            }
            start = end + 1;
        } while (start <= form.length());
        return fields;
    }

    /** The text of bytes that must be UTF-8; ASCII, as nearly every request is, is copied without a decoder. */
    private static String utf8(byte[] bytes, int length) throws Malformed {
        for (int i = 0; i < length; i++) {
            if (bytes[i] < 0) {
                try {
                    return StandardCharsets.UTF_8.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes, 0, length)).toString();
                } catch (CharacterCodingException e) {
                    throw new Malformed(400, "Malformed request: not valid UTF-8");
                }
            }
        }
        return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
    }

    private static int hexDigit(char c) {
        return c < 0x80 ? Character.digit(c, 16) : -1;
    }

    /** The media type, lower case, without parameters; a charset other than UTF-8 is not Slack's. */
    private static String mediaType(String contentType) throws Malformed {
        if (contentType == null) {
            return "";
        }
        String[] parts = contentType.split(";");
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].trim().split("=", 2);
            if (parameter[0].trim().equalsIgnoreCase("charset") && (parameter.length < 2
                    || !parameter[1].trim().replace("\"", "").equalsIgnoreCase("utf-8"))) {
                throw new Malformed(415, "Unsupported charset: Slack sends UTF-8");
            }
        }
        return parts[0].trim().toLowerCase(Locale.ROOT);
    }
}
