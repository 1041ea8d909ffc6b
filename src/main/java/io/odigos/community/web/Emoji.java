package io.odigos.community.web;

import java.util.Map;

/**
 * The emoji shortcodes the bot writes, and a few members use most, as the characters a browser shows. A shortcode
 * not listed stays as typed, which is what Slack shows for an emoji it does not know.
 */
final class Emoji {

    private static final Map<String, String> BY_NAME = Map.<String, String>ofEntries(
            Map.entry("alarm_clock", "\u23F0"), Map.entry("arrow_up", "\u2B06\uFE0F"),
            Map.entry("ballot_box_with_ballot", "\uD83D\uDDF3\uFE0F"), Map.entry("ballot_box_with_check", "\u2611\uFE0F"),
            Map.entry("bar_chart", "\uD83D\uDCCA"), Map.entry("beetle", "\uD83D\uDC1E"),
            Map.entry("books", "\uD83D\uDCDA"), Map.entry("bulb", "\uD83D\uDCA1"),
            Map.entry("bust_in_silhouette", "\uD83D\uDC64"), Map.entry("busts_in_silhouette", "\uD83D\uDC65"),
            Map.entry("calendar", "\uD83D\uDCC6"), Map.entry("checkered_flag", "\uD83C\uDFC1"),
            Map.entry("clock3", "\uD83D\uDD52"), Map.entry("computer", "\uD83D\uDCBB"),
            Map.entry("envelope", "\u2709\uFE0F"), Map.entry("eyes", "\uD83D\uDC40"),
            Map.entry("hammer_and_wrench", "\uD83D\uDEE0\uFE0F"), Map.entry("handshake", "\uD83E\uDD1D"),
            Map.entry("heart", "\u2764\uFE0F"), Map.entry("hourglass", "\u231B"),
            Map.entry("hourglass_flowing_sand", "\u23F3"), Map.entry("keyboard", "\u2328\uFE0F"),
            Map.entry("link", "\uD83D\uDD17"), Map.entry("lock", "\uD83D\uDD12"),
            Map.entry("mag", "\uD83D\uDD0D"), Map.entry("medal", "\uD83C\uDFC5"),
            Map.entry("memo", "\uD83D\uDCDD"), Map.entry("microphone", "\uD83C\uDFA4"),
            Map.entry("mortar_board", "\uD83C\uDF93"), Map.entry("movie_camera", "\uD83C\uDFA5"),
            Map.entry("new", "\uD83C\uDD95"), Map.entry("no_entry", "\u26D4"),
            Map.entry("no_entry_sign", "\uD83D\uDEAB"), Map.entry("outbox_tray", "\uD83D\uDCE4"),
            Map.entry("package", "\uD83D\uDCE6"), Map.entry("pencil2", "\u270F\uFE0F"),
            Map.entry("pray", "\uD83D\uDE4F"), Map.entry("raised_hands", "\uD83D\uDE4C"),
            Map.entry("raising_hand", "\uD83D\uDE4B"), Map.entry("red_circle", "\uD83D\uDD34"),
            Map.entry("repeat", "\uD83D\uDD01"), Map.entry("rocket", "\uD83D\uDE80"),
            Map.entry("seedling", "\uD83C\uDF31"), Map.entry("smile", "\uD83D\uDE04"),
            Map.entry("sparkles", "\u2728"), Map.entry("spiral_calendar_pad", "\uD83D\uDDD3\uFE0F"),
            Map.entry("star", "\u2B50"), Map.entry("star2", "\uD83C\uDF1F"),
            Map.entry("tada", "\uD83C\uDF89"), Map.entry("telephone_receiver", "\uD83D\uDCDE"),
            Map.entry("thumbsup", "\uD83D\uDC4D"), Map.entry("+1", "\uD83D\uDC4D"),
            Map.entry("ticket", "\uD83C\uDFAB"), Map.entry("triangular_flag_on_post", "\uD83D\uDEA9"),
            Map.entry("trophy", "\uD83C\uDFC6"), Map.entry("tv", "\uD83D\uDCFA"),
            Map.entry("twisted_rightwards_arrows", "\uD83D\uDD00"), Map.entry("warning", "\u26A0\uFE0F"),
            Map.entry("wave", "\uD83D\uDC4B"), Map.entry("white_check_mark", "\u2705"),
            Map.entry("world_map", "\uD83D\uDDFA\uFE0F"), Map.entry("x", "\u274C"));

    private Emoji() {
    }

    /** The character for a shortcode's name (without colons), or null if it is not one the table knows. */
    static String of(String name) {
        return BY_NAME.get(name);
    }
}
