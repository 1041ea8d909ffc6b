package io.odigos.community.packs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.odigos.community.releases.OdigosVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The releases the *Works on my cluster* select offers: the current minor back to x.0, ten at most. */
class ConfirmFormTest {

    static List<String> offered(String current) {
        return ConfirmForm.releases(OdigosVersion.parse(current).orElseThrow()).stream()
                .map(OdigosVersion::toString).toList();
    }

    @Test
    void fromTheCurrentMinorBackToTheMajorsFirst() {
        assertEquals(List.of("1.4", "1.3", "1.2", "1.1", "1.0"), offered("v1.4.2"));
        assertEquals(List.of("2.0"), offered("2.0.1"));
    }

    @Test
    void tenAtMost() {
        assertEquals(List.of("1.14", "1.13", "1.12", "1.11", "1.10", "1.9", "1.8", "1.7", "1.6", "1.5"),
                offered("v1.14.0"));
        assertEquals(ConfirmForm.CHOICES, offered("1.9").size(), "1.9 back to 1.0 is ten");
    }
}
