package io.odigos.community.local;

import com.google.gson.JsonObject;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;

/** Emulated workspace members (users.info) and the bot's own identity (auth.test). */
final class UserDirectory {

    static final String TEAM_ID = "T0LOCAL";
    static final String BOT_USER_ID = "UBOT";
    static final String BOT_ID = "BBOT";
    static final String APP_ID = "A0BOT";

    private final Map<String, EmulatedMember> members = new ConcurrentHashMap<>();
    private final Map<String, List<String>> userGroups = new ConcurrentHashMap<>();

    void add(String id, String name, String tz, boolean admin, boolean owner) {
        members.put(id, new EmulatedMember(id, name, ZoneId.of(tz), admin, owner));
    }

    void defineUserGroup(String id, List<String> memberIds) {
        userGroups.put(id, List.copyOf(memberIds));
    }

    /** usergroups.users.list: a defined group's members; Slack answers no_such_subteam for any other id. */
    JsonObject userGroupMembers(EmulatorCall call) {
        List<String> group = userGroups.get(call.required("usergroup", "no_such_subteam"));
        if (group == null) {
            throw new SlackError("no_such_subteam");
        }
        JsonObject response = Responses.ok();
        com.google.gson.JsonArray users = new com.google.gson.JsonArray();
        group.forEach(users::add);
        response.add("users", users);
        return response;
    }

    /** Members in the order of their ids. */
    List<EmulatedMember> all() {
        return members.values().stream().sorted(Comparator.comparing(EmulatedMember::id)).toList();
    }

    Optional<EmulatedMember> find(String id) {
        return Optional.ofNullable(members.get(id));
    }

    /** Unknown ids get a plain UTC member so local mode works with whatever ids the tester types. */
    JsonObject info(EmulatorCall call) {
        String id = call.required("user", "user_not_found");
        EmulatedMember member = members.getOrDefault(id, new EmulatedMember(id, id, ZoneId.of("UTC"), false, false));
        JsonObject response = Responses.ok();
        response.add("user", toJson(member));
        return response;
    }

    JsonObject authTest(EmulatorCall call) {
        JsonObject response = Responses.ok();
        response.addProperty("url", "https://local.slack.test/");
        response.addProperty("team", "Local");
        response.addProperty("user", "odigos-bot");
        response.addProperty("team_id", TEAM_ID);
        response.addProperty("user_id", BOT_USER_ID);
        response.addProperty("bot_id", BOT_ID);
        return response;
    }

    private static JsonObject toJson(EmulatedMember member) {
        TimeZone zone = TimeZone.getTimeZone(member.tz());
        boolean summer = member.tz().getRules().isDaylightSavings(Instant.now());
        JsonObject profile = new JsonObject();
        profile.addProperty("real_name", member.name());
        profile.addProperty("display_name", member.name());

        JsonObject user = new JsonObject();
        user.addProperty("id", member.id());
        user.addProperty("team_id", TEAM_ID);
        user.addProperty("name", member.name());
        user.addProperty("real_name", member.name());
        user.addProperty("tz", member.tz().getId());
        user.addProperty("tz_label", zone.getDisplayName(summer, TimeZone.LONG, Locale.ENGLISH));
        user.addProperty("tz_offset", member.tz().getRules().getOffset(Instant.now()).getTotalSeconds());
        user.addProperty("is_admin", member.admin());
        user.addProperty("is_owner", member.owner());
        user.addProperty("is_bot", false);
        user.addProperty("deleted", false);
        user.add("profile", profile);
        return user;
    }
}
