package io.odigos.community.playground;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.odigos.community.local.EmulatedMember;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * A file a member picks in a modal's {@code file_input}, put in the emulated workspace the way Slack's client uploads
 * it: ask {@code files.getUploadURLExternal} for an upload URL, then POST the bytes there. The bot later reads it as
 * in Slack, through {@code files.info} and the private download URL. Going through the emulator's HTTP API, not
 * into its store, keeps the playground a client like Slack's (the call log shows the upload, under the member).
 */
final class MemberUploads {

    /** Slack's limit for a file picked in a {@code file_input}; the page checks it too, before sending. */
    static final int MAX_BYTES = 10 * 1024 * 1024;
    /** The longest file name kept; a browser may send any. */
    static final int MAX_NAME = 255;

    /** The uploaded file as the page keeps it in the element's state, or why it was not uploaded. */
    record Upload(String id, String name, String problem) {

        static Upload refused(String problem) {
            return new Upload(null, null, problem);
        }
    }

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(WAIT).build();
    private final String apiUrl;

    /** @param apiUrl the emulator's Web API prefix, e.g. {@code http://127.0.0.1:PORT/api/} */
    MemberUploads(String apiUrl) {
        this.apiUrl = apiUrl;
    }

    /** {@code base64} is the file's content as the page read it; {@code name} the file's name in the browser. */
    Upload upload(EmulatedMember member, String name, String base64) {
        String filename = filename(name);
        if (filename == null || base64 == null) {
            return Upload.refused("Pick a file to upload.");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return Upload.refused("The file did not arrive whole; pick it again.");
        }
        if (bytes.length > MAX_BYTES) {
            return Upload.refused(tooBig(bytes.length));
        }
        try {
            String form = "filename=" + URLEncoder.encode(filename, StandardCharsets.UTF_8) + "&length=" + bytes.length;
            HttpResponse<String> asked = http.send(HttpRequest.newBuilder(URI.create(apiUrl
                            + "files.getUploadURLExternal")).timeout(WAIT)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    // who uploads, as the member's own client would say; the emulator records it with the call
                    .header("Authorization", "Bearer playground-member-" + member.id())
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            JsonObject answer = JsonParser.parseString(asked.body()).getAsJsonObject();
            if (!answer.has("ok") || !answer.get("ok").getAsBoolean()) {
                return Upload.refused("Slack refused the upload: " + (answer.has("error")
                        ? answer.get("error").getAsString() : "HTTP " + asked.statusCode()));
            }
            HttpResponse<String> sent = http.send(HttpRequest.newBuilder(URI.create(answer.get("upload_url")
                    .getAsString())).timeout(WAIT).POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (sent.statusCode() != 200) {
                return Upload.refused("Slack refused the upload: HTTP " + sent.statusCode());
            }
            return new Upload(answer.get("file_id").getAsString(), filename, null);
        } catch (IOException | JsonParseException | IllegalStateException e) {
            return Upload.refused("The upload did not reach Slack: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Upload.refused("The upload was interrupted.");
        }
    }

    private static String tooBig(long bytes) {
        return String.format("This file is %.1f MB; a file here can be at most 10 MB.", bytes / 1024.0 / 1024.0);
    }

    /** The name without any folder a browser may include, clipped; null when nothing is left. */
    private static String filename(String name) {
        if (name == null) {
            return null;
        }
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        if (base.isEmpty()) {
            return null;
        }
        return base.length() > MAX_NAME ? base.substring(0, MAX_NAME) : base;
    }
}
