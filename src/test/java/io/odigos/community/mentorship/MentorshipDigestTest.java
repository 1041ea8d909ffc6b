package io.odigos.community.mentorship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.odigos.community.core.CommunityFacts;
import io.odigos.community.testing.BotJourneys;
import io.odigos.community.testing.TestBot;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Mentorship's section of the digest, read in the admin's preview of the community update (the fortnight since the
 * last issue): new pairs, completed mentorships and the areas that need mentors; and the fact a pair's start leaves
 * for the retention metric.
 */
class MentorshipDigestTest extends BotJourneys {

    static final Duration WAIT = Duration.ofSeconds(10);

    MentorshipFeature mentorship() {
        return t.bot.features().mentorship();
    }

    void mentor(String member, String area) {
        mentorship().signUp().offer(member, new MentorDraft(List.of(area), 1, "Weekday evenings"));
    }

    void ask(String mentee, String area) {
        mentorship().requests().request(mentee, new MenteeDraft(area, "Land a first pull request", Experience.NEW,
                null));
    }

    /** The mentor accepts the proposal waiting on them; the pair starts. */
    Pair accept(String mentor) {
        Proposal proposal = mentorship().admin().overview().proposals().stream()
                .filter(p -> p.mentorId().equals(mentor)).findFirst()
                .orElseThrow(() -> new AssertionError("no proposal waits on " + mentor));
        return mentorship().proposals().accept(proposal.id(), mentor);
    }

    /** The mentee's pull request is merged: recognition tells the completion in its transaction, as the webhook does. */
    void complete(Pair pair) {
        t.bot.platform().database().runInTransaction(em -> mentorship().completions().pullRequestMerged(em,
                pair.menteeId(), "https://github.com/odigos-io/odigos/pull/" + pair.id(), t.clock.instant()));
    }

    /** The update's preview as the admin receives it in their DM. */
    String preview() {
        t.slack.clear();
        assertTrue(t.signed.slashCommand(TestBot.ADMIN, "/community-admin", "digest preview update").body()
                .contains("on its way"));
        t.slack.awaitCall("chat.postMessage", c -> TestBot.ADMIN.equals(c.param("channel"))
                && c.param("text") != null && c.param("text").contains("Preview: Community update"), WAIT);
        return t.slack.dmsTo(TestBot.ADMIN).stream().filter(m -> m.text().contains("Preview: Community update"))
                .reduce((a, b) -> b).orElseThrow().visibleText();
    }

    @Test
    void theSectionTellsThePeriodsNewPairsCompletionsAndTheAreasWhereMenteesWait() {
        // the fortnight before: a mentorship started and completed, and one started that completes later
        mentor("UANN", "eBPF");
        ask("UOLD", "eBPF");
        complete(accept("UANN"));
        mentor("UBEN", "Docs");
        ask("UMIA", "Docs");
        Pair earlier = accept("UBEN");
        t.clock.advance(Duration.ofDays(15)); // an update is issued in between: the preview starts after it

        ask("UCY", "eBPF");
        Pair started = accept("UANN");
        complete(earlier);
        mentorship().signUp().pause("UBEN", true);
        mentor("UCAL", "UI");
        ask("UFAY", "UI");
        mentorship().admin().end(TestBot.ADMIN, accept("UCAL").id()); // ended without completing
        mentorship().signUp().pause("UCAL", true);
        // nobody has a free place now (matching asks any free mentor, whatever their areas): these wait
        ask("UDEV", "eBPF");
        ask("UEVE", "eBPF");
        ask("UHAL", "Helm and Kubernetes");
        mentorship().admin().addArea(TestBot.ADMIN, "Go & <Rust>");
        ask("UIVY", "Go & <Rust>");

        String digest = preview();
        assertTrue(digest.contains("*Mentorship*"), digest);
        assertTrue(digest.contains("*New pairs:* <@UANN> mentors <@UCY> in eBPF, <@UCAL> mentors <@UFAY> in UI\n"),
                digest);
        assertTrue(digest.contains("*Mentorships completed:* <@UBEN> and <@UMIA> in Docs\n"), "a pair ended by an "
                + "admin is not completed, and the one completed before the period is not repeated: " + digest);
        assertTrue(digest.contains("*Mentors needed:* eBPF (2 waiting), Go &amp; &lt;Rust&gt; (1 waiting), "
                + "Helm and Kubernetes (1 waiting)"), digest);
        assertFalse(digest.contains("<@UOLD>"), digest);

        List<?> fact = t.bot.platform().database().inTransaction(em -> em.createNativeQuery("select member_id, "
                        + "detail from community_facts where fact_type = ?1 and reference = ?2 and occurred_at = "
                        + "(select started_at from mentorship_pairs where id = ?3)")
                .setParameter(1, CommunityFacts.MENTORSHIP_MENTEE).setParameter(2, "pair:" + started.id())
                .setParameter(3, started.id()).getResultList());
        assertEquals(1, fact.size(), "the pair's start is recorded once, at its start, for the retention metric");
        assertEquals(List.of("UCY", "eBPF"), List.of(((Object[]) fact.get(0))[0], ((Object[]) fact.get(0))[1]));
    }

    @Test
    void aPeriodWithNothingToTellLeavesTheSectionOut() {
        mentor("UANN", "eBPF");
        ask("UMIA", "eBPF");
        Pair pair = accept("UANN");
        t.clock.advance(Duration.ofDays(15));
        mentorship().admin().end(TestBot.ADMIN, pair.id()); // ended, not completed; nobody waits
        String digest = preview();
        assertTrue(digest.contains("quiet fortnight"), digest);
        assertFalse(digest.contains("*Mentorship*") || digest.contains("Mentors needed"), digest);
    }

    @Test
    void longListsStayShortAndSayThereIsMore() {
        for (int i = 0; i < MentorshipDigest.SHOWN + 1; i++) {
            mentor("UMENTOR" + i, "eBPF");
            ask("UMENTEE" + i, "eBPF");
            accept("UMENTOR" + i);
        }
        String digest = preview();
        assertTrue(digest.contains("<@UMENTOR7> mentors <@UMENTEE7> in eBPF and more"), digest);
        assertFalse(digest.contains("<@UMENTEE8>"), digest);
    }
}
