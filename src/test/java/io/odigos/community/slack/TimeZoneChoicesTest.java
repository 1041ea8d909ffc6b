package io.odigos.community.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.model.block.composition.OptionGroupObject;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.StaticSelectElement;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeZoneChoicesTest {

    static List<String> values(OptionGroupObject group) {
        return group.getOptions().stream().map(OptionObject::getValue).toList();
    }

    static OptionGroupObject group(StaticSelectElement select, String label) {
        return select.getOptionGroups().stream().filter(g -> g.getLabel().getText().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no group " + label));
    }

    @Test
    void everyListedZoneIsKnownAndTheListLeavesRoomForTheMembersOwn() {
        long listed = TimeZoneChoices.REGIONS.values().stream().flatMap(List::stream)
                .peek(zone -> assertTrue(ZoneId.getAvailableZoneIds().contains(zone), zone))
                .distinct().count();
        assertEquals(TimeZoneChoices.REGIONS.values().stream().mapToLong(List::size).sum(), listed, "no zone twice");
        assertTrue(listed < BlockKit.SELECT_OPTIONS, "a zone can still be added within Slack's 100 options: " + listed);
    }

    @Test
    void aListedZoneIsPreselectedAsItIs() {
        StaticSelectElement select = TimeZoneChoices.select("value", ZoneId.of("Asia/Kolkata"));
        assertEquals("Asia/Kolkata", select.getInitialOption().getValue());
        assertEquals(TimeZoneChoices.REGIONS.get("Asia"), values(group(select, "Asia")));
    }

    @Test
    void aZoneOffTheListJoinsItsRegionOrOther() {
        StaticSelectElement indiana = TimeZoneChoices.select("value", ZoneId.of("America/Indiana/Indianapolis"));
        assertEquals("America/Indiana/Indianapolis", indiana.getInitialOption().getValue());
        assertTrue(values(group(indiana, "Americas")).contains("America/Indiana/Indianapolis"));

        StaticSelectElement etc = TimeZoneChoices.select("value", ZoneId.of("Etc/GMT+5"));
        assertEquals(List.of("Etc/GMT+5"), values(group(etc, "Other")));
        assertEquals("Etc/GMT+5", etc.getInitialOption().getValue());
    }
}
