package io.odigos.community.hackathons;

import io.odigos.community.slack.SlackText;
import java.time.Instant;
import java.util.Arrays;
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
                             List<Criterion> criteria, List<String> judges) {

    public static final int MAX_TEAM = 10;
    public static final int MIN_WEIGHT = 1;
    public static final int MAX_WEIGHT = 100;

    /** A judging criterion as one row of the form; a row with neither name nor weight is no criterion. */
    public record Criterion(String name, Integer weight) {
        boolean blank() {
            return name == null && weight == null;
        }
    }

    /** The criteria to judge by: the rows that are not blank, in order. */
    List<Criterion> judgedBy() {
        return criteria.stream().filter(c -> !c.blank()).toList();
    }

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
        List<Instant> dates = Arrays.asList(registrationOpens, registrationCloses, hackingStarts,
                submissionsClose, judgingCloses);
        if (dates.contains(null)) {
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
        if (minTeamSize < 1 || minTeamSize > MAX_TEAM) {
            p.put(HackathonForm.TEAM_MIN, "Give the smallest team size, from 1 to " + MAX_TEAM + ".");
        }
        if (maxTeamSize < 1 || maxTeamSize > MAX_TEAM) {
            p.put(HackathonForm.TEAM_MAX, "Give the largest team size, from 1 to " + MAX_TEAM + ".");
        } else if (maxTeamSize < minTeamSize) {
            p.put(HackathonForm.TEAM_MAX, "The largest team must be at least the smallest (" + minTeamSize + ").");
        }
        if (prizes.isEmpty()) {
            p.put(HackathonForm.PRIZES, "List at least one prize, one per line.");
        }
        criteriaProblems(p);
        if (judges.isEmpty()) {
            p.put(HackathonForm.JUDGES, "Pick at least one judge.");
        }
        return p;
    }

    /** Each row's problem beside its name or its weight; at least one criterion. */
    private void criteriaProblems(Map<String, String> p) {
        for (int row = 0; row < criteria.size(); row++) {
            Criterion c = criteria.get(row);
            if (c.name() == null && c.weight() != null) {
                p.put(HackathonForm.criterionName(row), "Name this criterion, or clear its weight.");
            } else if (c.name() != null && (c.name().length() > 150 || SlackText.hasBroadcast(c.name()))) {
                p.put(HackathonForm.criterionName(row), "Name the criterion in at most 150 characters, without "
                        + "@channel or @here.");
            }
            if (c.name() != null && (c.weight() == null || c.weight() < MIN_WEIGHT || c.weight() > MAX_WEIGHT)) {
                p.put(HackathonForm.criterionWeight(row), "Give this criterion a weight from " + MIN_WEIGHT + " to "
                        + MAX_WEIGHT + ".");
            }
        }
        if (judgedBy().isEmpty()) {
            p.put(HackathonForm.criterionName(0), "Name at least one criterion the judges score.");
        }
    }

    static boolean isPeoplesChoice(HackathonPart prize) {
        return prize.name().toLowerCase(java.util.Locale.ROOT).startsWith("people's choice")
                || prize.name().toLowerCase(java.util.Locale.ROOT).startsWith("peoples choice");
    }
}
