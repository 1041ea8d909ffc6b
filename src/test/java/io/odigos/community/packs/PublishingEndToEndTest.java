package io.odigos.community.packs;

import static io.odigos.community.testing.ModalAnswers.assertAccepted;
import static io.odigos.community.testing.ModalAnswers.assertRefusedUnder;
import static io.odigos.community.testing.ModalAnswers.element;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.odigos.community.local.EmulatorCall;
import io.odigos.community.recognition.Badge;
import io.odigos.community.recognition.ContributionKind;
import io.odigos.community.testing.Payloads;
import io.odigos.community.testing.TestBot;
import io.odigos.community.testing.ViewJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Publishing packs from Slack, their review, credit and card, and every bad input, through signed requests. */
class PublishingEndToEndTest extends PacksJourneys {

    @Test
    void anUploadedPackWaitsForAnAdminWhoseApprovalPublishesItPostsItsCardAndCreditsTheAuthorOnce() {
        JsonObject form = openPublish(ANN);
        List<String> offered = new ArrayList<>();
        element(form, PackDraft.TRIED_ON).getAsJsonArray("options")
                .forEach(o -> offered.add(o.getAsJsonObject().get("value").getAsString()));
        assertEquals(List.of("1.4", "1.3", "1.2", "1.1", "1.0"), offered, "the current minor back to 1.0");
        assertEquals("file_input", element(form, PackDraft.FILE).get("type").getAsString());
        String fileId = upload("payments.yaml", file("valid-every-kind.yaml"));
        assertAccepted(submit(ANN, form, described("PII-safe tracing <for> Java"), fileId));
        t.slack.awaitCall("files.info", c -> fileId.equals(c.param("file")), WAIT);
        awaitDm(ANN, "passed the checks (12 documents) and waits for an admin");
        String request = awaitDm(ADMIN, "published the pack *PII-safe tracing &lt;for&gt; Java* v1").param("blocks");
        assertTrue(request.contains(PackMessages.APPROVE) && request.contains(PackMessages.DECLINE), request);
        assertTrue(request.contains("payments.yaml"), "the source: " + request);
        long packId = packIdNamed("PII-safe tracing <for> Java");
        Pack pending = pack(packId);
        assertEquals(PackStatus.PENDING, pending.status());
        assertEquals("pii-safe-tracing-for-java", pending.slug());
        assertEquals(List.of("language:Java", "signal:Traces"), pending.tags());
        PackVersion v1 = versions(packId).get(0);
        assertEquals(List.of("1.3", "1.4"), v1.triedOn());
        assertEquals(PackStatus.PENDING, v1.status());
        t.slack.clear();
        t.signed.slashCommand(ADMIN, "/community-admin", "queue");
        t.slack.awaitCall("views.open", WAIT);
        String queue = ViewJson.readable(t.slack.lastOpenedView().toString());
        assertTrue(queue.contains("*PII-safe tracing &lt;for&gt; Java* v1 by <@UANN>"), "the moderation queue: " + queue);

        clickInDm(ANN, PackMessages.APPROVE, v1.id());
        awaitReply(ANN, "Only community admins can do that.");
        assertEquals(PackStatus.PENDING, pack(packId).status());

        clickInDm(ADMIN, PackMessages.APPROVE, v1.id());
        awaitReply(ADMIN, "v1 is published; its author has been told");
        awaitDm(ANN, "is published: kubectl apply -f ");
        EmulatorCall card = t.slack.awaitCall("chat.postMessage", c -> TestBot.CHANNEL.equals(c.param("channel"))
                && c.param("blocks") != null && c.param("blocks").contains(PackActions.RATE), WAIT);
        String blocks = ViewJson.readable(card.param("blocks"));
        assertTrue(blocks.contains("kubectl apply -f " + t.bot.platform().config().publicUrl()
                + "/packs/pii-safe-tracing-for-java/v1.yaml"), blocks);
        assertTrue(blocks.contains(v1.sha256()) && blocks.contains(PackActions.CONFIRM)
                && blocks.contains("report_item") && !blocks.contains(PackActions.NEW_VERSION), blocks);
        assertTrue(blocks.contains("&lt;for&gt;"), "the name is escaped: " + blocks);
        assertEquals(PackStatus.PUBLISHED, pack(packId).status());
        assertTrue(packs().awaitingApproval().awaitingApproval().isEmpty());
        awaitPosted(packId);

        clickInDm(ADMIN, PackMessages.APPROVE, v1.id());
        awaitReply(ADMIN, "was already published by <@UADMIN>; nothing changed");
        var profile = t.bot.features().recognition().service().profile(ANN);
        assertEquals(Map.of(ContributionKind.PACK, 1L), profile.contributions(), "credited once");
        assertEquals(List.of("pack-author"), profile.badges().stream().map(Badge::id).toList());
        assertEquals(1, t.bot.platform().database().inTransaction(em -> t.bot.platform().audit().recent(em, 20))
                .stream().filter(a -> a.action().startsWith("pack-")).count(), "a stale click is not audited");

        String ts = pack(packId).postTs();
        packs().ratings().rate(CAL, packId, 5);
        t.slack.awaitCall("chat.update", c -> ts.equals(c.param("ts")) && c.param("blocks") != null
                && c.param("blocks").contains("(1 rating)"), WAIT);
        packs().moderatable().hide(Long.toString(packId), ADMIN);
        t.slack.awaitCall("chat.update", c -> ts.equals(c.param("ts")) && PackViews.HIDDEN.equals(c.param("text")),
                WAIT);
    }

    @Test
    void aNewVersionKeepsTheEarlierOneAndOnlyTheAuthorMaySendOneAtATime() {
        long packId = publish(ANN, "Sampling for a Go mesh");
        long v1 = versions(packId).get(0).id();
        packs().reviews().approve(ADMIN, v1);
        awaitPosted(packId);
        String v1Sha = versions(packId).get(0).sha256();

        t.slack.clear();
        assertEquals(200, t.signed.slashCommand(ANN, "/packs", "mine").statusCode());
        clickInDm(BEN, PackActions.NEW_VERSION, packId);
        awaitReply(BEN, "Only the pack's author can publish a new version");

        JsonObject form = formFromDm(ANN, PackActions.NEW_VERSION, packId);
        assertEquals("Sampling for a Go mesh", element(form, PackDraft.NAME).get("initial_value").getAsString());
        assertEquals("language:Java", element(form, PackDraft.tagBlock(PackTags.LANGUAGE))
                .getAsJsonArray("initial_options").get(0).getAsJsonObject().get("value").getAsString());
        assertTrue(assertRefusedUnder(submit(ANN, form, Map.of(PackDraft.TRIED_ON, "1.4"),
                upload("v2.yaml", file("valid-every-kind.yaml"))), form, PackDraft.CHANGES).contains("what changed"));
        byte[] v2Yaml = (new String(file("valid-every-kind.yaml")) + "\n# v2: tuned\n").getBytes();
        assertAccepted(submit(ANN, form, Map.of(PackDraft.TRIED_ON, "1.4", PackDraft.CHANGES, "Tuned the sampler",
                PackDraft.NAME, "Tuned sampling for a Go mesh"), upload("v2.yaml", v2Yaml)));
        awaitDm(ADMIN, "sent *Sampling for a Go mesh* v2");
        assertEquals("Sampling for a Go mesh", pack(packId).name(), "a new version's words wait for review too");
        assertTrue(t.slack.dmsTo(ADMIN).stream().anyMatch(m -> m.visibleText().contains("Tuned sampling for a Go mesh")),
                "the admin reviews the new words");
        clickInDm(ANN, PackActions.NEW_VERSION, packId);
        awaitReply(ANN, "already waits for an admin");

        List<PackVersion> versions = versions(packId);
        assertEquals(List.of(2, 1), versions.stream().map(PackVersion::number).toList());
        assertEquals(PackStatus.PENDING, versions.get(0).status());
        assertEquals("Tuned the sampler", versions.get(0).changes());
        packs().reviews().approve(ADMIN, versions.get(0).id());
        t.slack.awaitCall("chat.update", c -> c.param("blocks") != null && c.param("blocks").contains("/v2.yaml"), WAIT);
        versions = versions(packId);
        assertEquals(List.of(PackStatus.PUBLISHED, PackStatus.PUBLISHED), versions.stream().map(PackVersion::status)
                .toList());
        assertEquals("Tuned sampling for a Go mesh", pack(packId).name(), "published, the pack takes them");
        assertEquals(v1Sha, versions.get(1).sha256(), "the earlier version is kept as it was");
        assertEquals(Map.of(ContributionKind.PACK, 1L), t.bot.features().recognition().service().profile(ANN).contributions(),
                "a new version is not a second pack");
    }

    @Test
    void aDeclinedFirstVersionLeavesThePackDeclinedAndTheAuthorHearsWhy() {
        long packId = publish(ANN, "Logs to Loki");
        long v1 = versions(packId).get(0).id();
        clickInDm(BEN, PackMessages.DECLINE, v1);
        awaitReply(BEN, "Only community admins");
        JsonObject form = formFromDm(ADMIN, PackMessages.DECLINE, v1);
        assertTrue(assertRefusedUnder(submit(ADMIN, form, Map.of(DeclineForm.REASON, " "), null), form,
                DeclineForm.REASON).contains("Say why"));
        assertEquals(PackStatus.PENDING, pack(packId).status());
        assertAccepted(submit(ADMIN, form, Map.of(DeclineForm.REASON, "The <README> is empty of use cases"), null));
        var dm = awaitDm(ANN, "An admin declined *Logs to Loki* v1");
        assertTrue(dm.param("text").contains("&lt;README&gt;"), dm.param("text"));
        assertEquals(PackStatus.DECLINED, pack(packId).status());
        assertEquals(PackStatus.DECLINED, versions(packId).get(0).status());

        clickInDm(ADMIN, PackMessages.APPROVE, v1);
        awaitReply(ADMIN, "was already declined by <@UADMIN>");
        assertTrue(assertRefusedUnder(submit(ADMIN, form, Map.of(DeclineForm.REASON, "Again"), null), form,
                DeclineForm.REASON).contains("already declined"), "a form left open on a decided version");
        clickInDm(ANN, PackActions.NEW_VERSION, packId);
        awaitReply(ANN, "was declined; publish it as a new pack");
        assertTrue(t.bot.features().recognition().service().profile(ANN).contributions().isEmpty());
    }

    @Test
    void eachBadFileIsRefusedUnderTheFileFieldWithItsProblemsAndNothingIsStored() {
        assertFileRefused("invalid-yaml.yaml", file("invalid-yaml.yaml"),
                "Nothing was stored: 1 problem. document 2, line 16: not valid YAML: ");
        assertFileRefused("unknown-kinds.yaml", file("unknown-kinds.yaml"), "Nothing was stored: 3 problems. "
                + "document 1 (CollectorsGroup 'gateway'), line 2: CollectorsGroup (odigos.io/v1alpha1) is not a kind");
        assertFileRefused("schema-violations.yaml", file("schema-violations.yaml"),
                "Nothing was stored: 5 problems. document 2 (Destination 'tempo'), line 13: spec.type is required; ");
        awaitDm(ANN, "schema-violations.yaml was not stored: the bot found 5 problems");
        assertFileRefused("secret.yaml", file("secret.yaml"), "Nothing was stored: 1 problem. document 1 (Secret "
                + "'tempo-credentials'), line 2: a Secret must not be in a pack");
        String credentials = assertFileRefused("credentials.yaml", PackFiles.withCredentialShapes("credentials.yaml"),
                "Nothing was stored: 9 problems. document 1 (Destination 'vendor'), line 12: 'VENDOR_API_KEY' holds a "
                        + "literal value, which looks like a credential");
        assertTrue(credentials.endsWith("(all 9 in your DMs)"), credentials);
        awaitDm(ANN, "looks like a private key");
        assertFileRefused("huge.yaml", new byte[10_000_000], "The file is 10.0 MB: a pack is at most 1 MB "
                + "(1,048,576 bytes). Nothing was stored.");
    }

    @Test
    void badLinksAndFieldsAreRefusedUnderTheirFieldsAndNothingIsStored() {
        JsonObject form = openPublish(ANN);
        Map<String, String> typed = described("Over http");
        typed.put(PackDraft.LINK, "http://example.com/pack.yaml");
        assertEquals(PackMessages.notHttps(), assertRefusedUnder(submit(ANN, form, typed, null), form, PackDraft.LINK));
        typed.put(PackDraft.LINK, "https://127.0.0.1:9/pack.yaml");
        assertEquals(PackMessages.localAddress("127.0.0.1"), assertRefusedUnder(submit(ANN, form, typed, null), form,
                PackDraft.LINK), "the bot's own network is never fetched from (PACKS_LINKS_PRIVATE is off)");
        String fileId = upload("pack.yaml", file("valid-every-kind.yaml"));
        assertEquals("Give the file or the link, not both.", assertRefusedUnder(submit(ANN, form, typed, fileId), form,
                PackDraft.LINK));
        typed.remove(PackDraft.LINK);
        assertTrue(assertRefusedUnder(submit(ANN, form, typed, null), form, PackDraft.FILE).startsWith("Upload the "
                + "pack's YAML file"));

        Map<String, String> broadcast = described("<!channel> look at this");
        assertEquals("It cannot mention @channel, @here or @everyone.", assertRefusedUnder(submit(ANN, form,
                broadcast, fileId), form, PackDraft.NAME));
        Map<String, String> noSignal = described("No signal");
        noSignal.put(PackDraft.tagBlock(PackTags.SIGNAL), "");
        assertEquals("Pick at least one signal the pack is about.", assertRefusedUnder(submit(ANN, form, noSignal,
                fileId), form, PackDraft.tagBlock(PackTags.SIGNAL)));
        Map<String, String> forged = described("Forged release");
        forged.put(PackDraft.TRIED_ON, "0.9");
        assertEquals("Pick releases from the list.", assertRefusedUnder(submit(ANN, form, forged, fileId), form,
                PackDraft.TRIED_ON));
        String empty = t.signed.interaction(Payloads.submit(ANN, form, Map.of()))
                .body();
        for (String field : List.of(PackDraft.NAME, PackDraft.SUMMARY, PackDraft.README, PackDraft.TRIED_ON,
                PackDraft.FILE, PackDraft.tagBlock(PackTags.SIGNAL))) {
            assertTrue(empty.contains("\"" + field + "\""), field + " refused when empty: " + empty);
        }
        assertNothingStored();
    }

    @Test
    void aBannedMemberCannotOpenTheFormNorSendOneOpenedBefore() {
        JsonObject form = openPublish(CAL);
        String fileId = upload("pack.yaml", file("valid-every-kind.yaml"));
        t.signed.slashCommand(ADMIN, "/community-admin", "ban <@UCAL|cal> spam");
        String answer = t.signed.slashCommand(CAL, "/packs", "publish").body();
        assertTrue(answer.contains("stopped you from submitting"), answer);
        assertTrue(assertRefusedUnder(submit(CAL, form, described("Banned"), fileId), form, PackDraft.NAME)
                .contains("stopped you from submitting"));
        assertNothingStored();
    }

    @Test
    void browsingSearchingAndMineShowThePacks() {
        long packId = publish(ANN, "Tempo traces for Go");
        packs().reviews().approve(ADMIN, versions(packId).get(0).id());
        t.slack.clear();
        String best = t.signed.slashCommand(CAL, "/packs", "").body();
        assertTrue(best.contains("Tempo traces for Go") && best.contains(PackViews.PUBLISH), best);
        String found = t.signed.slashCommand(CAL, "/packs", "TEMPO go").body();
        assertTrue(found.contains("Tempo traces for Go"), found);
        String byTag = t.signed.slashCommand(CAL, "/packs", "java").body();
        assertTrue(byTag.contains("Tempo traces for Go"), "tags are searched: " + byTag);
        String none = t.signed.slashCommand(CAL, "/packs", "ruby").body();
        assertFalse(none.contains("Tempo traces for Go"), none);
        String mine = t.signed.slashCommand(ANN, "/packs", "mine").body();
        assertTrue(mine.contains(PackActions.NEW_VERSION) && mine.contains("published"), mine);
        String help = t.signed.slashCommand(ANN, "/packs", "help").body();
        assertTrue(help.contains("/packs mine"), help);
    }

    private String assertFileRefused(String name, byte[] bytes, String expectedStart) {
        long packs = rows("packs");
        long versions = rows("pack_versions");
        JsonObject form = openPublish(ANN);
        String why = assertRefusedUnder(submit(ANN, form, described("Refused " + name), upload(name, bytes)), form,
                PackDraft.FILE);
        assertTrue(why.startsWith(expectedStart), "expected <" + expectedStart + "...> but was <" + why + ">");
        assertEquals(packs, rows("packs"));
        assertEquals(versions, rows("pack_versions"));
        return why;
    }

    private void assertNothingStored() {
        assertEquals(0, rows("packs"));
        assertEquals(0, rows("pack_versions"));
        assertEquals(0, rows("pack_tags"));
        assertEquals(0, rows("pack_documents"));
    }

    private long packIdNamed(String name) {
        return t.bot.platform().database().inTransaction(em -> em.createQuery(
                "select p.id from Pack p where p.name = :n", Long.class).setParameter("n", name).getSingleResult());
    }

    /** Waits until the card's post is recorded on the pack, so an update finds it. */
    private void awaitPosted(long packId) {
        long until = System.nanoTime() + WAIT.toNanos();
        while (pack(packId).postTs() == null) {
            if (System.nanoTime() > until) {
                throw new AssertionError("the card of pack " + packId + " was not posted");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
