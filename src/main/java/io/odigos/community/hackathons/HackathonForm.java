package io.odigos.community.hackathons;

import io.odigos.community.core.InvalidInput;
import io.odigos.community.slack.ModalValues;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Block ids of the hackathon forms, what the admin's form starts with, and reading it into a draft. */
final class HackathonForm {

    static final String TITLE = "title";
    static final String THEME = "theme";
    static final String CHALLENGES = "challenges";
    static final String[] DATES = {"registration_opens", "registration_closes", "hacking_starts", "submissions_close",
            "judging_closes"};
    static final String[] DATE_LABELS = {"Registration opens", "Registration closes", "Hacking starts",
            "Submissions close", "Judging closes"};
    static final String TEAM_MIN = "team_min";
    static final String TEAM_MAX = "team_max";
    static final String PRIZES = "prizes";
    static final String JUDGES = "judges";
    static final String SKILLS = "skills";
    static final String LOOKING = "looking";
    static final String TEAM_NAME = "team_name";
    /** Rows of the criteria part of the form: a name and a weight each; rows left empty are not criteria. */
    static final int CRITERIA_ROWS = 5;
    static final List<HackathonDraft.Criterion> DEFAULT_CRITERIA = List.of(new HackathonDraft.Criterion("Impact", 40),
            new HackathonDraft.Criterion("Technical depth", 30), new HackathonDraft.Criterion("Use of Odigos", 30));
    static final int DEFAULT_MIN_TEAM = 1;
    static final int DEFAULT_MAX_TEAM = 4;

    private HackathonForm() {
    }

    static String criterionName(int row) {
        return "criterion_name_" + (row + 1);
    }

    static String criterionWeight(int row) {
        return "criterion_weight_" + (row + 1);
    }

    /**
     * The five dates a new hackathon's form starts with, in their order, for the admin to adjust: registration
     * opens at the next full hour and runs two weeks, hacking starts as it closes and lasts 48 hours, judging a week.
     */
    static List<Instant> defaultDates(Instant now) {
        Instant opens = now.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
        Instant closes = opens.plus(Duration.ofDays(14));
        Instant submissionsClose = closes.plus(Duration.ofHours(48));
        return List.of(opens, closes, closes, submissionsClose, submissionsClose.plus(Duration.ofDays(7)));
    }

    static HackathonDraft read(ModalValues v, Instant now) {
        Map<String, String> problems = new LinkedHashMap<>();
        Instant[] dates = new Instant[DATES.length];
        for (int i = 0; i < DATES.length; i++) {
            dates[i] = v.dateTime(DATES[i]);
        }
        Integer min = v.wholeNumber(TEAM_MIN, problems);
        Integer max = v.wholeNumber(TEAM_MAX, problems);
        List<HackathonDraft.Criterion> criteria = new ArrayList<>();
        for (int row = 0; row < CRITERIA_ROWS; row++) {
            criteria.add(new HackathonDraft.Criterion(v.text(criterionName(row)), v.wholeNumber(criterionWeight(row), problems)));
        }
        HackathonDraft draft = new HackathonDraft(v.text(TITLE), v.text(THEME), lines(v.get(CHALLENGES)),
                dates[0], dates[1], dates[2], dates[3], dates[4], min == null ? 0 : min, max == null ? 0 : max,
                lines(v.get(PRIZES)), criteria, v.users(JUDGES));
        draft.problems(now).forEach(problems::putIfAbsent);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return draft;
    }

    /** One part per non-empty line: "Name: detail" (or just "Name"). */
    static List<HackathonPart> lines(String text) {
        List<HackathonPart> parts = new ArrayList<>();
        if (text == null) {
            return parts;
        }
        for (String line : text.split("\n")) {
            String l = line.strip().replaceFirst("^[-*•]\\s*", "");
            if (l.isEmpty()) {
                continue;
            }
            int at = l.indexOf(':');
            String name = at < 0 ? l : l.substring(0, at).strip();
            String detail = at < 0 ? null : l.substring(at + 1).strip();
            parts.add(new HackathonPart(clip(name, 150), detail == null ? null : clip(detail, 500)));
        }
        return parts;
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
