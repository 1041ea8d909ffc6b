package io.odigos.community.packs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import com.slack.api.util.json.GsonFactory;
import io.odigos.community.releases.OdigosVersion;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.testing.Payloads;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The publish form as built and read, and the draft's rules, without Slack. */
class PackFormTest {

    private static final Optional<OdigosVersion> CURRENT = OdigosVersion.parse("v1.4.2");

    private static PackDraft draft(String name, String fileId, String link, List<String> triedOn) {
        return new PackDraft(name, "Masks card numbers", "Use it on *payments*.", List.of("signal:Traces"), triedOn,
                fileId, link, null, false);
    }

    /** The form as Slack would send it back, filled in with {@code typed} and the uploaded file. */
    private static PackDraft submitted(View form, Map<String, String> typed, String fileId) {
        JsonObject view = JsonParser.parseString(OutgoingMessage.toJson(form)).getAsJsonObject();
        view.addProperty("id", "V1");
        JsonObject state = PacksJourneys.withFile(Payloads.submit("UANN", view, typed), fileId)
                .getAsJsonObject("view").getAsJsonObject("state");
        ViewState read = GsonFactory.createSnakeCase().fromJson(state, ViewState.class);
        return PackForm.read(read, new PackForm.State(null));
    }

    @Test
    void theFormOffersRecentReleasesAndReadsTheUploadedFile() {
        Map<String, String> typed = new HashMap<>(Map.of(PackDraft.NAME, "Payments", PackDraft.SUMMARY, "Masks cards",
                PackDraft.README, "Use it.", PackDraft.tagBlock(PackTags.SIGNAL), "signal:Traces,signal:Logs",
                PackDraft.TRIED_ON, "1.4,1.3"));
        PackDraft d = submitted(PackForm.publish(CURRENT), typed, "F00001");
        assertEquals("F00001", d.fileId());
        assertNull(d.link());
        assertEquals(List.of("signal:Traces", "signal:Logs"), d.tags());
        assertEquals(Set.of("1.3", "1.4"), d.releases());
        assertEquals(Map.of(), d.problems(CURRENT));
    }

    @Test
    void withTheCurrentReleaseUnknownReleasesAreTypedAndParsed() {
        Map<String, String> typed = new HashMap<>(Map.of(PackDraft.NAME, "Payments", PackDraft.SUMMARY, "Masks cards",
                PackDraft.README, "Use it.", PackDraft.tagBlock(PackTags.SIGNAL), "signal:Traces",
                PackDraft.TRIED_ON, "v1.2.7, 1.3"));
        View form = PackForm.publish(Optional.empty());
        assertTrue(OutgoingMessage.toJson(form).contains("plain_text_input"));
        PackDraft d = submitted(form, typed, "F00001");
        assertEquals(Set.of("1.2", "1.3"), d.releases());
        assertEquals(Map.of(), d.problems(Optional.empty()));
        assertEquals("Give Odigos releases like 1.4 or v1.3.2, separated by commas.", draft("P", "F1", null,
                List.of("next week")).problems(Optional.empty()).get(PackDraft.TRIED_ON));
    }

    @Test
    void theOfferedReleasesStopAtTenAndAtTheMajorsFirstMinor() {
        assertEquals(List.of("1.4", "1.3", "1.2", "1.1", "1.0"), PackDraft.offeredReleases(CURRENT.orElseThrow()));
        List<String> many = PackDraft.offeredReleases(new OdigosVersion(2, 15));
        assertEquals(10, many.size());
        assertEquals("2.6", many.get(9));
    }

    @Test
    void eachFieldIsCheckedUnderItsBlock() {
        assertEquals(Map.of(), draft("Payments", "F1", null, List.of("1.4")).problems(CURRENT));
        Map<String, String> empty = new PackDraft(" ", null, null, List.of(), List.of(), null, null, null, true)
                .problems(CURRENT);
        assertEquals(Set.of(PackDraft.NAME, PackDraft.SUMMARY, PackDraft.README,
                PackDraft.tagBlock(PackTags.SIGNAL), PackDraft.TRIED_ON, PackDraft.FILE, PackDraft.CHANGES),
                empty.keySet());
        assertEquals("Keep it under 80 characters.", draft("x".repeat(81), "F1", null, List.of("1.4"))
                .problems(CURRENT).get(PackDraft.NAME));
        assertEquals("It cannot mention @channel, @here or @everyone.", draft("hey @here", "F1", null,
                List.of("1.4")).problems(CURRENT).get(PackDraft.NAME));
        assertEquals("Give the file or the link, not both.", draft("P", "F1", "https://x.io/p.yaml", List.of("1.4"))
                .problems(CURRENT).get(PackDraft.LINK));
        assertEquals(PackMessages.notHttps(), draft("P", null, "http://x.io/p.yaml", List.of("1.4"))
                .problems(CURRENT).get(PackDraft.LINK));
        assertEquals("Pick releases from the list.", draft("P", "F1", null, List.of("1.5")).problems(CURRENT)
                .get(PackDraft.TRIED_ON));
        assertEquals("Give at most 10 releases.", draft("P", "F1", null, Collections.nCopies(11, "1.4"))
                .problems(CURRENT).get(PackDraft.TRIED_ON));
        PackDraft forgedTag = new PackDraft("P", "S", "R", List.of("signal:Traces", "language:Cobol"), List.of("1.4"),
                "F1", null, null, false);
        assertEquals("Pick tags from the list.", forgedTag.problems(CURRENT).get(PackDraft.tagBlock(PackTags.LANGUAGE)));
    }

    @Test
    void aLongListOfProblemsIsSummarisedWithTheRestByDm() {
        List<PackProblem> problems = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            problems.add(new PackProblem(i, i * 10, Optional.of("Source"), Optional.of("s" + i), "bad " + i));
        }
        String summary = PackMessages.problemsSummary(problems);
        assertEquals("Nothing was stored: 5 problems. document 1 (Source 's1'), line 10: bad 1; document 2 (Source "
                + "'s2'), line 20: bad 2; document 3 (Source 's3'), line 30: bad 3 … (all 5 in your DMs)", summary);
        assertTrue(PackMessages.summaryIsPartial(problems));
        assertEquals("Nothing was stored: 1 problem. document 1 (Source 's1'), line 10: bad 1",
                PackMessages.problemsSummary(problems.subList(0, 1)));
    }
}
