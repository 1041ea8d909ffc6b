package io.odigos.community.hackathons;

/** A challenge, a prize or a judging criterion, as an admin lists them: "Name: description" or "Name: weight". */
public record HackathonPart(String name, String detail) {
}
