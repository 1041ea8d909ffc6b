package io.odigos.community.labs;

import static io.odigos.community.testing.ModalAnswers.assertAccepted;
import static io.odigos.community.testing.ModalAnswers.assertRefusedUnder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.odigos.community.local.EmulatedMessage;
import io.odigos.community.recognition.ContributionKind;
import io.odigos.community.testing.Eventually;
import io.odigos.community.testing.Payloads;
import io.odigos.community.testing.TestBot;
import io.odigos.community.testing.ViewJson;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Betas, participation, feedback per version, opt-ins, endings, reports and credit through signed requests. */
class LabsEndToEndTest extends LabsJourneys {

    @Test
    void anAdminCreatesABetaInTheFormBadInputsAnswerUnderTheirFieldsAndNonAdminsAreRefused() {
        assertTrue(admin(ANN, "labs-new").contains("Only community admins"));
        assertTrue(ViewJson.readable(admin(ADMIN, "help")).contains("labs-optin <id>"), "listed in /community-admin help");
        JsonObject form = adminForm("labs-new");

        Map<String, String> tooMany = goodBeta("Profiler");
        tooMany.put(BetaDraft.QUESTIONS, "1?\n2?\n3?\n4?\n5?\n6?");
        assertTrue(assertRefusedUnder(t.signed.interaction(Payloads.fillIn(ADMIN, form, tooMany)), form,
                BetaDraft.QUESTIONS).contains("1 to 5"));
        Map<String, String> broadcast = goodBeta("Profiler");
        broadcast.put(BetaDraft.ENABLING, "<!channel> set it");
        assertTrue(assertRefusedUnder(t.signed.interaction(Payloads.fillIn(ADMIN, form, broadcast)), form,
                BetaDraft.ENABLING).contains("@channel"));
        Map<String, String> badVersion = goodBeta("Profiler");
        badVersion.put(BetaDraft.VERSION, "soon");
        assertTrue(assertRefusedUnder(t.signed.interaction(Payloads.submit(ADMIN, form, badVersion)), form,
                BetaDraft.VERSION).contains("v0.1"));
        Map<String, String> ended = goodBeta("Profiler");
        ended.put(BetaDraft.STAGE, BetaStage.GA.name());
        assertTrue(assertRefusedUnder(t.signed.interaction(Payloads.submit(ADMIN, form, ended)), form,
                BetaDraft.STAGE).contains("concept, alpha or beta"));
        assertTrue(labs().participation().listing(ANN, 10).open().isEmpty(), "refused forms change nothing");
        assertTrue(assertRefusedUnder(t.signed.interaction(Payloads.fillIn(ANN, form, goodBeta("Profiler"))), form,
                BetaDraft.NAME).contains("Only community admins"), "a forged submission by a member");

        assertAccepted(t.signed.interaction(Payloads.fillIn(ADMIN, form, goodBeta("Profiler"))));
        awaitDm(ADMIN, "Created beta #");
        Beta beta = labs().participation().listing(ANN, 10).open().get(0);
        assertEquals("Profiler", beta.name());
        assertEquals(BetaStage.BETA, beta.stage(), "the form starts in beta");
        assertEquals("v0.1", beta.version());
        assertEquals(List.of("Did it install cleanly?", "What overhead did you see?"), beta.questions());

        assertTrue(admin(ADMIN, "labs-stage " + beta.id() + " alpha").contains("is now in Alpha"));
        assertTrue(admin(ADMIN, "labs-stage " + beta.id() + " alpha").contains("already"));
        assertTrue(admin(ADMIN, "labs-stage " + beta.id() + " launched").contains("Say which beta and stage"));
        assertTrue(admin(ADMIN, "labs-stage 999 beta").contains("There is no beta"));
        assertTrue(admin(BEN, "labs-stage " + beta.id() + " beta").contains("Only community admins"));
        assertEquals(BetaStage.ALPHA, stored(beta.id()).stage());
        assertEquals(List.of("labs-stage", "labs-new"), audited(), "refusals are not audited");
    }

    @Test
    void membersJoinAndLeaveAndGiveFeedbackOncePerVersionWhichCreditsThemOnce() {
        long id = beta("Profiler");
        String listing = ViewJson.readable(t.signed.slashCommand(ANN, "/labs", "").body());
        assertTrue(listing.contains("*Profiler*") && listing.contains(LabsMessages.JOIN), listing);

        click(ANN, LabsMessages.GIVE_FEEDBACK, id);
        awaitReply(ANN, "Join *Profiler*");
        click(ANN, LabsMessages.JOIN, id);
        awaitReply(ANN, "You joined *Profiler*");
        EmulatedMessage welcome = awaitDmMessage(ANN, "How to turn it on");
        assertTrue(welcome.text().contains("`x: true`"), "the admin's mrkdwn is kept: " + welcome.text());
        assertTrue(welcome.blocks().toString().contains(LabsMessages.GIVE_FEEDBACK));
        click(ANN, LabsMessages.JOIN, id);
        awaitReply(ANN, "already take part");
        assertEquals(1, dms(ANN, "How to turn it on").size(), "a second click does not DM again");
        assertTrue(ViewJson.readable(t.signed.slashCommand(ANN, "/labs", "").body()).contains(LabsMessages.LEAVE));

        JsonObject form = formFromDm(ANN, LabsMessages.GIVE_FEEDBACK, id);
        assertTrue(form.toString().contains("What overhead did you see?"));
        assertTrue(assertRefusedUnder(t.signed.interaction(Payloads.fillIn(ANN, form, Map.of())), form,
                FeedbackAnswers.block(1)).contains("at least one"));
        assertTrue(assertRefusedUnder(t.signed.interaction(Payloads.fillIn(ANN, form, Map.of(
                FeedbackAnswers.block(2), "<!here> look"))), form, FeedbackAnswers.block(2)).contains("@channel"));
        assertEquals(Map.of(), profile(ANN), "refused feedback credits nothing");
        assertAccepted(t.signed.interaction(Payloads.fillIn(ANN, form, Map.of(FeedbackAnswers.block(1),
                "Yes, <fast>", FeedbackAnswers.block(2), "2% CPU"))));
        awaitDm(ANN, "your feedback on *Profiler* v0.1 reached the team");
        assertEquals(Map.of(ContributionKind.BETA_TESTING, 1L), profile(ANN));
        assertTrue(assertRefusedUnder(t.signed.interaction(Payloads.fillIn(ANN, form, Map.of(FeedbackAnswers.block(1),
                "again"))), form, FeedbackAnswers.block(1)).contains("already gave feedback"), "a resubmitted form");
        click(ANN, LabsMessages.GIVE_FEEDBACK, id);
        awaitReply(ANN, "already gave feedback on *Profiler* v0.1");

        JsonObject ship = adminForm("labs-version " + id);
        assertTrue(assertRefusedUnder(t.signed.interaction(Payloads.submit(ADMIN, ship, Map.of(VersionDraft.VERSION,
                "v0.1", VersionDraft.CHANGES, "Nothing"))), ship, VersionDraft.VERSION).contains("already"));
        assertAccepted(t.signed.interaction(Payloads.submit(ADMIN, ship, Map.of(VersionDraft.VERSION, "v0.2",
                VersionDraft.CHANGES, "Lower overhead <50%"))));
        awaitDm(ADMIN, "v0.2 shipped; 1 participant");
        EmulatedMessage news = awaitDmMessage(ANN, "v0.2 is out");
        assertTrue(news.text().contains("&lt;50%"), "escaped: " + news.text());
        assertTrue(dms(BEN, "v0.2").isEmpty(), "only participants hear of it");

        JsonObject again = formFromDm(ANN, LabsMessages.GIVE_FEEDBACK, id);
        assertAccepted(t.signed.interaction(Payloads.fillIn(ANN, again, Map.of(FeedbackAnswers.block(2), "1% CPU"))));
        awaitDm(ANN, "*Profiler* v0.2 reached the team");
        assertEquals(Map.of(ContributionKind.BETA_TESTING, 1L), profile(ANN), "credited once per beta");

        click(ANN, LabsMessages.LEAVE, id);
        awaitReply(ANN, "You left *Profiler*");
        click(ANN, LabsMessages.LEAVE, id);
        awaitReply(ANN, "You do not take part");
        assertAccepted(t.signed.interaction(Payloads.submit(ADMIN, adminForm("labs-version " + id), Map.of(
                VersionDraft.VERSION, "v0.3", VersionDraft.CHANGES, "Faster"))));
        awaitDm(ADMIN, "v0.3 shipped; 0 participants");
        assertEquals(1, dms(ANN, "is out").size(), "who left hears nothing more");
        assertEquals("v0.3", stored(id).version());
        assertEquals(List.of("labs-version", "labs-version", "labs-new"), audited());
    }

    @Test
    void adminsOptInAUserGroupAndAListOfMembersWhoGetTheInstructionsOnce() {
        long id = beta("Profiler");
        admin(ADMIN, "ban <@" + DAN + "|dan> spam");
        click(ANN, LabsMessages.JOIN, id);
        awaitDm(ANN, "You joined");
        t.slack.defineUserGroup("S0LABS", List.of(ANN, BEN, DAN));

        JsonObject form = adminForm("labs-optin " + id);
        assertTrue(assertRefusedUnder(t.signed.interaction(Payloads.submit(ADMIN, form, Map.of())), form,
                LabsForms.MEMBERS).contains("Pick members"));
        assertTrue(assertRefusedUnder(t.signed.interaction(Payloads.submit(ADMIN, form, Map.of(LabsForms.GROUP,
                "the devs"))), form, LabsForms.GROUP).contains("ID"));
        assertAccepted(t.signed.interaction(Payloads.submit(ADMIN, form, Map.of(LabsForms.GROUP, "S0LABS",
                LabsForms.MEMBERS, CAL))));
        awaitDm(CAL, "opted you in to *Profiler*");
        awaitDm(BEN, "opted you in to *Profiler*");
        awaitDm(ADMIN, "Opted 1 member in");
        awaitDm(ADMIN, "Opted 1 member in to *Profiler* (2 already in or banned)");
        assertTrue(dms(DAN, "Profiler").isEmpty(), "a banned member is not opted in");
        assertTrue(dms(ANN, "opted you in").isEmpty(), "a participant is not told again");

        assertAccepted(t.signed.interaction(Payloads.submit(ADMIN, adminForm("labs-optin " + id), Map.of(
                LabsForms.GROUP, "S0NOPE"))));
        awaitDm(ADMIN, "could not read the members of the user group `S0NOPE`");
        assertEquals(3, labs().reports().participantCount(id));
        assertEquals(List.of("labs-optin", "labs-optin", "labs-new"), audited());
    }

    @Test
    void graduationTellsEveryParticipantAndThanksTheChannelOnceAndItsButtonsGoStale() {
        long id = beta("Profiler");
        for (String member : List.of(ANN, BEN)) {
            click(member, LabsMessages.JOIN, id);
            awaitDm(member, "How to turn it on");
        }
        assertAccepted(t.signed.interaction(Payloads.fillIn(ANN, formFromDm(ANN, LabsMessages.GIVE_FEEDBACK, id),
                Map.of(FeedbackAnswers.block(1), "Yes"))));
        awaitDm(ANN, "reached the team");

        JsonObject form = adminForm("labs-stage " + id + " ga");
        assertTrue(assertRefusedUnder(t.signed.interaction(Payloads.submit(ADMIN, form, Map.of())), form,
                LabsAdmin.OUTCOME).contains("what changed"));
        assertEquals(BetaStage.BETA, stored(id).stage());
        assertAccepted(t.signed.interaction(Payloads.submit(ADMIN, form, Map.of(LabsAdmin.OUTCOME,
                "The overhead cap is now 1% by default."))));
        awaitDm(ANN, "*Profiler* has graduated");
        awaitDm(BEN, "The overhead cap is now 1% by default.");
        String thanks = t.slack.awaitCall("chat.postMessage", c -> TestBot.CHANNEL.equals(c.param("channel")), WAIT)
                .param("text");
        assertTrue(thanks.contains("2 members who tried it and the 1 who gave feedback (<@UANN>)"), thanks);
        assertEquals(BetaStage.GA, stored(id).stage());

        assertTrue(assertRefusedUnder(t.signed.interaction(Payloads.submit(ADMIN, form, Map.of(LabsAdmin.OUTCOME,
                "Again"))), form, LabsAdmin.OUTCOME).contains("has graduated"), "the form sent twice");
        assertTrue(admin(ADMIN, "labs-stage " + id + " retired").contains("has graduated"));
        assertTrue(admin(ADMIN, "labs-version " + id).contains("has graduated"));
        click(CAL, LabsMessages.JOIN, id);
        awaitReply(CAL, "*Profiler* has graduated: it no longer takes participants");
        click(ANN, LabsMessages.GIVE_FEEDBACK, id);
        awaitReply(ANN, "has graduated");
        Eventually.holds("one thanks, one DM each", WAIT, () -> dms(ANN, "has graduated").size() == 1);
        assertEquals(1, t.slack.messages(TestBot.CHANNEL).stream().filter(m -> m.text().contains("Thank you")).count());
        assertEquals(1, dms(BEN, "has graduated").size());
        String listing = ViewJson.readable(t.signed.slashCommand(CAL, "/labs", "").body());
        assertTrue(listing.contains("Past betas") && listing.contains("GA (graduated)"), listing);
        assertEquals(List.of("labs-stage", "labs-new"), audited());
    }

    @Test
    void adminsReadASummaryMoveStagesFromItAndExportTheFeedbackAsCsv() {
        long id = beta("Profiler");
        for (String member : List.of(ANN, BEN)) {
            click(member, LabsMessages.JOIN, id);
            awaitDm(member, "How to turn it on");
        }
        assertAccepted(t.signed.interaction(Payloads.fillIn(ANN, formFromDm(ANN, LabsMessages.GIVE_FEEDBACK, id),
                Map.of(FeedbackAnswers.block(1), "=SUM(A1)", FeedbackAnswers.block(2), "Low, \"none\""))));
        awaitDm(ANN, "reached the team");

        assertTrue(admin(BEN, "labs-summary " + id).contains("Only community admins"));
        JsonObject summary = adminForm("labs-summary " + id);
        String shown = ViewJson.readable(summary.toString());
        assertTrue(shown.contains("Participants: 2* · gave feedback: 1"), shown);
        assertTrue(shown.contains("v0.1 · Q1 Did it install cleanly?: 1"), shown);
        assertTrue(shown.contains("<@UANN> on v0.1, Q2: Low, \\\"none\\\""), shown);

        t.signed.interaction(Payloads.clickInView(BEN, summary, LabsViews.move(BetaStage.ALPHA), Long.toString(id)));
        awaitDm(BEN, "Only community admins");
        assertEquals(BetaStage.BETA, stored(id).stage(), "a member's forged click changes nothing");
        t.slack.clear();
        assertEquals(200, t.signed.interaction(Payloads.clickInView(ADMIN, summary, LabsViews.move(BetaStage.ALPHA), Long.toString(id)))
                .statusCode());
        t.slack.awaitCall("views.update", WAIT);
        assertEquals(BetaStage.ALPHA, stored(id).stage());
        t.slack.clear();
        t.signed.interaction(Payloads.clickInView(ADMIN, summary, LabsViews.move(BetaStage.RETIRED), Long.toString(id)));
        t.slack.awaitCall("views.push", WAIT);
        assertTrue(t.slack.lastOpenedView().toString().contains(LabsAdmin.OUTCOME), "retiring asks what changed");

        assertTrue(admin(ADMIN, "labs-export " + id).contains("arrives in your DM as a CSV file"));
        Eventually.holds("the export arrives", WAIT, () -> t.slack.uploadedFiles().size() == 1);
        var file = t.slack.uploadedFiles().get(0);
        assertEquals("D" + ADMIN, file.channel());
        String csv = new String(file.bytes(), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("member,opted_in_by,joined_at,version,answered_at,question,answer\r\n"), csv);
        assertTrue(csv.contains(",v0.1,") && csv.contains(",Did it install cleanly?,'=SUM(A1)\r\n"), "a formula is "
                + "defused: " + csv);
        assertTrue(csv.contains("\"Low, \"\"none\"\"\""), "quoted per RFC 4180: " + csv);
        assertTrue(csv.lines().anyMatch(l -> l.startsWith(BEN + ",,") && l.endsWith(",,,,")), "Ben has not answered: "
                + csv);
        assertTrue(admin(ADMIN, "labs-export 999").contains("There is no beta"));
    }

    @Test
    void bannedMembersCannotJoinOrGiveFeedback() {
        long id = beta("Profiler");
        admin(ADMIN, "ban <@" + BEN + "|ben> spam");
        click(BEN, LabsMessages.JOIN, id);
        awaitReply(BEN, "stopped you");
        assertEquals(0, labs().reports().participantCount(id));

        for (String member : List.of(CAL, DAN)) {
            click(member, LabsMessages.JOIN, id);
            awaitDm(member, "How to turn it on");
        }
        JsonObject form = formFromDm(CAL, LabsMessages.GIVE_FEEDBACK, id);
        admin(ADMIN, "ban <@" + CAL + "|cal> spam");
        admin(ADMIN, "ban <@" + DAN + "|dan> spam");
        assertTrue(assertRefusedUnder(t.signed.interaction(Payloads.fillIn(CAL, form, Map.of(FeedbackAnswers.block(1),
                "Yes"))), form, FeedbackAnswers.block(1)).contains("stopped you"), "a form opened before the ban");
        click(DAN, LabsMessages.GIVE_FEEDBACK, id);
        awaitReply(DAN, "stopped you");
        assertEquals(Map.of(), profile(CAL));
    }

    Map<ContributionKind, Long> profile(String member) {
        return t.bot.features().recognition().service().profile(member).contributions();
    }

    EmulatedMessage awaitDmMessage(String user, String containing) {
        awaitDm(user, containing);
        return dms(user, containing).get(0);
    }
}
