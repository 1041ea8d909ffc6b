package io.odigos.community.local;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Emulated channel contents: chat.* methods and DM channel resolution. */
final class MessageStore {

    private final Map<String, List<EmulatedMessage>> byChannel = new HashMap<>();
    private final List<EmulatedMessage> ephemerals = new ArrayList<>();
    private long lastTsMicros;

    /** Slack lets bots post to a user id; the message lands in the bot's DM with that user. */
    static String resolveChannel(String channel) {
        boolean isUserId = channel.startsWith("U") || channel.startsWith("W");
        return isUserId ? dmChannelOf(channel) : channel;
    }

    static String dmChannelOf(String userId) {
        return "D" + userId;
    }

    synchronized JsonObject postMessage(EmulatorCall call) {
        String channel = resolveChannel(call.required("channel", "channel_not_found"));
        String text = call.param("text");
        JsonElement blocks = BlockIds.fill(valid(call.json("blocks")));
        if ((text == null || text.isEmpty()) && blocks == null && call.param("attachments") == null) {
            throw new SlackError("no_text");
        }
        EmulatedMessage message = new EmulatedMessage(channel, nextTs(), text, blocks, call.param("thread_ts"), null,
                UserDirectory.BOT_USER_ID, null);
        byChannel.computeIfAbsent(channel, c -> new ArrayList<>()).add(message);
        return envelope(message);
    }

    /** A member's own message, typed in the playground: plain text, no blocks; a reply when threadTs is given. */
    synchronized EmulatedMessage postAsMember(String channel, String memberId, String text, String threadTs) {
        EmulatedMessage message = new EmulatedMessage(resolveChannel(channel), nextTs(), text, null, threadTs, null,
                memberId, null);
        byChannel.computeIfAbsent(message.channel(), c -> new ArrayList<>()).add(message);
        return message;
    }

    /** A completed upload shows in its channel as a message from the bot carrying the file. */
    synchronized void shareFile(UploadedFile file) {
        if (file.channel() == null) {
            return;
        }
        EmulatedMessage message = new EmulatedMessage(resolveChannel(file.channel()), nextTs(), file.initialComment(),
                null, null, null, UserDirectory.BOT_USER_ID, file);
        byChannel.computeIfAbsent(message.channel(), c -> new ArrayList<>()).add(message);
    }

    /** What Slack shows a member when the bot answers a slash command in its ack: a message only they see. */
    synchronized void addEphemeral(String channel, String memberId, String text, JsonElement blocks) {
        ephemerals.add(new EmulatedMessage(resolveChannel(channel), nextTs(), text, BlockIds.fill(blocks), null,
                memberId, UserDirectory.BOT_USER_ID, null));
    }

    /** Like Slack, fields left out of chat.update keep their previous value. */
    synchronized JsonObject update(EmulatorCall call) {
        String channel = resolveChannel(call.required("channel", "channel_not_found"));
        String ts = call.required("ts", "message_not_found");
        List<EmulatedMessage> channelMessages = byChannel.getOrDefault(channel, List.of());
        int index = indexOf(channelMessages, ts);
        EmulatedMessage old = channelMessages.get(index);
        String text = call.param("text") != null ? call.param("text") : old.text();
        JsonElement blocks = call.param("blocks") != null ? BlockIds.fill(valid(call.json("blocks"))) : old.blocks();
        EmulatedMessage updated = old.edited(text, blocks);
        channelMessages.set(index, updated);
        return envelope(updated);
    }

    synchronized JsonObject delete(EmulatorCall call) {
        String channel = resolveChannel(call.required("channel", "channel_not_found"));
        String ts = call.required("ts", "message_not_found");
        List<EmulatedMessage> channelMessages = byChannel.getOrDefault(channel, List.of());
        channelMessages.remove(indexOf(channelMessages, ts));
        JsonObject response = Responses.ok();
        response.addProperty("channel", channel);
        response.addProperty("ts", ts);
        return response;
    }

    synchronized JsonObject postEphemeral(EmulatorCall call) {
        String channel = resolveChannel(call.required("channel", "channel_not_found"));
        String user = call.required("user", "user_not_in_channel");
        EmulatedMessage message = new EmulatedMessage(channel, nextTs(), call.param("text"), BlockIds.fill(valid(call.json("blocks"))),
                call.param("thread_ts"), user, UserDirectory.BOT_USER_ID, null);
        ephemerals.add(message);
        JsonObject response = Responses.ok();
        response.addProperty("message_ts", message.ts());
        return response;
    }

    JsonObject permalink(EmulatorCall call) {
        String channel = resolveChannel(call.required("channel", "channel_not_found"));
        String ts = call.required("message_ts", "message_not_found");
        JsonObject response = Responses.ok();
        response.addProperty("channel", channel);
        response.addProperty("permalink",
                "https://local.slack.test/archives/" + channel + "/p" + ts.replace(".", ""));
        return response;
    }

    /**
     * conversations.replies: the thread's parent and its replies, oldest first, as Slack answers it; a message that
     * started no thread comes back alone.
     */
    synchronized JsonObject replies(EmulatorCall call) {
        String channel = resolveChannel(call.required("channel", "channel_not_found"));
        String ts = call.required("ts", "thread_not_found");
        List<EmulatedMessage> thread = byChannel.getOrDefault(channel, List.of()).stream()
                .filter(m -> m.ts().equals(ts) || ts.equals(m.threadTs())).toList();
        if (thread.isEmpty()) {
            throw new SlackError("thread_not_found");
        }
        JsonArray messages = new JsonArray();
        for (EmulatedMessage m : thread) {
            JsonObject json = new JsonObject();
            json.addProperty("type", "message");
            json.addProperty("user", m.author());
            json.addProperty("text", m.text() == null ? "" : m.text());
            json.addProperty("ts", m.ts());
            json.addProperty("thread_ts", thread.size() > 1 ? ts : m.threadTs());
            messages.add(json);
        }
        JsonObject response = Responses.ok();
        response.add("messages", messages);
        response.addProperty("has_more", false);
        return response;
    }

    JsonObject openConversation(EmulatorCall call) {
        String users = call.param("users");
        String id;
        if (users != null && !users.isBlank()) {
            // Group DMs are not modelled beyond a stable id; one user gives the same id chat.postMessage uses.
            id = users.contains(",") ? "G" + users.replace(",", "") : dmChannelOf(users.trim());
        } else {
            id = call.required("channel", "users_list_not_supplied");
        }
        JsonObject channel = new JsonObject();
        channel.addProperty("id", id);
        JsonObject response = Responses.ok();
        response.add("channel", channel);
        return response;
    }

    synchronized List<EmulatedMessage> messages(String channel) {
        return List.copyOf(byChannel.getOrDefault(resolveChannel(channel), List.of()));
    }

    synchronized EmulatedMessage message(String channel, String ts) {
        return messages(channel).stream().filter(m -> m.ts().equals(ts)).findFirst().orElse(null);
    }

    synchronized List<EmulatedMessage> ephemeralsTo(String userId) {
        return ephemerals.stream().filter(m -> m.visibleTo().equals(userId)).toList();
    }

    /** Real-clock microseconds, bumped when needed so every ts is unique and increasing. */
    private String nextTs() {
        long nowMicros = System.currentTimeMillis() * 1000;
        lastTsMicros = Math.max(nowMicros, lastTsMicros + 1);
        return String.format("%d.%06d", lastTsMicros / 1_000_000, lastTsMicros % 1_000_000);
    }

    /** Refuses blocks Slack would refuse, with its explanations. */
    private static JsonElement valid(JsonElement blocks) {
        List<String> problems = BlockKitRules.check(blocks, BlockKitRules.Surface.MESSAGE);
        if (!problems.isEmpty()) {
            throw new SlackError("invalid_blocks", problems);
        }
        return blocks;
    }

    private static int indexOf(List<EmulatedMessage> messages, String ts) {
        for (int i = 0; i < messages.size(); i++) {
            if (messages.get(i).ts().equals(ts)) {
                return i;
            }
        }
        throw new SlackError("message_not_found");
    }

    private static JsonObject envelope(EmulatedMessage message) {
        JsonObject json = new JsonObject();
        json.addProperty("type", "message");
        json.addProperty("user", UserDirectory.BOT_USER_ID);
        json.addProperty("bot_id", UserDirectory.BOT_ID);
        json.addProperty("text", message.text() == null ? "" : message.text());
        json.addProperty("ts", message.ts());
        if (message.threadTs() != null) {
            json.addProperty("thread_ts", message.threadTs());
        }
        if (message.blocks() != null) {
            json.add("blocks", message.blocks().deepCopy());
        }
        JsonObject response = Responses.ok();
        response.addProperty("channel", message.channel());
        response.addProperty("ts", message.ts());
        response.add("message", json);
        return response;
    }
}
