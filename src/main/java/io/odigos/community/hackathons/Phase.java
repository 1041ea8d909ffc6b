package io.odigos.community.hackathons;

/** Where a hackathon stands; each begins on a date the admin set and is announced in the channel. */
public enum Phase {
    ANNOUNCED("announced", false, false),
    REGISTRATION("registration is open", true, true),
    TEAM_UP("registration is closed; teams are forming", false, true),
    HACKING("hacking has started", false, true),
    JUDGING("submissions are closed; judging is under way", false, false),
    FINISHED("finished", false, false);

    private final String description;
    private final boolean registrationOpen;
    private final boolean teamsOpen;

    Phase(String description, boolean registrationOpen, boolean teamsOpen) {
        this.description = description;
        this.registrationOpen = registrationOpen;
        this.teamsOpen = teamsOpen;
    }

    public String description() {
        return description;
    }

    public boolean registrationOpen() {
        return registrationOpen;
    }

    /** Teams may be created, joined and left until submissions close. */
    public boolean teamsOpen() {
        return teamsOpen;
    }
}
