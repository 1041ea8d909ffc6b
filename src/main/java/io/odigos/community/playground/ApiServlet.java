package io.odigos.community.playground;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.odigos.community.local.EmulatedMember;
import io.odigos.community.local.SlackEmulator;
import io.odigos.community.playground.MemberActions.Outcome;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The page's calls, {@code /playground/api/<verb>}: GET {@code screen} for what a member sees (and {@code travel}
 * for an admin's time-travel box), POST the rest for what they do. Bodies are JSON (a cross-site form cannot send
 * that without the browser asking first); a request that is not what the page sends gets a 4xx with a plain reason,
 * never a 5xx.
 */
final class ApiServlet extends HttpServlet {

    static final String PATH = "/playground/api/*";
    private static final int MAX_BODY = 64 * 1024;
    /** An upload's body: a file of Slack's 10 MB in base64 (4 characters for 3 bytes), with its name around it. */
    private static final int MAX_UPLOAD_BODY = MemberUploads.MAX_BYTES / 3 * 4 + 4 + 8 * 1024;
    private static final Gson GSON = new Gson();

    private final Screen screen;
    private final MemberActions actions;
    private final SampleMembers members;
    private final TimeTravel travel;
    private final DemoCommunity demo;
    private final MemberUploads uploads;

    ApiServlet(Screen screen, MemberActions actions, SampleMembers members, TimeTravel travel, DemoCommunity demo,
               MemberUploads uploads) {
        this.screen = screen;
        this.uploads = uploads;
        this.actions = actions;
        this.members = members;
        this.travel = travel;
        this.demo = demo;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if ("/travel".equals(req.getPathInfo())) {
            Optional<EmulatedMember> member = members.find(req.getParameter("as"));
            JsonObject out = member.flatMap(travel::where).map(trip -> GSON.toJsonTree(trip).getAsJsonObject())
                    .orElseGet(JsonObject::new);
            json(resp, 200, out);
            return;
        }
        if (!"/screen".equals(req.getPathInfo())) {
            refuse(resp, 404, "No such page.");
            return;
        }
        Optional<EmulatedMember> member = members.find(req.getParameter("as"));
        Screen.Pane pane = pane(req.getParameter("pane"));
        if (member.isEmpty() || pane == null) {
            refuse(resp, 400, "Say who you are (as) and what to show (pane: channel, dm or home).");
            return;
        }
        JsonObject out = new JsonObject();
        out.addProperty("pane", screen.pane(member.get(), pane));
        out.addProperty("refusals", screen.refusals());
        Screen.Modal modal = screen.modal(member.get());
        if (modal != null) {
            JsonObject m = new JsonObject();
            m.addProperty("key", modal.key());
            m.addProperty("html", modal.html());
            out.add("modal", m);
        }
        json(resp, 200, out);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String type = req.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            refuse(resp, 415, "Send JSON.");
            return;
        }
        String verb = req.getPathInfo() == null ? "" : req.getPathInfo();
        boolean upload = verb.equals("/upload");
        JsonObject body = body(req, upload ? MAX_UPLOAD_BODY : MAX_BODY);
        if (body == null) {
            refuse(resp, upload ? 413 : 400, upload ? "The file is over Slack's 10 MB, or the body is not JSON."
                    : "The body is not a JSON object of at most 64 KB.");
            return;
        }
        if (verb.equals("/members")) {
            Optional<String> problem = members.add(text(body, "name"), text(body, "zone"));
            json(resp, 200, outcome(problem.map(Outcome::problem).orElse(Outcome.done())));
            return;
        }
        Optional<EmulatedMember> member = members.find(text(body, "as"));
        if (member.isEmpty()) {
            refuse(resp, 400, "Pick who you are first.");
            return;
        }
        if (upload) {
            MemberUploads.Upload file = uploads.upload(member.get(), text(body, "name"), text(body, "content"));
            json(resp, 200, GSON.toJsonTree(file).getAsJsonObject());
            return;
        }
        if (verb.equals("/travel")) {
            json(resp, 200, GSON.toJsonTree(travel.travel(member.get(), text(body, "by"))).getAsJsonObject());
            return;
        }
        Outcome outcome = switch (verb) {
            case "/type" -> actions.type(member.get(), where(member.get(), text(body, "where")), text(body, "text"));
            case "/act" -> act(member.get(), body);
            case "/submit" -> actions.submit(member.get(), text(body, "viewId"), object(body, "values"));
            case "/close" -> actions.close(member.get(), text(body, "viewId"));
            case "/shortcut" -> actions.shortcut(member.get(), text(body, "channel"), text(body, "ts"),
                    text(body, "callbackId"));
            case "/home" -> actions.openHome(member.get());
            case "/demo" -> loadDemo();
            default -> null;
        };
        if (outcome == null) {
            refuse(resp, 404, "No such action.");
            return;
        }
        json(resp, 200, outcome(outcome));
    }

    private Outcome act(EmulatedMember member, JsonObject body) {
        String blockId = text(body, "blockId");
        String actionId = text(body, "actionId");
        if (blockId == null || actionId == null) {
            return Outcome.problem("That element has no action.");
        }
        JsonElement value = body.get("value");
        if ("message".equals(text(body, "surface"))) {
            return actions.actInMessage(member, text(body, "channel"), text(body, "ts"), blockId, actionId, value);
        }
        return actions.actInView(member, text(body, "viewId"), blockId, actionId, value, object(body, "values"));
    }

    private Outcome loadDemo() {
        try {
            demo.load();
            return Outcome.done();
        } catch (RuntimeException e) {
            return Outcome.problem("The demo community could not be loaded: " + e.getMessage());
        }
    }

    private String where(EmulatedMember member, String where) {
        return "dm".equals(where) ? SlackEmulator.dmChannelId(member.id()) : screen.channel();
    }

    private static Screen.Pane pane(String name) {
        if (name == null) {
            return null;
        }
        try {
            return Screen.Pane.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static JsonObject body(HttpServletRequest req, int max) throws IOException {
        byte[] bytes = req.getInputStream().readNBytes(max + 1);
        if (bytes.length > max) {
            return null;
        }
        try {
            JsonElement parsed = JsonParser.parseString(new String(bytes, StandardCharsets.UTF_8));
            return parsed.isJsonObject() ? parsed.getAsJsonObject() : null;
        } catch (JsonParseException e) {
            return null;
        }
    }

    private static String text(JsonObject body, String field) {
        JsonElement value = body.get(field);
        return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
    }

    private static JsonObject object(JsonObject body, String field) {
        JsonElement value = body.get(field);
        return value != null && value.isJsonObject() ? value.getAsJsonObject() : new JsonObject();
    }

    private static JsonObject outcome(Outcome outcome) {
        JsonObject out = new JsonObject();
        if (outcome.problem() != null) {
            out.addProperty("problem", outcome.problem());
        }
        out.add("errors", GSON.toJsonTree(outcome.errors()));
        return out;
    }

    private static void refuse(HttpServletResponse resp, int status, String reason) throws IOException {
        JsonObject out = new JsonObject();
        out.addProperty("problem", reason);
        json(resp, status, out);
    }

    private static void json(HttpServletResponse resp, int status, JsonObject body) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json;charset=utf-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.getOutputStream().write(GSON.toJson(body).getBytes(StandardCharsets.UTF_8));
    }
}
