package io.odigos.community.feedback;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.odigos.community.core.Refusal;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * POST /api/feedback: the same submission as the Slack modal, as JSON, for the Odigos UI. Authenticated by a
 * bearer token; every problem comes back at once as {"errors":[{"field":..,"message":..}]} with status 400.
 */
public final class FeedbackApiServlet extends HttpServlet {

    public static final String PATH = "/api/feedback";
    static final String AUTHOR_FIELD = "slack_user_id";
    private static final int MAX_BODY = 64 * 1024;
    private static final Pattern USER_ID = Pattern.compile("[UW][A-Z0-9]{2,31}");
    private static final Gson GSON = new Gson();

    private final FeedbackService service;
    private final Optional<String> token;

    public FeedbackApiServlet(FeedbackService service, Optional<String> token) {
        this.service = service;
        this.token = token;
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (token.isEmpty()) {
            reply(resp, 404, Map.of("error", "the feedback API is turned off; set FEEDBACK_API_TOKEN to turn it on"));
            return;
        }
        if (!authorized(req.getHeader("Authorization"))) {
            resp.setHeader("WWW-Authenticate", "Bearer");
            reply(resp, 401, Map.of("error", "missing or wrong bearer token"));
            return;
        }
        byte[] body;
        try (InputStream in = req.getInputStream()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) {
            reply(resp, 413, Map.of("error", "the body is larger than " + MAX_BODY + " bytes"));
            return;
        }
        JsonObject json;
        try {
            JsonElement parsed = JsonParser.parseString(new String(body, StandardCharsets.UTF_8));
            if (!parsed.isJsonObject()) {
                badRequest(resp, List.of(problem("body", "send a JSON object")));
                return;
            }
            json = parsed.getAsJsonObject();
        } catch (JsonParseException e) {
            badRequest(resp, List.of(problem("body", "the body is not valid JSON")));
            return;
        }
        List<Map<String, String>> problems = new ArrayList<>();
        FeedbackKind kind = kind(json, problems);
        String author = author(json, problems);
        Map<FeedbackField, String> values = new EnumMap<>(FeedbackField.class);
        for (String name : json.keySet()) {
            if (name.equals("kind") || name.equals(AUTHOR_FIELD)) {
                continue;
            }
            FeedbackField field;
            try {
                field = FeedbackField.byKey(name);
            } catch (IllegalArgumentException e) {
                problems.add(problem(name, "unknown field"));
                continue;
            }
            JsonElement value = json.get(name);
            if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
                problems.add(problem(name, "must be a string"));
                continue;
            }
            values.put(field, value.getAsString());
        }
        if (kind != null) {
            new FeedbackSubmission(kind, values).problems().forEach((f, m) -> problems.add(problem(f.key(), m)));
        }
        if (!problems.isEmpty()) {
            badRequest(resp, problems);
            return;
        }
        FeedbackItem item;
        try {
            item = service.submit(new FeedbackSubmission(kind, values), author, FeedbackSource.API, null);
        } catch (Refusal e) {
            reply(resp, 403, Map.of("error", e.getMessage()));
            return;
        }
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("id", item.id());
        created.put("status", item.status().slug());
        // the counts, as every listing shows them: Slack votes, GitHub upvotes, and the one count they make
        created.put("vote_count", item.voteCount());
        created.put("github_upvotes", item.githubUpvotes());
        created.put("total_votes", item.totalVotes());
        reply(resp, 201, created);
    }

    private boolean authorized(String header) {
        if (header == null || !header.startsWith("Bearer ")) {
            return false;
        }
        byte[] given = header.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, token.get().getBytes(StandardCharsets.UTF_8));
    }

    private static FeedbackKind kind(JsonObject json, List<Map<String, String>> problems) {
        JsonElement kind = json.get("kind");
        String text = kind != null && kind.isJsonPrimitive() ? kind.getAsString().toLowerCase(Locale.ROOT) : "";
        return switch (text) {
            case "feature" -> FeedbackKind.FEATURE;
            case "bug" -> FeedbackKind.BUG;
            default -> {
                problems.add(problem("kind", "must be \"feature\" or \"bug\""));
                yield null;
            }
        };
    }

    /** The Slack member to credit, when the UI knows one; otherwise the UI itself. */
    private static String author(JsonObject json, List<Map<String, String>> problems) {
        JsonElement id = json.get(AUTHOR_FIELD);
        if (id == null) {
            return FeedbackItem.API_AUTHOR;
        }
        if (!id.isJsonPrimitive() || !USER_ID.matcher(id.getAsString()).matches()) {
            problems.add(problem(AUTHOR_FIELD, "must be a Slack user id like U012ABCDEF"));
            return null;
        }
        return id.getAsString();
    }

    private static Map<String, String> problem(String field, String message) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("field", field);
        p.put("message", message);
        return p;
    }

    private static void badRequest(HttpServletResponse resp, List<Map<String, String>> problems) throws IOException {
        reply(resp, 400, Map.of("errors", problems));
    }

    private static void reply(HttpServletResponse resp, int status, Object body) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        resp.getWriter().write(GSON.toJson(body));
    }
}
