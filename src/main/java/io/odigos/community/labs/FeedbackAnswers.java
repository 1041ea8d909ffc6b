package io.odigos.community.labs;

import io.odigos.community.slack.FormText;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A participant's answers to a beta's questions, by question number from 1; a question may be left empty, but not
 * all of them. Keys of problems are the form's block ids ({@link #block}).
 */
public record FeedbackAnswers(Map<Integer, String> answers) {

    public static final int MAX_ANSWER = 1000;

    public FeedbackAnswers {
        Map<Integer, String> kept = new LinkedHashMap<>();
        answers.forEach((question, answer) -> {
            String stripped = FormText.stripped(answer);
            if (stripped != null) {
                kept.put(question, stripped);
            }
        });
        answers = Map.copyOf(kept);
    }

    /** The form's block id of question {@code number}. */
    public static String block(int number) {
        return "labs-answer-" + number;
    }

    public Map<String, String> problems(int questions) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (answers.isEmpty()) {
            problems.put(block(1), "Answer at least one question.");
        }
        answers.forEach((question, answer) -> {
            if (question < 1 || question > questions) {
                problems.put(block(1), "The questions changed; open the form again.");
            } else {
                FormText.check(problems, block(question), answer, MAX_ANSWER, null);
            }
        });
        return problems;
    }
}
