package io.odigos.community.packs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.odigos.community.recognition.ContributionKind;
import io.odigos.community.testing.TestBot;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With PACKS_REVIEW=false a valid pack is published on submission, through the same path an approval takes. */
class PublishingWithoutReviewTest extends PacksJourneys {

    @Override
    protected Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>(super.settings());
        settings.put("PACKS_REVIEW", "false");
        return settings;
    }

    @Test
    void aValidPackIsPublishedAtOnceWithItsCardAndCredit() {
        long packId = publish(BEN, "Metrics to Prometheus");
        assertEquals(PackStatus.PUBLISHED, pack(packId).status());
        assertEquals(PackStatus.PUBLISHED, versions(packId).get(0).status());
        awaitDm(BEN, "*Metrics to Prometheus* v1 is published");
        t.slack.awaitCall("chat.postMessage", c -> TestBot.CHANNEL.equals(c.param("channel"))
                && c.param("blocks") != null && c.param("blocks").contains("/packs/metrics-to-prometheus/v1.yaml"), WAIT);
        assertTrue(packs().awaitingApproval().awaitingApproval().isEmpty());
        assertTrue(t.slack.calls("chat.postMessage").stream().noneMatch(c -> TestBot.ADMIN.equals(c.param("channel"))),
                "no admin is asked");
        assertEquals(Map.of(ContributionKind.PACK, 1L), t.bot.features().recognition().service().profile(BEN).contributions());
    }
}
