package io.odigos.community.knowledge;

import static io.odigos.community.testing.ModalAnswers.assertAccepted;
import static io.odigos.community.testing.ModalAnswers.assertRefusedUnder;
import static io.odigos.community.testing.ModalAnswers.element;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.odigos.community.testing.Payloads;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** *Share a guide* through the signed endpoint: typed inputs, and every bad value refused under its field. */
class EntryFormTest extends KnowledgeJourneys {

    @Test
    void theFormUsesTypedInputsAndIsAcceptedAsFilledIn() {
        JsonObject form = openShare(ANN);
        assertEquals("static_select", element(form, EntryDraft.KIND).get("type").getAsString());
        assertEquals("url_text_input", element(form, EntryDraft.LINK).get("type").getAsString());
        JsonObject topics = element(form, EntryDraft.TOPICS);
        assertEquals("multi_static_select", topics.get("type").getAsString());
        assertEquals(8, topics.getAsJsonArray("options").size(), "the seeded topics");
        JsonObject body = element(form, EntryDraft.BODY);
        assertTrue(body.get("multiline").getAsBoolean());
        assertEquals(3000, body.get("max_length").getAsInt());
        assertEquals(120, element(form, EntryDraft.TITLE).get("max_length").getAsInt());
        assertEquals("checkboxes", element(form, EntryDraft.SHOW_AUTHOR).get("type").getAsString());
        assertFalse(element(form, EntryDraft.SHOW_AUTHOR).has("initial_options"), "the name is hidden unless asked");

        Map<String, String> typed = guide("Go with eBPF");
        typed.put(EntryDraft.SHOW_AUTHOR, EntryForm.SHOW);
        typed.put(EntryDraft.BODY, "*Step 1*: install Odigos\n• `odigos install`");
        assertAccepted(t.signed.interaction(Payloads.fillIn(ANN, form, typed)));
        KnowledgeEntry entry = knowledge().reviews().waiting().get(0);
        assertEquals(ANN, entry.authorId());
        assertEquals(EntryKind.TUTORIAL, entry.kind());
        assertEquals(java.util.Set.of("eBPF", "Getting started"), java.util.Set.copyOf(entry.topics()));
        assertTrue(entry.showAuthor());
        assertEquals("1.0", entry.odigosVersion());
    }

    String refused(JsonObject form, String field, Map<String, String> typed) {
        return assertRefusedUnder(t.signed.interaction(Payloads.submit(ANN, form, typed)), form, field);
    }

    Map<String, String> with(String field, String value) {
        Map<String, String> typed = guide("A good title");
        typed.put(field, value);
        return typed;
    }

    @Test
    void eachBadValueIsRefusedUnderItsFieldAndNothingIsStored() {
        JsonObject form = openShare(ANN);
        assertTrue(refused(form, EntryDraft.TITLE, with(EntryDraft.TITLE, "x".repeat(121))).contains("120"));
        assertTrue(refused(form, EntryDraft.TITLE, with(EntryDraft.TITLE, "   ")).contains("title"));
        assertTrue(refused(form, EntryDraft.TITLE, with(EntryDraft.TITLE, "Hi <!channel>")).contains("@channel"));
        assertTrue(refused(form, EntryDraft.SUMMARY, with(EntryDraft.SUMMARY, "ping @here")).contains("@here"));
        assertTrue(refused(form, EntryDraft.SUMMARY, with(EntryDraft.SUMMARY, "s".repeat(301))).contains("300"));
        assertTrue(refused(form, EntryDraft.KIND, with(EntryDraft.KIND, "NOVEL")).contains("from the list"));
        assertTrue(refused(form, EntryDraft.LINK, with(EntryDraft.LINK, "javascript:alert(1)")).contains("http(s)"));
        assertTrue(refused(form, EntryDraft.LINK, with(EntryDraft.LINK, "ftp://odigos.io/x")).contains("http(s)"));
        Map<String, String> nothing = with(EntryDraft.LINK, null);
        assertTrue(refused(form, EntryDraft.BODY, nothing).contains("Give a link"));
        Map<String, String> long_ = with(EntryDraft.BODY, "b".repeat(3001));
        assertTrue(refused(form, EntryDraft.BODY, long_).contains("3000"));
        assertTrue(refused(form, EntryDraft.BODY, with(EntryDraft.BODY, "<!everyone> read")).contains("@everyone"));
        assertTrue(refused(form, EntryDraft.TOPICS, with(EntryDraft.TOPICS, "")).contains("at least one"));
        assertTrue(refused(form, EntryDraft.TOPICS, with(EntryDraft.TOPICS, "Cobol")).contains("removed"));
        assertTrue(refused(form, EntryDraft.VERSION, with(EntryDraft.VERSION, "latest")).contains("1.0"));
        assertTrue(knowledge().reviews().waiting().isEmpty());
        assertTrue(t.bot.platform().database().inTransaction(em -> em.createNativeQuery(
                "select count(*) from kb_entries").getSingleResult()).toString().equals("0"));
    }
}
