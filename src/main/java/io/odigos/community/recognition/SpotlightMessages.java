package io.odigos.community.recognition;

import java.time.Duration;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;

/** The words of the spotlight: the admins' draft and the channel announcement. */
final class SpotlightMessages {

    private SpotlightMessages() {
    }

    static String monthName(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
    }

    static String draft(YearMonth month, Leaderboard.Entry entry, Duration autoPostAfter) {
        return ":sparkles: Draft of the " + monthName(month) + " Top Contributor Spotlight: <@" + entry.memberId() + ">, "
                + entry.points() + " points across " + entry.kinds() + " kinds of contribution. It is posted when you "
                + "approve, or by itself in " + autoPostAfter.toHours() + " hours.";
    }

    static String announcement(YearMonth month, String member, Leaderboard.Entry entry) {
        return ":sparkles: *Top Contributor Spotlight, " + monthName(month) + "*: <@" + member + ">! "
                + entry.points() + " points across " + entry.kinds() + " kinds of contribution. Thank you!";
    }
}
