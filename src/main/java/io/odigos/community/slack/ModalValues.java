package io.odigos.community.slack;

import com.slack.api.model.view.ViewState;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads what a member typed or chose in a modal, by block id (each input block has one element). The typed readers
 * turn a value into what it stands for and note, under its block, a value that cannot be read (Slack's inputs only
 * send readable ones, but a request can be crafted); whether a readable value is acceptable is the form's rules.
 */
public final class ModalValues {

    private final Map<String, Map<String, ViewState.Value>> values;

    public ModalValues(ViewState state) {
        this.values = state == null || state.getValues() == null ? Map.of() : state.getValues();
    }

    /**
     * The text typed, option chosen, date (yyyy-MM-dd), time (HH:mm) or date-time (epoch seconds) picked in the
     * block, or null when empty.
     */
    public String get(String blockId) {
        Map<String, ViewState.Value> block = values.get(blockId);
        if (block == null) {
            return null;
        }
        for (ViewState.Value v : block.values()) {
            if (v.getSelectedOption() != null) {
                return v.getSelectedOption().getValue();
            }
            if (v.getSelectedDate() != null) {
                return v.getSelectedDate();
            }
            if (v.getSelectedTime() != null) {
                return v.getSelectedTime();
            }
            if (v.getSelectedUser() != null) {
                return v.getSelectedUser();
            }
            if (v.getSelectedDateTime() != null) {
                return v.getSelectedDateTime().toString(); // epoch seconds
            }
            if (v.getSelectedOptions() != null && !v.getSelectedOptions().isEmpty()) {
                return v.getSelectedOptions().get(0).getValue();
            }
            if (v.getValue() != null) {
                return v.getValue();
            }
        }
        return null;
    }

    /** The text typed in the block without surrounding blanks (also a URL input's link); null when empty. */
    public String text(String blockId) {
        String value = get(blockId);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The whole number in a number input; null when empty or, noted under the block, not a whole number. */
    public Integer wholeNumber(String blockId, Map<String, String> problems) {
        return parsed(blockId, problems, Integer::valueOf, "Give a whole number.");
    }

    /** The zone chosen in a time-zone select; null when none or, noted under the block, not a zone. */
    public ZoneId timeZone(String blockId, Map<String, String> problems) {
        return parsed(blockId, problems, ZoneId::of, "Choose a time zone from the list.");
    }

    /** The block's text read by {@code parser}; null when empty or, with {@code problem} noted under it, unreadable. */
    private <T> T parsed(String blockId, Map<String, String> problems, Function<String, T> parser, String problem) {
        String value = text(blockId);
        if (value == null) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (NumberFormatException | DateTimeException e) {
            problems.put(blockId, problem);
            return null;
        }
    }

    /** The moment picked in a date-time picker; null when none was picked. */
    public Instant dateTime(String blockId) {
        String epochSeconds = get(blockId);
        return epochSeconds == null ? null : Instant.ofEpochSecond(Long.parseLong(epochSeconds));
    }

    /** The values of the options ticked in a checkboxes or multi-select block, in order; empty when none. */
    public List<String> selected(String blockId) {
        Map<String, ViewState.Value> block = values.get(blockId);
        if (block == null) {
            return List.of();
        }
        return block.values().stream().filter(v -> v.getSelectedOptions() != null)
                .flatMap(v -> v.getSelectedOptions().stream()).map(o -> o.getValue()).toList();
    }

    /** The users picked in a multi-user select, in order; empty when none. */
    public List<String> users(String blockId) {
        Map<String, ViewState.Value> block = values.get(blockId);
        if (block == null) {
            return List.of();
        }
        return block.values().stream().filter(v -> v.getSelectedUsers() != null)
                .flatMap(v -> v.getSelectedUsers().stream()).toList();
    }
}
