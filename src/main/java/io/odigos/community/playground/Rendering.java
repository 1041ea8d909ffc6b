package io.odigos.community.playground;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.reflect.TypeToken;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.OptionGroupObject;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import io.odigos.community.local.EmulatedMember;
import io.odigos.community.web.Mrkdwn;
import io.odigos.community.web.SafeHtml;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the Block Kit templates need to show one reader what the bot sent: text objects as HTML, the members a user
 * select offers, and times in the reader's zone.
 */
public final class Rendering {

    private static final Gson SLACK_JSON = GsonFactory.createSnakeCase();
    private static final DateTimeFormatter LOCAL_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("h:mm a");

    private final Mrkdwn mrkdwn;
    private final ZoneId zone;
    private final List<EmulatedMember> members;

    Rendering(Mrkdwn mrkdwn, ZoneId zone, List<EmulatedMember> members) {
        this.mrkdwn = mrkdwn;
        this.zone = zone;
        this.members = members;
    }

    /** Blocks as the bot sent them, read with the Slack SDK's own model (unknown kinds become UnknownBlock). */
    static List<LayoutBlock> blocks(JsonElement json) {
        if (json == null || !json.isJsonArray()) {
            return List.of();
        }
        return SLACK_JSON.fromJson(json, new TypeToken<List<LayoutBlock>>() { }.getType());
    }

    static View view(JsonElement json) {
        return SLACK_JSON.fromJson(json, View.class);
    }

    public static List<LayoutBlock> blocksOf(View view) {
        return view.getBlocks() == null ? List.of() : view.getBlocks();
    }

    /** A file input's {@code accept}: its file types as extensions ({@code .yaml,.yml}); null accepts any file. */
    public static String accept(List<String> filetypes) {
        return filetypes == null || filetypes.isEmpty() ? null
                : String.join(",", filetypes.stream().map(type -> "." + type).toList());
    }

    /** How many files a file input takes: its {@code max_files}, or Slack's default of 10. */
    public static int maxFiles(Integer maxFiles) {
        return maxFiles == null ? 10 : maxFiles;
    }

    /** The largest file the page sends for a file input; the API checks it again. */
    public static int uploadLimit() {
        return MemberUploads.MAX_BYTES;
    }

    /** A link or image address the page may use: http(s) only, so a {@code javascript:} URL is dropped. */
    public static String link(String url) {
        return url != null && url.matches("(?i)https?://\\S+") ? url : null;
    }

    public SafeHtml text(TextObject text) {
        if (text instanceof MarkdownTextObject md) {
            return mrkdwn.html(md.getText());
        }
        if (text instanceof PlainTextObject plain) {
            return Mrkdwn.plain(plain.getText(), !Boolean.FALSE.equals(plain.getEmoji()));
        }
        return Mrkdwn.plain("", false);
    }

    public SafeHtml mrkdwn(String text) {
        return mrkdwn.html(text);
    }

    public List<EmulatedMember> members() {
        return members;
    }

    /** Options of a select, with those in groups listed after the ungrouped ones. */
    public static List<OptionObject> options(List<OptionObject> options, List<OptionGroupObject> groups) {
        List<OptionObject> all = new ArrayList<>(options == null ? List.of() : options);
        if (groups != null) {
            groups.forEach(g -> all.addAll(g.getOptions()));
        }
        return all;
    }

    public static boolean same(OptionObject a, OptionObject b) {
        return a != null && b != null && Objects.equals(a.getValue(), b.getValue());
    }

    public static boolean among(List<OptionObject> chosen, OptionObject option) {
        return chosen != null && chosen.stream().anyMatch(c -> same(c, option));
    }

    /** An epoch second as the value of an {@code <input type="datetime-local">} in the reader's zone. */
    public String dateTimeLocal(Integer epochSeconds) {
        return epochSeconds == null ? "" : Instant.ofEpochSecond(epochSeconds).atZone(zone).format(LOCAL_DATE_TIME);
    }

    /** A message's time as the reader's clock shows it. */
    public String clockTime(String ts) {
        long seconds = Long.parseLong(ts.substring(0, ts.indexOf('.')));
        return Instant.ofEpochSecond(seconds).atZone(zone).format(CLOCK_TIME);
    }

    public String zone() {
        return zone.getId();
    }
}
