package io.odigos.community.hackathons;

import io.odigos.community.slack.SlackText;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A hackathon as an admin describes it. Prizes whose name starts with "People's choice" are decided by the
 * community vote; criteria carry weights (whole numbers) that weigh the judges' scores.
 */
public record HackathonDraft(String title, String theme, List<HackathonPart> challenges, Instant registrationOpens,
                             Instant registrationCloses, Instant hackingStarts, Instant submissionsClose,
                             Instant judgingCloses, int minTeamSize, int maxTeamSize, List<HackathonPart> prizes,
                             List<HackathonPart> criteria, List<String> judges) {

    public static final int MAX_TEAM = 10;

    /** Problems keyed by the form's block ids; empty when it can be created now. */
    public Map<String, String> problems(Instant now) {
        Map<String, String> p = new LinkedHashMap<>();
        if (title == null || title.isBlank() || title.length() > 150 || SlackText.hasBroadcast(title)) {
            p.put(HackathonForm.TITLE, "Give a title of at most 150 characters, without @channel or @here.");
        }
        if (theme == null || theme.isBlank() || theme.length() > 500) {
            p.put(HackathonForm.THEME, "Give the theme in at most 500 characters.");
        }
        if (challenges.isEmpty()) {
            p.put(HackathonForm.CHALLENGES, "List at least one challenge, one per line.");
        }
        List<Instant> dates = List.of(registrationOpens, registrationCloses, hackingStarts, submissionsClose, judgingCloses);
        if (dates.stream().anyMatch(d -> d == null)) {
            p.put(HackathonForm.DATES[dates.indexOf(null)], "Pick this date and time.");
        } else {
            if (!registrationCloses.isAfter(now)) {
                p.put(HackathonForm.DATES[1], "Registration must close in the future.");
            }
            for (int i = 1; i < dates.size(); i++) {
                boolean ordered = i == 2 ? !dates.get(i).isBefore(dates.get(i - 1)) : dates.get(i).isAfter(dates.get(i - 1));
                if (!ordered) {
                    p.putIfAbsent(HackathonForm.DATES[i], "Each date must come after the one above it.");
                }
            }
        }
        if (minTeamSize < 1 || maxTeamSize < minTeamSize || maxTeamSize > MAX_TEAM) {
            p.put(HackathonForm.TEAM_SIZE, "Give team sizes like 1-4: at least 1, at most " + MAX_TEAM + ".");
        }
        if (prizes.isEmpty()) {
            p.put(HackathonForm.PRIZES, "List at least one prize, one per line.");
        }
        if (criteria.isEmpty() || criteria.stream().anyMatch(c -> weight(c) < 1 || weight(c) > 100)) {
            p.put(HackathonForm.CRITERIA, "List criteria one per line as \"Name: weight\", weights from 1 to 100.");
        }
        if (judges.isEmpty()) {
            p.put(HackathonForm.JUDGES, "Pick at least one judge.");
        }
        return p;
    }

    static int weight(HackathonPart criterion) {
        try {
            return Integer.parseInt(criterion.detail() == null ? "" : criterion.detail().strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static boolean isPeoplesChoice(HackathonPart prize) {
        return prize.name().toLowerCase(java.util.Locale.ROOT).startsWith("people's choice")
                || prize.name().toLowerCase(java.util.Locale.ROOT).startsWith("peoples choice");
    }
}
