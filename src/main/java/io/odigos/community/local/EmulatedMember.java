package io.odigos.community.local;

import java.time.ZoneId;

/** A member of the emulated workspace, as users.info describes them. */
public record EmulatedMember(String id, String name, ZoneId tz, boolean admin, boolean owner) {
}
