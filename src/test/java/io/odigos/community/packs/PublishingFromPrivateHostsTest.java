package io.odigos.community.packs;

import static io.odigos.community.testing.ModalAnswers.assertRefusedUnder;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With PACKS_LINKS_PRIVATE=true a link to an internal host is fetched, within the same deadline as any other. */
class PublishingFromPrivateHostsTest extends PacksJourneys {

    @Override
    protected Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>(super.settings());
        settings.put("PACKS_LINKS_PRIVATE", "true");
        return settings;
    }

    @Test
    void aLinkThatDoesNotAnswerIsRefusedWithinTheDeadlineAndNothingIsStored() {
        JsonObject form = openPublish(ANN);
        Map<String, String> typed = described("From an internal server");
        typed.put(PackDraft.LINK, "https://127.0.0.1:9/pack.yaml");
        assertEquals("127.0.0.1 does not answer within 2 seconds; check the link or upload the file instead. Nothing "
                + "was stored.", assertRefusedUnder(submit(ANN, form, typed, null), form, PackDraft.LINK));
        assertEquals(0L, (long) t.bot.platform().database().inTransaction(em -> em.createQuery(
                "select count(p) from Pack p", Long.class).getSingleResult()));
    }
}
