package io.odigos.community.labs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checks of a new beta, a new version and feedback, field by field, whatever the way in. */
class BetaDraftTest {

    static BetaDraft draft(String questions, String version) {
        return new BetaDraft("Profiler", "Profiles pods", "Set `x: true`", BetaStage.ALPHA, questions, version);
    }

    @Test
    void questionsAreOnePerLineBlankLinesDroppedOneToFive() {
        assertEquals(List.of("Did it install?", "Overhead?"), draft("Did it install?\n\n  Overhead?  \r\n", "v0.1")
                .questionList());
        assertEquals(Map.of(), draft("1?\n2?\n3?\n4?\n5?", "v0.1").problems());
        assertTrue(draft("1?\n2?\n3?\n4?\n5?\n6?", "v0.1").problems().get(BetaDraft.QUESTIONS).contains("1 to 5"));
        assertTrue(draft(" \n ", "v0.1").problems().get(BetaDraft.QUESTIONS).contains("1 to 5"));
        assertTrue(draft("x".repeat(151), "v0.1").problems().get(BetaDraft.QUESTIONS).contains("150"));
        assertTrue(draft("Ask <!here>?", "v0.1").problems().containsKey(BetaDraft.QUESTIONS));
    }

    @Test
    void versionsLookLikeReleases() {
        for (String good : List.of("v0.1", "1.2.3", "v2-rc1", "0.9+build.7")) {
            assertEquals(Map.of(), draft("Q?", good).problems(), good);
        }
        for (String bad : List.of("soon", "v", "1.2.3.4", "v0.1 beta")) {
            assertTrue(draft("Q?", bad).problems().containsKey(BetaDraft.VERSION), bad);
        }
        assertTrue(new VersionDraft("next", "x").problems().containsKey(VersionDraft.VERSION));
        assertTrue(new VersionDraft("v0.2", " ").problems().containsKey(VersionDraft.CHANGES));
    }

    @Test
    void everyFieldIsRequiredAndAnEndedStageIsNoStart() {
        Map<String, String> problems = new BetaDraft(" ", null, "", BetaStage.RETIRED, null, null).problems();
        assertEquals(List.of(BetaDraft.NAME, BetaDraft.DESCRIPTION, BetaDraft.ENABLING, BetaDraft.STAGE,
                BetaDraft.QUESTIONS, BetaDraft.VERSION), List.copyOf(problems.keySet()));
    }

    @Test
    void feedbackNeedsOneAnswerAndRefusesBroadcasts() {
        assertTrue(new FeedbackAnswers(Map.of(1, " ")).problems(2).get(FeedbackAnswers.block(1)).contains("at least"));
        assertEquals(Map.of(), new FeedbackAnswers(Map.of(2, "Fine")).problems(2));
        assertTrue(new FeedbackAnswers(Map.of(2, "@everyone look")).problems(2).containsKey(FeedbackAnswers.block(2)));
        assertTrue(new FeedbackAnswers(Map.of(1, "x".repeat(1001))).problems(2).containsKey(FeedbackAnswers.block(1)));
    }
}
