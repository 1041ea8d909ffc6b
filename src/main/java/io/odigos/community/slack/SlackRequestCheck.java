package io.odigos.community.slack;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.app_backend.events.payload.UrlVerificationPayload;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The strict reading of a verified request's body, before Bolt's parser sees it. Bolt's parser is lenient where a
 * listener should not depend on it: it reads any body that starts with "{" as JSON whatever the content type, reads
 * JSON leniently, looks for a slash command inside a JSON body it does not know, and throws on a bad percent-escape.
 * So a body goes on only if it is what Slack sends: under the form content type, URL-encoded ASCII whose fields
 * decode to UTF-8 and whose payload, if any, is a JSON object; under the JSON content type, a UTF-8 JSON object of an
 * Events API type. Which payload types exist is left to Bolt, whose parser answers null for one it does not know.
 */
public final class SlackRequestCheck {

    static final String FORM = "application/x-www-form-urlencoded";
    static final String JSON = "application/json";

    /** The JSON bodies Bolt reads as JSON; for any other type it goes on to look for form fields in the text. */
    private static final Set<String> EVENTS_API_TYPES = Set.of(UrlVerificationPayload.TYPE, EventsApiPayload.TYPE);

    /** What Slack's SSL check sends, unsigned. */
    private static final Set<String> SSL_CHECK_FIELDS = Set.of("ssl_check", "token");

    private SlackRequestCheck() {
    }

    /** Why a request is refused: an HTTP status and one line of plain text, safe to show whoever signed it. */
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

    /** The body as text for Bolt's parser, if it is what Slack sends under this content type. */
    public static String body(String contentType, byte[] body) throws Malformed {
        return switch (mediaType(contentType)) {
            case FORM -> form(body);
            case JSON -> json(body);
            default -> throw new Malformed(415, "Unsupported content type: Slack sends " + FORM + " or " + JSON);
        };
    }

    /**
     * Whether a signed body is Slack's notice that the app went over the Events API's limit (30,000 events an hour),
     * so Slack drops the events of the current minute: worth a warning and a 200, but no listener.
     */
    public static boolean isAppRateLimited(String contentType, byte[] body) {
        try {
            return mediaType(contentType).equals(JSON)
                    && "app_rate_limited".equals(objectType(utf8(body, body.length), "body"));
        } catch (Malformed notOne) {
            return false;
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

    private static String form(byte[] body) throws Malformed {
        String text = ascii(body);
        if (text.startsWith("{") || text.startsWith("[")) {
            throw new Malformed(400, "Malformed request: a JSON body under the form content type");
        }
        Map<String, String> fields = fields(text);
        String payload = fields.get("payload");
        if (payload != null) {
            objectType(payload, "payload");
        } else if (!fields.containsKey("command") && !fields.containsKey("ssl_check")) {
            throw new Malformed(400, "Malformed request: a form with no payload, command or ssl_check");
        }
        return text;
    }

    private static String json(byte[] body) throws Malformed {
        String text = utf8(body, body.length);
        String type = objectType(text, "body");
        if (type == null || !EVENTS_API_TYPES.contains(type)) {
            throw new Malformed(400, "Malformed request: not an Events API request");
        }
        return text;
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

    /**
     * The top-level "type" of a strict JSON object (null if it has none), reading the rest only to check its syntax.
     * A repeated "type" is refused: Bolt's parser keeps the last, which this would not have checked.
     */
    private static String objectType(String json, String what) throws Malformed {
        try (JsonReader reader = new JsonReader(new StringReader(json))) {
            reader.setStrictness(Strictness.STRICT);
            String type = null;
            boolean typeSeen = false;
            reader.beginObject();
            while (reader.hasNext()) {
                boolean isType = reader.nextName().equals("type");
                if (isType && typeSeen) {
                    throw new Malformed(400, "Malformed request: the " + what + " has two types");
                }
                typeSeen |= isType;
                if (isType && reader.peek() == JsonToken.STRING) {
                    type = reader.nextString();
                } else {
                    reader.skipValue();
                }
            }
            reader.endObject();
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new Malformed(400, "Malformed request: the " + what + " is not valid JSON");
            }
            return type;
        } catch (IOException syntax) {
            throw new Malformed(400, "Malformed request: the " + what + " is not valid JSON");
        } catch (IllegalStateException notAnObject) {
            throw new Malformed(400, "Malformed request: the " + what + " is not a JSON object");
        }
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
