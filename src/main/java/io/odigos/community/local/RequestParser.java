package io.odigos.community.local;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Turns an SDK request (query string + form or JSON body) into a flat parameter map and token. */
final class RequestParser {

    private RequestParser() {
    }

    static Map<String, String> params(HttpExchange exchange, byte[] body) {
        Map<String, String> params = new LinkedHashMap<>();
        parseForm(exchange.getRequestURI().getRawQuery(), params);
        String contentType = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
        String text = new String(body, StandardCharsets.UTF_8);
        if (contentType.startsWith("application/json")) {
            parseJson(text, params);
        } else if (contentType.startsWith("application/x-www-form-urlencoded")) {
            parseForm(text, params);
        }
        return params;
    }

    /** Bearer header first; the legacy {@code token} form field as a fallback. */
    static String token(HttpExchange exchange, Map<String, String> params) {
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return auth.substring(7).trim();
        }
        return params.get("token");
    }

    private static void parseForm(String encoded, Map<String, String> into) {
        if (encoded == null || encoded.isEmpty()) {
            return;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            into.put(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
    }

    private static void parseJson(String text, Map<String, String> into) {
        if (text.isBlank()) {
            return;
        }
        JsonObject object = JsonParser.parseString(text).getAsJsonObject();
        for (Map.Entry<String, JsonElement> field : object.entrySet()) {
            JsonElement value = field.getValue();
            boolean isString = value.isJsonPrimitive() && value.getAsJsonPrimitive().isString();
            into.put(field.getKey(), isString ? value.getAsString() : value.toString());
        }
    }
}
