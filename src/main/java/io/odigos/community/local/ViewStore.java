package io.odigos.community.local;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Emulated modals and Home tabs: views.open/push/update/publish. A modal opened with a trigger the emulator issued
 * belongs to that member, on a stack of at most three as in Slack, which closes as the member closes or submits.
 */
final class ViewStore {

    static final int MODAL_STACK_LIMIT = 3;

    private final Triggers triggers;
    private final Map<String, Deque<String>> modalsByMember = new HashMap<>();
    private final Map<String, JsonObject> byId = new HashMap<>();
    private final Map<String, String> idByExternalId = new HashMap<>();
    private final Map<String, String> homeIdByUser = new HashMap<>();
    private String lastOpenedId;
    private int idCounter;
    private int hashCounter;

    ViewStore(Triggers triggers) {
        this.triggers = triggers;
    }

    synchronized JsonObject open(EmulatorCall call) {
        String member = triggers.ownerOf(call.required("trigger_id", "invalid_arguments"), Instant.now());
        JsonObject view = store(newId(), viewParam(call), null);
        lastOpenedId = view.get("id").getAsString();
        if (member != null) {
            Deque<String> stack = new ArrayDeque<>();
            stack.push(lastOpenedId);
            modalsByMember.put(member, stack);
        }
        return envelope(view);
    }

    /** A pushed view sits on top of the currently open one, so it also counts as the last opened. */
    synchronized JsonObject push(EmulatorCall call) {
        String member = triggers.ownerOf(call.required("trigger_id", "invalid_arguments"), Instant.now());
        Deque<String> stack = member == null ? null : modalsByMember.get(member);
        if (stack != null && stack.size() >= MODAL_STACK_LIMIT) {
            throw new SlackError("push_limit_reached");
        }
        JsonObject view = store(newId(), viewParam(call), stack == null ? lastOpenedId : stack.peek());
        lastOpenedId = view.get("id").getAsString();
        if (stack != null) {
            stack.push(lastOpenedId);
        }
        return envelope(view);
    }

    /** The modal a member sees, the top of their stack; null when none is open. */
    synchronized JsonObject modalOf(String memberId) {
        Deque<String> stack = modalsByMember.get(memberId);
        return stack == null || stack.isEmpty() ? null : view(stack.peek());
    }

    /** The member closed the top modal (or submitted it with no answer): the one under it shows again. */
    synchronized void closeTop(String memberId) {
        Deque<String> stack = modalsByMember.get(memberId);
        if (stack != null) {
            stack.poll();
        }
    }

    /** A submission answered {@code response_action: clear}, or the member closed every modal. */
    synchronized void closeAll(String memberId) {
        modalsByMember.remove(memberId);
    }

    /** A submission answered {@code response_action: update}: the top modal becomes this view. */
    synchronized void replaceTop(String memberId, JsonObject view) {
        Deque<String> stack = modalsByMember.get(memberId);
        if (stack != null && !stack.isEmpty()) {
            JsonElement previous = byId.get(stack.peek()).get("previous_view_id");
            store(stack.peek(), view, previous == null ? null : previous.getAsString());
        }
    }

    /** A submission answered {@code response_action: push}: this view goes on top, within Slack's three. */
    synchronized void pushFromAnswer(String memberId, JsonObject view) {
        Deque<String> stack = modalsByMember.get(memberId);
        if (stack != null && stack.size() < MODAL_STACK_LIMIT) {
            stack.push(store(newId(), view, stack.peek()).get("id").getAsString());
        }
    }

    /** Honours Slack's optimistic locking: a stale {@code hash} fails with {@code hash_conflict}. */
    synchronized JsonObject update(EmulatorCall call) {
        String id = call.param("view_id") != null
                ? call.param("view_id")
                : idByExternalId.get(call.required("external_id", "invalid_arguments"));
        JsonObject existing = id == null ? null : byId.get(id);
        if (existing == null) {
            throw new SlackError("not_found");
        }
        String hash = call.param("hash");
        if (hash != null && !hash.equals(existing.get("hash").getAsString())) {
            throw new SlackError("hash_conflict");
        }
        JsonElement previous = existing.get("previous_view_id");
        return envelope(store(id, viewParam(call), previous == null ? null : previous.getAsString()));
    }

    /** Each user has one Home view whose id stays stable across publishes, as in Slack. */
    synchronized JsonObject publish(EmulatorCall call) {
        String user = call.required("user_id", "invalid_arguments");
        JsonObject source = viewParam(call);
        String id = homeIdByUser.computeIfAbsent(user, u -> newId());
        return envelope(store(id, source, null));
    }

    synchronized JsonObject homeOf(String userId) {
        String id = homeIdByUser.get(userId);
        return id == null ? null : view(id);
    }

    synchronized JsonObject view(String viewId) {
        JsonObject view = byId.get(viewId);
        return view == null ? null : view.deepCopy();
    }

    synchronized JsonObject lastOpened() {
        return lastOpenedId == null ? null : view(lastOpenedId);
    }

    /** The view parameter, refused as Slack refuses a view it cannot show, with its explanations. */
    private static JsonObject viewParam(EmulatorCall call) {
        call.required("view", "invalid_arguments");
        JsonElement view = call.json("view");
        if (!view.isJsonObject()) {
            throw new SlackError("invalid_arguments");
        }
        List<String> problems = BlockKitRules.checkView(view.getAsJsonObject());
        if (!problems.isEmpty()) {
            throw new SlackError("invalid_arguments", problems);
        }
        return view.getAsJsonObject();
    }

    private JsonObject store(String id, JsonObject source, String previousViewId) {
        JsonObject view = source.deepCopy();
        BlockIds.fill(view.get("blocks"));
        view.addProperty("id", id);
        view.addProperty("team_id", UserDirectory.TEAM_ID);
        view.addProperty("hash", "hash-" + (++hashCounter));
        if (previousViewId != null) {
            view.addProperty("previous_view_id", previousViewId);
        }
        if (view.has("external_id")) {
            idByExternalId.put(view.get("external_id").getAsString(), id);
        }
        byId.put(id, view);
        return view;
    }

    private String newId() {
        return String.format("V%06d", ++idCounter);
    }

    private static JsonObject envelope(JsonObject view) {
        JsonObject response = Responses.ok();
        response.add("view", view.deepCopy());
        return response;
    }
}
