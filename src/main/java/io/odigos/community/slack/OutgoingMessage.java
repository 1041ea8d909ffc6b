package io.odigos.community.slack;

import com.google.gson.Gson;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import java.util.List;

/**
 * A message as it will be sent: to a channel, a member's DM (channel = user id) or, with ephemeralUser,
 * only to that member. Blocks travel as Slack's own JSON, so a message can wait in the outbox table.
 */
public record OutgoingMessage(String channel, String ephemeralUser, String text, String blocksJson) {

    private static final Gson GSON = GsonFactory.createSnakeCase();

    public static OutgoingMessage to(String channel, String text, List<LayoutBlock> blocks) {
        return new OutgoingMessage(channel, null, text, toJson(blocks));
    }

    /** A direct message: Slack opens the bot's DM with the member when the channel is their user id. */
    public static OutgoingMessage dm(String userId, String text, List<LayoutBlock> blocks) {
        return to(userId, text, blocks);
    }

    public static OutgoingMessage ephemeral(String channel, String userId, String text, List<LayoutBlock> blocks) {
        return new OutgoingMessage(channel, userId, text, toJson(blocks));
    }

    /** The answer to a click: only the clicker sees it, in the channel where they clicked, or in a DM otherwise. */
    public static OutgoingMessage replyTo(BlockActionPayload click, String text, List<LayoutBlock> blocks) {
        String user = click.getUser().getId();
        return click.getChannel() == null ? dm(user, text, blocks) : ephemeral(click.getChannel().getId(), user, text, blocks);
    }

    public static String toJson(List<LayoutBlock> blocks) {
        return blocks == null || blocks.isEmpty() ? null : GSON.toJson(blocks);
    }

    public static String toJson(View view) {
        return GSON.toJson(view);
    }
}
