package io.odigos.community.hackathons;

/** A challenge or a prize, as an admin lists them, one a line: "Name: description". */
public record HackathonPart(String name, String detail) {
}
