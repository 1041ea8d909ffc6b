package io.odigos.community.labs;

import io.odigos.community.slack.FormText;
import io.odigos.community.slack.SlackText;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A beta as an admin describes it, checked before anything is stored. Keys of problems are the form's block ids. The
 * enabling instructions are the admin's mrkdwn (code blocks for Helm values), shown as written.
 */
public record BetaDraft(String name, String description, String enabling, BetaStage stage, String questions,
                        String version) {

    public static final String NAME = "labs-name";
    public static final String DESCRIPTION = "labs-description";
    public static final String ENABLING = "labs-enabling";
    public static final String STAGE = "labs-stage";
    public static final String QUESTIONS = "labs-questions";
    public static final String VERSION = "labs-version";

    public static final int MAX_NAME = 80;
    public static final int MAX_DESCRIPTION = 1000;
    public static final int MAX_ENABLING = 2000;
    public static final int MAX_QUESTIONS = 5;
    public static final int MAX_QUESTION = 150;
    public static final int MAX_VERSION = 32;
    /** A version as releases name them: v0.1, 1.2.3, v2-rc1. */
    static final Pattern VERSION_FORMAT = Pattern.compile("v?\\d{1,4}(\\.\\d{1,4}){0,2}([-+][A-Za-z0-9.]{1,16})?");

    public BetaDraft {
        name = FormText.stripped(name);
        description = FormText.stripped(description);
        enabling = FormText.stripped(enabling);
        questions = FormText.stripped(questions);
        version = FormText.stripped(version);
    }

    /** The questions, one a line, blank lines dropped. */
    public List<String> questionList() {
        return questions == null ? List.of()
                : Arrays.stream(questions.split("\\R")).map(String::strip).filter(q -> !q.isEmpty()).toList();
    }

    /** Problems by field; empty when the beta can be created. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        FormText.check(problems, NAME, name, MAX_NAME, "Give the beta a name.");
        FormText.check(problems, DESCRIPTION, description, MAX_DESCRIPTION, "Say what the beta does.");
        FormText.check(problems, ENABLING, enabling, MAX_ENABLING, "Say how to turn it on, e.g. the Helm value to set.");
        if (stage == null || !BetaStage.OPEN.contains(stage)) {
            problems.put(STAGE, "Pick concept, alpha or beta: a beta starts before graduation.");
        }
        List<String> asked = questionList();
        if (asked.isEmpty() || asked.size() > MAX_QUESTIONS) {
            problems.put(QUESTIONS, "Ask 1 to " + MAX_QUESTIONS + " questions, one per line.");
        } else if (asked.stream().anyMatch(q -> q.length() > MAX_QUESTION)) {
            problems.put(QUESTIONS, "Keep each question under " + MAX_QUESTION + " characters.");
        } else if (SlackText.hasBroadcast(questions)) {
            problems.put(QUESTIONS, "Questions cannot mention @channel, @here or @everyone.");
        }
        versionProblem(problems, VERSION, version);
        return problems;
    }

    static void versionProblem(Map<String, String> problems, String field, String version) {
        if (version == null || version.length() > MAX_VERSION || !VERSION_FORMAT.matcher(version).matches()) {
            problems.put(field, "Give a version like v0.1 or 1.2.0.");
        }
    }
}
