package io.odigos.community.local;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Emulated external file uploads, the three-step flow behind the SDK's {@code filesUploadV2}:
 * get an upload URL, POST the bytes there, then complete the upload into a channel. A file whose bytes arrived is
 * also what a member's {@code file_input} upload is: {@code files.info} describes it and its private download URL
 * serves it to a request with a Bearer token, as Slack's does. A test or the playground puts a member's file here
 * with the first two steps (get an upload URL, POST the bytes) and gets its id.
 */
final class FileStore {

    /** Where {@link #handleDownload} serves a file's bytes: {@code /download/<id>/<name>}. */
    static final String DOWNLOAD_PATH = "/download/";

    private final String uploadUrlPrefix;
    private final String downloadUrlPrefix;
    private final Map<String, byte[]> uploadedBytes = new HashMap<>();
    private final Map<String, String> filenames = new HashMap<>();
    private final List<UploadedFile> completed = new ArrayList<>();
    private final Consumer<UploadedFile> shared;
    private int counter;

    /**
     * @param uploadUrlPrefix where the emulator accepts the raw bytes, followed by the file id
     * @param shared          told of each completed upload, to show it in its channel
     */
    FileStore(String uploadUrlPrefix, Consumer<UploadedFile> shared) {
        this.uploadUrlPrefix = uploadUrlPrefix;
        // the emulator's base URL, which the upload prefix starts with
        this.downloadUrlPrefix = uploadUrlPrefix.substring(0, uploadUrlPrefix.lastIndexOf("/upload/"))
                + DOWNLOAD_PATH;
        this.shared = shared;
    }

    synchronized JsonObject getUploadUrl(EmulatorCall call) {
        String filename = call.required("filename", "invalid_arguments");
        call.required("length", "invalid_arguments");
        String id = String.format("F%05d", ++counter);
        uploadedBytes.put(id, null);
        filenames.put(id, filename);
        JsonObject response = Responses.ok();
        response.addProperty("upload_url", uploadUrlPrefix + id);
        response.addProperty("file_id", id);
        return response;
    }

    /** Receives the raw bytes POSTed to an upload URL handed out by {@link #getUploadUrl}. */
    void handleUpload(HttpExchange exchange) throws IOException {
        try (exchange) {
            String fileId = exchange.getRequestURI().getPath().substring("/upload/".length());
            boolean known = receive(fileId, WebApiHandler.readBody(exchange));
            byte[] reply = (known ? "OK - " + fileId : "not found").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(known ? 200 : 404, reply.length);
            exchange.getResponseBody().write(reply);
        }
    }

    /** @return false if no upload URL was handed out for this id */
    synchronized boolean receive(String fileId, byte[] bytes) {
        if (!uploadedBytes.containsKey(fileId)) {
            return false;
        }
        uploadedBytes.put(fileId, bytes);
        return true;
    }

    synchronized JsonObject complete(EmulatorCall call) {
        JsonElement requested = call.json("files");
        if (requested == null || !requested.isJsonArray()) {
            throw new SlackError("invalid_arguments");
        }
        String channel = call.param("channel_id") != null ? call.param("channel_id") : call.param("channels");
        JsonArray files = new JsonArray();
        for (JsonElement entry : requested.getAsJsonArray()) {
            String id = entry.getAsJsonObject().get("id").getAsString();
            byte[] bytes = uploadedBytes.get(id);
            if (bytes == null) {
                throw new SlackError("file_not_found");
            }
            JsonElement titleJson = entry.getAsJsonObject().get("title");
            String title = titleJson == null ? id : titleJson.getAsString();
            UploadedFile done = new UploadedFile(id, filenames.get(id), title, channel, call.param("initial_comment"),
                    bytes);
            completed.add(done);
            shared.accept(done);
            JsonObject file = new JsonObject();
            file.addProperty("id", id);
            file.addProperty("title", title);
            files.add(file);
        }
        JsonObject response = Responses.ok();
        response.add("files", files);
        return response;
    }

    /** {@code files.info}: a file whose bytes arrived, with its size and private download URL. */
    synchronized JsonObject info(EmulatorCall call) {
        String id = call.required("file", "invalid_arguments");
        byte[] bytes = uploadedBytes.get(id);
        if (bytes == null) {
            throw new SlackError("file_not_found");
        }
        String name = filenames.get(id);
        JsonObject file = new JsonObject();
        file.addProperty("id", id);
        file.addProperty("name", name);
        file.addProperty("title", name);
        file.addProperty("size", bytes.length);
        // encoded as Slack's are: a member's file name may hold spaces, which no URL may
        String url = downloadUrlPrefix + id + "/" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        file.addProperty("url_private", url);
        file.addProperty("url_private_download", url);
        JsonObject response = Responses.ok();
        response.add("file", file);
        return response;
    }

    /** GET of a file's private URL: 403 without a Bearer token, as Slack refuses an anonymous download; 404 if unknown. */
    void handleDownload(HttpExchange exchange) throws IOException {
        try (exchange) {
            String rest = exchange.getRequestURI().getPath().substring(DOWNLOAD_PATH.length());
            String id = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            byte[] bytes;
            synchronized (this) {
                bytes = uploadedBytes.get(id);
            }
            int status = authorization == null || !authorization.startsWith("Bearer ")
                    || authorization.substring("Bearer ".length()).isBlank() ? 403 : bytes == null ? 404 : 200;
            byte[] reply = status == 200 ? bytes
                    : (status == 403 ? "not_authed" : "file_not_found").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, reply.length);
            exchange.getResponseBody().write(reply);
        }
    }

    synchronized List<UploadedFile> completed() {
        return List.copyOf(completed);
    }
}
