package io.odigos.community.packs;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a visitor asked /packs for, from the query string: words, a tag ("language:Java"), an Odigos release ("1.4")
 * and Verified only. Each value is stripped and cut to a bound before it is shown back or queried, so a long or odd
 * value costs nothing; whether a tag or release exists is {@link PublicPacks}'s question.
 */
public record PackFilter(String words, String tag, String release, boolean verifiedOnly, boolean wordsTooLong) {

    public static final int MAX_WORDS = 100;
    static final int MAX_TAG = 60;
    static final int MAX_RELEASE = 16;
    /** More words than this narrow nothing further at this scale; the rest are ignored. */
    private static final int WORDS_SEARCHED = 8;

    /** @param verified the checkbox's value: "yes" when ticked */
    public static PackFilter of(String words, String tag, String release, String verified) {
        String w = given(words);
        boolean tooLong = w != null && w.length() > MAX_WORDS;
        return new PackFilter(tooLong ? w.substring(0, MAX_WORDS) : w, bounded(given(tag), MAX_TAG),
                bounded(given(release), MAX_RELEASE), "yes".equals(verified), tooLong);
    }

    public boolean narrowed() {
        return words != null || tag != null || release != null || verifiedOnly;
    }

    /** Each word as a lower-case LIKE pattern, its own %, _ and ! escaped with '!'. */
    List<String> patterns() {
        if (words == null || wordsTooLong) {
            return List.of();
        }
        return Arrays.stream(words.toLowerCase(Locale.ROOT).split("\\s+")).filter(w -> !w.isEmpty())
                .distinct().limit(WORDS_SEARCHED)
                .map(w -> "%" + w.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%").toList();
    }

    private static String given(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String bounded(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max) + "…";
    }
}
