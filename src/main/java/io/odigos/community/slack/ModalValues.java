package io.odigos.community.slack;

import com.slack.api.model.view.ViewState;
import java.util.List;
import java.util.Map;

/** Reads what a member typed or chose in a modal, by block id (each input block has one element). */
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
