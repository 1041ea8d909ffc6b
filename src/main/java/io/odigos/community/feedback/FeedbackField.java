package io.odigos.community.feedback;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The fields of a submission, shared by the Slack modal (block ids) and POST /api/feedback (JSON names), so both
 * refuse the same input with the same words.
 */
public enum FeedbackField {
    TITLE("title", "Title", 150, false, EnumSet.allOf(FeedbackKind.class), List.of()),
    PROBLEM("problem", "Problem or use case", 3000, true, EnumSet.of(FeedbackKind.FEATURE), List.of()),
    PROPOSAL("proposal", "Proposed solution", 3000, true, EnumSet.noneOf(FeedbackKind.class), List.of()),
    ODIGOS_VERSION("odigos_version", "Odigos version", 40, false, EnumSet.of(FeedbackKind.BUG), List.of()),
    K8S_DISTRIBUTION("k8s_distribution", "Kubernetes distribution", 40, false, EnumSet.of(FeedbackKind.BUG),
            List.of("EKS", "GKE", "AKS", "OpenShift", "Rancher", "k3s", "kind", "minikube", "Other")),
    K8S_VERSION("k8s_version", "Kubernetes version", 40, false, EnumSet.of(FeedbackKind.BUG), List.of()),
    LANGUAGE("language", "Language of the instrumented service", 40, false, EnumSet.of(FeedbackKind.BUG),
            List.of("Go", "Java", "Python", "JavaScript", ".NET", "PHP", "Ruby", "Rust", "C++", "Other")),
    STEPS("steps", "Steps to reproduce", 3000, true, EnumSet.of(FeedbackKind.BUG), List.of()),
    EXPECTED("expected", "Expected behaviour", 1500, true, EnumSet.of(FeedbackKind.BUG), List.of()),
    ACTUAL("actual", "Actual behaviour", 1500, true, EnumSet.of(FeedbackKind.BUG), List.of());

    private final String key;
    private final String label;
    private final int maxLength;
    private final boolean multiline;
    private final Set<FeedbackKind> requiredFor;
    private final List<String> choices;

    FeedbackField(String key, String label, int maxLength, boolean multiline, Set<FeedbackKind> requiredFor,
                  List<String> choices) {
        this.key = key;
        this.label = label;
        this.maxLength = maxLength;
        this.multiline = multiline;
        this.requiredFor = requiredFor;
        this.choices = choices;
    }

    /** The modal's block id and the API's JSON name. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public int maxLength() {
        return maxLength;
    }

    public boolean multiline() {
        return multiline;
    }

    public boolean isRequiredFor(FeedbackKind kind) {
        return requiredFor.contains(kind);
    }

    public List<String> choices() {
        return choices;
    }

    /** The fields a member fills in for this kind, in the order they are asked. */
    public static List<FeedbackField> askedFor(FeedbackKind kind) {
        return kind == FeedbackKind.FEATURE
                ? List.of(TITLE, PROBLEM, PROPOSAL)
                : List.of(TITLE, ODIGOS_VERSION, K8S_DISTRIBUTION, K8S_VERSION, LANGUAGE, STEPS, EXPECTED, ACTUAL);
    }

    public static FeedbackField byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no field " + key));
    }
}
