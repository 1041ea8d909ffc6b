package io.odigos.community.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.odigos.community.local.EmulatedMessage;
import io.odigos.community.testing.BotJourneys;
import io.odigos.community.testing.Payloads;
import io.odigos.community.testing.TestBot;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Finding guides with /kb through signed requests: search, ranking, typos, browsing, and words that try to break it. */
class KnowledgeSearchEndToEndTest extends BotJourneys {

    static final Duration WAIT = Duration.ofSeconds(10);
    static final String MIA = "UMIA";

    /** A new, empty database for each test: H2 in memory here. */
    protected String database() throws Exception {
        return "jdbc:h2:mem:kb-search-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    /** Settings beyond TestBot's own. */
    protected Map<String, String> settings() {
        return Map.of();
    }

    @Override
    protected TestBot startBot() throws Exception {
        return TestBot.start(database(), settings());
    }

    JsonObject kb(String user, String words) {
        HttpResponse<String> r = t.signed.slashCommand(user, "/kb", words);
        assertEquals(200, r.statusCode(), r.body());
        return JsonParser.parseString(r.body()).getAsJsonObject();
    }

    /** The ids the Open buttons of an answer carry, in the order shown. */
    static List<Long> opened(JsonElement blocks) {
        List<Long> ids = new ArrayList<>();
        for (JsonElement block : blocks.getAsJsonArray()) {
            JsonObject accessory = block.getAsJsonObject().getAsJsonObject("accessory");
            if (accessory != null && KnowledgeViews.OPEN.equals(accessory.get("action_id").getAsString())) {
                ids.add(accessory.get("value").getAsLong());
            }
        }
        return ids;
    }

    static List<Long> opened(JsonObject answer) {
        return opened(answer.getAsJsonArray("blocks"));
    }

    static String texts(JsonObject answer) {
        return new EmulatedMessage("C", "1", answer.get("text").getAsString(), answer.get("blocks"), null, null, null,
                null).visibleText();
    }

    /** Clicks a browse control of an ephemeral /kb answer and returns what only the clicker is then shown. */
    EmulatedMessage browse(String user, JsonObject click) {
        int before = t.slack.ephemeralsTo(user).size();
        assertEquals(200, t.signed.interaction(click).statusCode());
        t.slack.awaitCall("chat.postEphemeral", c -> t.slack.ephemeralsTo(user).size() > before, WAIT);
        List<EmulatedMessage> shown = t.slack.ephemeralsTo(user);
        return shown.get(shown.size() - 1);
    }

    static JsonObject chooseTopic(String user, String topic) {
        JsonObject p = Payloads.clickInMessage(user, "C0GENERAL", "1.0", SearchViews.BROWSE_TOPIC, null);
        JsonObject action = p.getAsJsonArray("actions").get(0).getAsJsonObject();
        action.addProperty("type", "static_select");
        action.remove("value");
        JsonObject option = new JsonObject();
        JsonObject text = new JsonObject();
        text.addProperty("type", "plain_text");
        text.addProperty("text", topic);
        option.add("text", text);
        option.addProperty("value", topic);
        action.add("selected_option", option);
        return p;
    }

    static JsonObject chooseKind(String user, String kind) {
        return Payloads.clickInMessage(user, "C0GENERAL", "1.0", SearchViews.BROWSE_KIND + kind, kind);
    }

    @Test
    void kbAloneShowsTheShareButtonTheWaysToBrowseAndTheLatestGuides() {
        KnowledgeEntry older = Guides.published(t, "Helm values for a production install", "Which values to set.",
                "Set the resources.", EntryKind.GUIDE, List.of("Kubernetes and Helm"));
        t.clock.advance(Duration.ofMinutes(1));
        KnowledgeEntry newer = Guides.published(t, "Tail sampling with the Odigos processor", "Keep slow traces.",
                "Configure the sampler.", EntryKind.TUTORIAL, List.of("Sampling and processing"));
        Guides.pending(t, "Not reviewed yet", "Waits for a reviewer.", "Draft text.", EntryKind.GUIDE, List.of("eBPF"));

        JsonObject menu = kb(MIA, "");
        assertEquals("ephemeral", menu.get("response_type").getAsString());
        String json = menu.toString();
        assertTrue(json.contains("\"action_id\":\"" + KnowledgeViews.SHARE + "\""), json);
        assertTrue(json.contains("\"action_id\":\"" + SearchViews.BROWSE_TOPIC + "\"") && json.contains("Troubleshooting"),
                json);
        for (EntryKind kind : EntryKind.values()) {
            assertTrue(json.contains("\"action_id\":\"" + SearchViews.BROWSE_KIND + kind.name() + "\""), json);
        }
        assertEquals(List.of(newer.id(), older.id()), opened(menu), "the latest guides, newest first, published only");
    }

    @Test
    void aTitleMatchRanksAboveAMatchInTheBody() {
        KnowledgeEntry inBody = Guides.published(t, "Running Odigos on a laptop", "A local cluster in minutes.",
                "Later you may want sampling to keep the volume down.", EntryKind.GUIDE, List.of("Getting started"));
        KnowledgeEntry inTitle = Guides.published(t, "Sampling traces you care about", "Drop the noise.",
                "Rules that keep errors.", EntryKind.BEST_PRACTICE, List.of("Performance"));
        Guides.published(t, "Destinations for metrics", "Where metrics go.", "Prometheus and friends.",
                EntryKind.GUIDE, List.of("Destinations"));

        JsonObject answer = kb(MIA, "sampling");
        assertEquals(List.of(inTitle.id(), inBody.id()), opened(answer), answer.toString());
        assertTrue(texts(answer).contains("Best matches for “sampling”"), texts(answer));
    }

    @Test
    void aTypoStillFindsTheGuide() {
        KnowledgeEntry guide = Guides.published(t, "Automatic instrumentation of Go services", "eBPF does the work.",
                "No code changes.", EntryKind.TUTORIAL, List.of("Instrumentation"));
        Guides.published(t, "Exporting to Jaeger", "A destination.", "Point it at the collector.", EntryKind.GUIDE,
                List.of("Destinations"));

        assertEquals(List.of(guide.id()), opened(kb(MIA, "instrumntation")));
        assertEquals(List.of(guide.id()), opened(kb(MIA, "Instrumentaton of services")));
    }

    @Test
    void openOnAMatchShowsTheEntry() {
        KnowledgeEntry guide = Guides.published(t, "Tail sampling with the Odigos processor", "Keep slow traces.",
                "Configure the sampler.", EntryKind.TUTORIAL, List.of("Sampling and processing"));
        long id = opened(kb(MIA, "tail sampling")).get(0);
        assertEquals(guide.id(), id);

        t.slack.clear();
        assertEquals(200, t.signed.interaction(Payloads.clickInMessage(MIA, "C0GENERAL", "1.0", KnowledgeViews.OPEN,
                Long.toString(id))).statusCode());
        t.slack.awaitCall("views.open", WAIT);
        assertTrue(t.slack.lastOpenedView().toString().contains("Configure the sampler."),
                t.slack.lastOpenedView().toString());
    }

    @Test
    void onlyPublishedEntriesAreEverFound() {
        Guides.pending(t, "Zipkin migration notes", "From Zipkin to Odigos.", "Step by step.", EntryKind.GUIDE,
                List.of("Destinations"));

        JsonObject answer = kb(MIA, "zipkin");
        assertEquals(List.of(), opened(answer));
        String shown = texts(answer);
        assertTrue(shown.contains("Nothing in the knowledge base matches “zipkin”"), shown);
        assertTrue(answer.toString().contains(SearchViews.BROWSE_TOPIC), "it suggests browsing: " + answer);
    }

    @Test
    void browsingByTopicAndByKindListsTheNewestThere() {
        KnowledgeEntry ebpfGuide = Guides.published(t, "How the eBPF agent attaches", "Probes explained.",
                "uprobes and kprobes.", EntryKind.GUIDE, List.of("eBPF", "Instrumentation"));
        t.clock.advance(Duration.ofMinutes(1));
        KnowledgeEntry ebpfTutorial = Guides.published(t, "Your first eBPF trace", "Ten minutes.", "Install, run.",
                EntryKind.TUTORIAL, List.of("eBPF"));
        KnowledgeEntry other = Guides.published(t, "Sizing the collector", "CPU and memory.", "Measure first.",
                EntryKind.BEST_PRACTICE, List.of("Performance"));
        Guides.pending(t, "eBPF draft", "Not yet.", "Waiting.", EntryKind.TUTORIAL, List.of("eBPF"));

        EmulatedMessage byTopic = browse(MIA, chooseTopic(MIA, "eBPF"));
        assertEquals(List.of(ebpfTutorial.id(), ebpfGuide.id()), opened(byTopic.blocks()), byTopic.visibleText());
        assertTrue(byTopic.visibleText().contains("*eBPF*: the newest first"), byTopic.visibleText());

        EmulatedMessage byKind = browse(MIA, chooseKind(MIA, "BEST_PRACTICE"));
        assertEquals(List.of(other.id()), opened(byKind.blocks()), byKind.visibleText());

        EmulatedMessage empty = browse(MIA, chooseTopic(MIA, "Troubleshooting"));
        assertTrue(empty.visibleText().contains("Nothing is published under *Troubleshooting* yet"), empty.visibleText());
    }

    @Test
    void aRemovedTopicOrABrokenKindButtonAnswersClearly() {
        EmulatedMessage gone = browse(MIA, chooseTopic(MIA, "Mainframes"));
        assertEquals(SearchViews.topicGone(), gone.text());
        EmulatedMessage broken = browse(MIA, chooseKind(MIA, "NOVEL"));
        assertEquals(SearchViews.brokenButton(), broken.text());
    }

    @Test
    void queryLanguageInTheWordsIsReadAsPlainWords() {
        KnowledgeEntry guide = Guides.published(t, "Troubleshooting missing spans", "When traces break.",
                "Check the title of each span.", EntryKind.GUIDE, List.of("Troubleshooting"));

        for (String words : List.of("title:(*", "\"", "spans AND (", "*:*", "missing~3 OR ]", "\\", "+-&&||!(){}[]^\"~*?:/")) {
            JsonObject answer = kb(MIA, words);
            assertEquals("ephemeral", answer.get("response_type").getAsString(), words + ": " + answer);
        }
        assertEquals(List.of(guide.id()), opened(kb(MIA, "title:(*")), "the word title, not a field query");
        assertEquals(List.of(), opened(kb(MIA, "*:*")), "not a match-all");
        assertEquals(List.of(guide.id()), opened(kb(MIA, "\"missing spans")));
    }

    @Test
    void overlongWordsAreRefusedClearly() {
        Guides.published(t, "Sampling", "Keep less.", "Rules.", EntryKind.GUIDE, List.of("Performance"));
        JsonObject answer = kb(MIA, "sampling ".repeat(30));
        assertEquals(SearchViews.tooLong(EntrySearch.MAX_WORDS), answer.get("text").getAsString());
        assertFalse(answer.has("blocks"), answer.toString());
    }

    @Test
    void aBroadcastInTheWordsIsEchoedEscaped() {
        JsonObject answer = kb(MIA, "<!channel> sampling");
        String shown = texts(answer);
        assertTrue(shown.contains("“&lt;!channel&gt; sampling”"), shown);
        assertFalse(shown.contains("<!channel>"), shown);
        assertFalse(answer.get("text").getAsString().contains("<!channel>"), answer.toString());
    }

    @Test
    void aChangeIsFoundAtOnceByTheInstanceThatMadeIt() {
        KnowledgeEntry guide = Guides.published(t, "Collector sizing", "CPU.", "Measure.", EntryKind.GUIDE,
                List.of("Performance"));
        Guides.retitle(t, guide.id(), "Gateway sizing");
        assertEquals(List.of(guide.id()), opened(kb(MIA, "gateway")));
        assertEquals(List.of(), opened(kb(MIA, "collector")));
    }

    @Test
    void changesADayOldArePrunedFromTheLogAndTheIndexKeepsThem() {
        KnowledgeEntry old = Guides.published(t, "Upgrading the Helm chart", "Safely.", "Read the notes.",
                EntryKind.GUIDE, List.of("Kubernetes and Helm"));
        t.clock.advance(Duration.ofHours(25));
        KnowledgeEntry recent = Guides.published(t, "Upgrading the operator", "Safely.", "Back up first.",
                EntryKind.GUIDE, List.of("Kubernetes and Helm"));

        assertEquals(2, t.bot.features().knowledge().index().prune(), "the insert's and the publication's rows");
        List<?> left = t.bot.platform().database().inTransaction(em -> em.createNativeQuery(
                "select entry_id from kb_index_changes").getResultList());
        assertEquals(List.of(recent.id(), recent.id()), left.stream().map(id -> ((Number) id).longValue()).toList());
        assertEquals(List.of(recent.id(), old.id()), opened(kb(MIA, "upgrading")));
    }

    @Test
    void aRestartRebuildsTheIndexFromTheTables() throws Exception {
        KnowledgeEntry guide = Guides.published(t, "Propagating context through Kafka", "Headers carry it.",
                "Use the W3C headers.", EntryKind.GUIDE, List.of("Instrumentation"));
        String url = t.databaseUrl;
        var now = t.clock.instant();
        t.close();
        t = TestBot.start(url, settings(), now);

        assertEquals(List.of(guide.id()), opened(kb(MIA, "kafka")));
        JsonArray blocks = kb(MIA, "").getAsJsonArray("blocks");
        assertEquals(List.of(guide.id()), opened(blocks));
    }
}
