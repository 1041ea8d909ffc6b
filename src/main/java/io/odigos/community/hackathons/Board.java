package io.odigos.community.hackathons;

import java.util.List;

/** The "looking for a team" board: people without a team who want one, and teams with free places. */
public record Board(List<Hacker> looking, List<OpenTeam> openTeams) {

    public record OpenTeam(Team team, List<String> members) {
    }
}
