package io.odigos.community.core;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A form with problems in named fields: keys are the modal's block ids (and the API's field names), values what
 * the member is told beside that field. Nothing was stored.
 */
public class InvalidInput extends RuntimeException {

    private final Map<String, String> problems;

    public InvalidInput(Map<String, String> problems) {
        super("invalid input: " + problems);
        this.problems = new LinkedHashMap<>(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
