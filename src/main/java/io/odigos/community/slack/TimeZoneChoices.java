package io.odigos.community.slack;

import com.slack.api.model.block.composition.OptionGroupObject;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.StaticSelectElement;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The time-zone select: a fixed list of IANA zones, grouped by region and ordered west to east, that fits Slack's
 * 100 options of a static select. Slack's type-ahead filters it, so a member types "Berl" and picks Berlin. The zone
 * to preselect (the member's own from users.info, or the event's) is added to its region when the list lacks it,
 * so the select always opens on it.
 */
public final class TimeZoneChoices {

    static final Map<String, List<String>> REGIONS = Collections.unmodifiableMap(regions());

    private TimeZoneChoices() {
    }

    private static Map<String, List<String>> regions() {
        Map<String, List<String>> r = new LinkedHashMap<>();
        r.put("UTC", List.of("UTC"));
        r.put("Americas", List.of("America/Anchorage", "America/Los_Angeles", "America/Vancouver", "America/Phoenix",
                "America/Denver", "America/Edmonton", "America/Chicago", "America/Winnipeg", "America/Mexico_City",
                "America/Guatemala", "America/Costa_Rica", "America/Bogota", "America/Lima", "America/Panama",
                "America/New_York", "America/Toronto", "America/Caracas", "America/La_Paz", "America/Halifax",
                "America/Santiago", "America/St_Johns", "America/Sao_Paulo", "America/Argentina/Buenos_Aires",
                "America/Montevideo"));
        r.put("Europe", List.of("Atlantic/Azores", "Atlantic/Reykjavik", "Europe/London", "Europe/Dublin",
                "Europe/Lisbon", "Europe/Madrid", "Europe/Paris", "Europe/Brussels", "Europe/Amsterdam", "Europe/Berlin",
                "Europe/Zurich", "Europe/Rome", "Europe/Vienna", "Europe/Prague", "Europe/Warsaw", "Europe/Copenhagen",
                "Europe/Oslo", "Europe/Stockholm", "Europe/Budapest", "Europe/Belgrade", "Europe/Athens",
                "Europe/Bucharest", "Europe/Helsinki", "Europe/Kyiv", "Europe/Istanbul", "Europe/Moscow"));
        r.put("Africa", List.of("Africa/Casablanca", "Africa/Accra", "Africa/Lagos", "Africa/Cairo",
                "Africa/Johannesburg", "Africa/Nairobi", "Africa/Addis_Ababa"));
        r.put("Asia", List.of("Asia/Jerusalem", "Asia/Beirut", "Asia/Riyadh", "Asia/Tehran", "Asia/Dubai", "Asia/Baku",
                "Asia/Tbilisi", "Asia/Yerevan", "Asia/Karachi", "Asia/Tashkent", "Asia/Kolkata", "Asia/Colombo",
                "Asia/Kathmandu", "Asia/Dhaka", "Asia/Almaty", "Asia/Yangon", "Asia/Bangkok", "Asia/Ho_Chi_Minh",
                "Asia/Jakarta", "Asia/Singapore", "Asia/Kuala_Lumpur", "Asia/Manila", "Asia/Hong_Kong", "Asia/Shanghai",
                "Asia/Taipei", "Asia/Seoul", "Asia/Tokyo"));
        r.put("Australia and Pacific", List.of("Pacific/Honolulu", "Australia/Perth", "Australia/Darwin",
                "Australia/Adelaide", "Australia/Brisbane", "Australia/Sydney", "Australia/Melbourne", "Australia/Hobart",
                "Pacific/Auckland", "Pacific/Fiji"));
        return r;
    }

    /** The zones offered, by region: also the playground's choice for a new member. */
    public static Map<String, List<String>> byRegion() {
        return REGIONS;
    }

    /** The select, opened on {@code preselected}. */
    public static StaticSelectElement select(String actionId, ZoneId preselected) {
        String chosen = preselected.getId();
        Map<String, List<String>> regions = new LinkedHashMap<>();
        REGIONS.forEach((region, zones) -> regions.put(region, new ArrayList<>(zones)));
        if (regions.values().stream().noneMatch(zones -> zones.contains(chosen))) {
            regions.computeIfAbsent(regionOf(chosen), r -> new ArrayList<>()).add(chosen);
        }
        List<OptionGroupObject> groups = new ArrayList<>();
        OptionObject initial = null;
        for (Map.Entry<String, List<String>> region : regions.entrySet()) {
            List<OptionObject> options = new ArrayList<>();
            for (String zone : region.getValue()) {
                OptionObject option = BlockKit.option(zone.replace('_', ' '), zone);
                options.add(option);
                if (zone.equals(chosen)) {
                    initial = option;
                }
            }
            groups.add(BlockKit.optionGroup(region.getKey(), options));
        }
        return BlockKit.select(actionId, groups, initial);
    }

    /** The group a zone not on the list joins: the one whose zones share its area ("America/..."), else "Other". */
    private static String regionOf(String zone) {
        String area = zone.contains("/") ? zone.substring(0, zone.indexOf('/') + 1) : zone;
        return REGIONS.entrySet().stream().filter(e -> e.getValue().stream().anyMatch(z -> z.startsWith(area)))
                .map(Map.Entry::getKey).findFirst().orElse("Other");
    }
}
