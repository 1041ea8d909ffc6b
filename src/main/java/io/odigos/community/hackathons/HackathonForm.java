package io.odigos.community.hackathons;

import io.odigos.community.core.InvalidInput;
import io.odigos.community.slack.ModalValues;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Block ids of the hackathon forms, and reading the admin's form into a draft. */
final class HackathonForm {

    static final String TITLE = "title";
    static final String THEME = "theme";
    static final String CHALLENGES = "challenges";
    static final String[] DATES = {"registration_opens", "registration_closes", "hacking_starts", "submissions_close",
            "judging_closes"};
    static final String[] DATE_LABELS = {"Registration opens", "Registration closes", "Hacking starts",
            "Submissions close", "Judging closes"};
    static final String TEAM_SIZE = "team_size";
    static final String PRIZES = "prizes";
    static final String CRITERIA = "criteria";
    static final String JUDGES = "judges";
    static final String SKILLS = "skills";
    static final String LOOKING = "looking";
    static final String TEAM_NAME = "team_name";

    private HackathonForm() {
    }

    static HackathonDraft read(ModalValues v, Instant now) {
        Map<String, String> problems = new LinkedHashMap<>();
        Instant[] dates = new Instant[DATES.length];
        for (int i = 0; i < DATES.length; i++) {
            String epoch = v.get(DATES[i]);
            dates[i] = epoch == null ? null : Instant.ofEpochSecond(Long.parseLong(epoch));
        }
        int[] sizes = teamSizes(v.get(TEAM_SIZE));
        HackathonDraft draft = new HackathonDraft(strip(v.get(TITLE)), strip(v.get(THEME)), lines(v.get(CHALLENGES), ":"),
                dates[0], dates[1], dates[2], dates[3], dates[4], sizes[0], sizes[1], lines(v.get(PRIZES), ":"),
                lines(v.get(CRITERIA), ":"), v.users(JUDGES));
        problems.putAll(draft.problems(now));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return draft;
    }

    /** "1-4" or "4" (exactly four); anything else reads as 0-0, which the draft refuses. */
    static int[] teamSizes(String text) {
        if (text == null) {
            return new int[] {0, 0};
        }
        String[] parts = text.strip().split("\\s*[-–]\\s*");
        try {
            int min = Integer.parseInt(parts[0]);
            int max = parts.length > 1 ? Integer.parseInt(parts[1]) : min;
            return new int[] {min, max};
        } catch (NumberFormatException e) {
            return new int[] {0, 0};
        }
    }

    /** One part per non-empty line: "Name: detail" (or just "Name"). */
    static List<HackathonPart> lines(String text, String separator) {
        List<HackathonPart> parts = new ArrayList<>();
        if (text == null) {
            return parts;
        }
        for (String line : text.split("\n")) {
            String l = line.strip().replaceFirst("^[-*•]\\s*", "");
            if (l.isEmpty()) {
                continue;
            }
            int at = l.indexOf(separator);
            String name = at < 0 ? l : l.substring(0, at).strip();
            String detail = at < 0 ? null : l.substring(at + 1).strip();
            parts.add(new HackathonPart(clip(name, 150), detail == null ? null : clip(detail, 500)));
        }
        return parts;
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
