package io.odigos.community.mentorship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.odigos.community.local.EmulatorCall;
import io.odigos.community.testing.FakeGitHub;
import io.odigos.community.testing.Payloads;
import io.odigos.community.testing.TestBot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pair's introduction offers the repository's good first issues from a fake GitHub, and the mentee claims one. */
class GoodFirstIssuesEndToEndTest extends MentorshipJourneys {

    static final String REPO = "odigos-io/odigos"; // GITHUB_REPOSITORY_URL's default
    static final String TOKEN = "github_pat_issue_search_token";

    private boolean withToken = true;

    @Override
    protected Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>(super.settings());
        if (withToken) {
            settings.put("GITHUB_TOKEN", TOKEN);
        }
        return settings;
    }

    /** Mentor and mentee sign up, the mentor accepts with the signed button; answers the introduction. */
    EmulatorCall pair(String mentor, String mentee, String area, String issueUrl) {
        t.bot.features().mentorship().signUp().offer(mentor, new MentorDraft(List.of(area), 1, "Evenings"));
        t.bot.features().mentorship().requests().request(mentee, new MenteeDraft(area, "My first pull request", Experience.NEW,
                issueUrl));
        long proposal = t.bot.features().mentorship().admin().overview().proposals().stream()
                .filter(p -> p.mentorId().equals(mentor)).findFirst().orElseThrow().id();
        t.signed.interaction(Payloads.clickInMessage(mentor, "D" + mentor, "1.0", MentorshipViews.ACCEPT,
                Long.toString(proposal)));
        return t.slack.awaitCall("chat.postMessage", c -> c.param("channel").startsWith("G")
                && c.param("text").contains("Welcome to your mentorship, <@" + mentee + ">"), WAIT);
    }

    /** The Claim buttons' values, in the order the introduction shows them. */
    static List<String> claimButtons(EmulatorCall intro) {
        List<String> values = new ArrayList<>();
        for (JsonElement block : JsonParser.parseString(intro.param("blocks")).getAsJsonArray()) {
            JsonObject accessory = block.getAsJsonObject().getAsJsonObject("accessory");
            if (accessory != null && MentorshipViews.CLAIM.equals(accessory.get("action_id").getAsString())) {
                values.add(accessory.get("value").getAsString());
            }
        }
        return values;
    }

    static String blocksText(EmulatorCall intro) {
        StringBuilder text = new StringBuilder();
        JsonArray blocks = JsonParser.parseString(intro.param("blocks")).getAsJsonArray();
        blocks.forEach(b -> {
            JsonObject block = b.getAsJsonObject();
            if (block.has("text")) {
                text.append(block.getAsJsonObject("text").get("text").getAsString()).append('\n');
            }
        });
        return text.toString();
    }

    void claim(String user, EmulatorCall intro, String buttonValue) {
        t.signed.interaction(Payloads.clickInMessage(user, intro.param("channel"), "1.0", MentorshipViews.CLAIM,
                buttonValue));
    }

    Pair pairOf(String mentee) {
        return t.bot.platform().database().inTransaction(em -> em.createQuery(
                "select p from Pair p where p.menteeId = :m", Pair.class).setParameter("m", mentee).getSingleResult());
    }

    FakeGitHub.Request search() {
        return github.requests().stream().filter(r -> r.path().equals("/search/issues")).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("GitHub's search was not asked"));
    }

    @Test
    void theIntroductionOffersThreeIssuesEscapedAndOnlyTheMenteeClaimsWhileThePairLasts() {
        github.goodFirstIssues(REPO, List.of(
                new FakeGitHub.Issue(101, "Fix the typo in the install guide", List.of("good first issue")),
                new FakeGitHub.Issue(102, "<!channel> <b>x</b> & more", List.of("good first issue")),
                new FakeGitHub.Issue(103, "Log the collector's version", List.of("good first issue")),
                new FakeGitHub.Issue(104, "Add a UI tooltip", List.of("good first issue"))));
        EmulatorCall intro = pair(ANN, MIA, "Docs", null);

        String shown = blocksText(intro);
        String text = intro.param("text");
        for (String s : List.of(shown, text)) {
            assertTrue(s.indexOf("#101 Fix the typo") < s.indexOf("#102 ") && s.indexOf("#102 ") < s.indexOf("#103 ")
                    && s.indexOf("#101") > 0, "GitHub's order: " + s);
            assertFalse(s.contains("#104"), "three at most: " + s);
            assertTrue(s.contains("#102 &lt;!channel&gt; &lt;b&gt;x&lt;/b&gt; &amp; more"), "escaped: " + s);
            assertFalse(s.contains("<!channel>"), s);
        }
        assertTrue(shown.contains("<https://github.com/" + REPO + "/issues/101|#101 Fix the typo"), shown);
        List<String> buttons = claimButtons(intro);
        assertEquals(3, buttons.size());
        FakeGitHub.Request search = search();
        String q = FakeGitHub.form(search.query()).get("q");
        assertTrue(q.contains("repo:" + REPO) && q.contains("is:open") && q.contains("label:\"good first issue\""), q);
        assertEquals("Bearer " + TOKEN, search.authorization(), "the token goes with the search when one is set");

        claim(ANN, intro, buttons.get(0));
        awaitReply(ANN, "Only <@" + MIA + "> can claim");
        claim(CY, intro, buttons.get(0));
        awaitReply(CY, "Only the mentee of this pair");
        assertTrue(pairOf(MIA).issueNumber().isEmpty(), "refused clicks change nothing");

        claim(MIA, intro, buttons.get(0));
        awaitReply(MIA, "#101 is yours");
        t.slack.awaitCall("chat.postMessage", c -> c.param("channel").equals(intro.param("channel"))
                && c.param("text").contains("<@" + MIA + "> took <https://github.com/" + REPO + "/issues/101|#101 Fix")
                && c.param("text").contains("comment on the issue"), WAIT);
        claim(MIA, intro, buttons.get(1));
        awaitReply(MIA, "#102 is yours; #101 is free again");
        t.slack.awaitCall("chat.postMessage", c -> c.param("channel").equals(intro.param("channel"))
                && c.param("text").contains("&lt;!channel&gt;") && c.param("text").contains("instead of #101"), WAIT);
        claim(MIA, intro, buttons.get(1));
        awaitReply(MIA, "already claimed #102");
        Pair mia = pairOf(MIA);
        assertEquals(102L, mia.issueNumber().orElseThrow());
        assertEquals("<!channel> <b>x</b> & more", mia.issueTitle(), "stored as GitHub wrote it, escaped when shown");
        assertEquals("https://github.com/" + REPO + "/issues/102", mia.issueUrl());

        // another pair is not offered Mia's issue, and cannot take it from an old button either
        EmulatorCall second = pair(BEN, CY, "Docs", null);
        String offered = blocksText(second);
        assertTrue(offered.contains("#101") && offered.contains("#103") && offered.contains("#104")
                && !offered.contains("#102"), offered);
        claim(CY, intro, buttons.get(1));
        awaitReply(CY, "Only the mentee of this pair");

        t.signed.slashCommand(TestBot.ADMIN, "/community-admin", "mentorship-end " + mia.id());
        t.slack.awaitCall("chat.postMessage", c -> MIA.equals(c.param("channel"))
                && c.param("text").contains("has ended"), WAIT);
        claim(MIA, intro, buttons.get(2));
        awaitReply(MIA, "This mentorship has ended");
        assertEquals(102L, pairOf(MIA).issueNumber().orElseThrow(), "a stale button changes nothing");
    }

    @Test
    void theMenteesOwnIssueComesFirstAndTheAreaBeforeTheNewest() {
        github.goodFirstIssues(REPO, List.of(
                new FakeGitHub.Issue(201, "Fix the typo in the install guide", List.of("good first issue")),
                new FakeGitHub.Issue(202, "eBPF: log the probe's load time", List.of("good first issue")),
                new FakeGitHub.Issue(203, "Rename a flag", List.of("good first issue", "ebpf")),
                new FakeGitHub.Issue(204, "Log the collector's version", List.of("good first issue"))));
        EmulatorCall intro = pair(ANN, MIA, "eBPF", "https://github.com/" + REPO + "/issues/204");

        String shown = blocksText(intro);
        assertTrue(shown.contains("*The issue you picked:* <https://github.com/" + REPO + "/issues/204|#204 Log"), shown);
        assertTrue(shown.indexOf("#204") < shown.indexOf("#202") && shown.indexOf("#202") < shown.indexOf("#203"),
                shown);
        assertFalse(shown.contains("#201"), "the pick counts as one of the three: " + shown);
        List<String> buttons = claimButtons(intro);
        assertEquals(3, buttons.size());
        claim(MIA, intro, buttons.get(0));
        awaitReply(MIA, "#204 is yours");
    }

    @Test
    void whenGitHubCannotAnswerTheIntroductionStillPostsWithTheLinkAndNoTokenIsSentWithoutOne() throws Exception {
        withToken = false;
        restart();
        github.failWith(503);
        EmulatorCall intro = pair(ANN, MIA, "Docs", null);

        String shown = blocksText(intro);
        assertTrue(shown.contains("could not be fetched") && shown.contains("<https://github.com/" + REPO
                + "/issues?q=is%3Aissue+is%3Aopen+label%3A%22good+first+issue%22|the open good first issues>"), shown);
        assertTrue(intro.param("text").contains("could not be fetched"), intro.param("text"));
        assertTrue(claimButtons(intro).isEmpty());
        assertNull(search().authorization(), "no token configured: an anonymous search");

        github.recover();
        github.goodFirstIssues(REPO, List.of(new FakeGitHub.Issue(301, "Rename a flag", List.of("good first issue"))));
        EmulatorCall next = pair(BEN, CY, "Docs", null);
        assertTrue(blocksText(next).contains("#301 Rename a flag"), "GitHub back: the next pair gets its issues");
    }
}
