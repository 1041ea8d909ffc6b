package io.odigos.community.labs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.odigos.community.testing.Payloads;
import io.odigos.community.testing.ViewJson;
import org.junit.jupiter.api.Test;

/** Where Labs shows beyond /labs: the digest's section and the Home tab. */
class LabsSeamsTest extends LabsJourneys {

    @Test
    void theDigestListsNewBetasAndTheOnesThatGraduated() {
        beta("Profiler");
        long done = beta("Tail sampling");
        labs().admin().end(ADMIN, done, BetaStage.GA, "Defaults changed after your feedback.");
        t.slack.clear();
        assertTrue(admin(ADMIN, "digest preview update").contains("on its way"));
        t.slack.awaitCall("chat.postMessage", c -> ADMIN.equals(c.param("channel")) && c.param("text") != null
                && c.param("text").contains("Preview:"), WAIT);
        String preview = t.slack.dmsTo(ADMIN).stream().filter(m -> m.text().contains("Preview:"))
                .reduce((a, b) -> b).orElseThrow().visibleText();
        int section = preview.indexOf("Odigos Labs");
        assertTrue(section >= 0, preview);
        String labs = preview.substring(section);
        assertTrue(labs.contains("New betas to try") && labs.contains("*Profiler* · Beta v0.1"), labs);
        assertFalse(labs.contains("GA (graduated) v0.1"), "an ended beta is not new: " + labs);
        assertTrue(labs.contains("Graduated and retired") && labs.contains("*Tail sampling* · GA (graduated)"), labs);
    }

    @Test
    void homeShowsTheBetasIJoinedWithGiveFeedbackAndTheOnesICanJoin() {
        long mine = beta("Profiler");
        beta("Tail sampling");
        long ended = beta("Old agent");
        labs().participation().join(ANN, mine);
        labs().admin().end(ADMIN, ended, BetaStage.RETIRED, "We went another way.");

        t.slack.clear();
        t.signed.event(Payloads.appHomeOpened(ANN));
        String home = ViewJson.readable(t.slack.awaitCall("views.publish", c -> ANN.equals(c.param("user_id")), WAIT)
                .param("view"));
        assertTrue(home.contains("*You try* #" + mine + " *Profiler*") && home.contains(LabsMessages.GIVE_FEEDBACK),
                home);
        assertTrue(home.contains("*Tail sampling*") && home.contains(LabsMessages.JOIN), home);
        assertFalse(home.contains("Old agent"), "an ended beta is not offered");
    }
}
