package io.odigos.community.releases;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Odigos release to the minor: 1.2 for "v1.2.7". Guides are checked again when a newer minor ships, and packs count
 * as tested on recent releases when confirmed on one of the latest two minors.
 */
public record OdigosVersion(int major, int minor) implements Comparable<OdigosVersion> {

    private static final Pattern RELEASE = Pattern.compile("v?(\\d{1,3})\\.(\\d{1,3})(?:\\.\\d+)?(?:[-+].*)?");

    public static Optional<OdigosVersion> parse(String text) {
        Matcher m = RELEASE.matcher(text == null ? "" : text.strip());
        return m.matches() ? Optional.of(new OdigosVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))))
                : Optional.empty();
    }

    @Override
    public int compareTo(OdigosVersion other) {
        return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
    }

    public boolean isNewerThan(OdigosVersion other) {
        return compareTo(other) > 0;
    }

    /** The minor before this one in the same major, or this one for x.0 (the previous major's last minor is unknown). */
    public OdigosVersion previousMinor() {
        return minor == 0 ? this : new OdigosVersion(major, minor - 1);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
