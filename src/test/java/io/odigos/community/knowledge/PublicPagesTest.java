package io.odigos.community.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.odigos.community.core.BotConfig;
import io.odigos.community.core.Settings;
import io.odigos.community.core.SettingsException;
import io.odigos.community.feedback.FeedbackStatus;
import io.odigos.community.testing.TestBot;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The public pages over HTTP against the whole bot: what they show, what they never show (hidden, declined,
 * unpublished, authors who did not agree, Slack ids), status codes for every kind of bad address, and the caching.
 */
class PublicPagesTest {

    static final String PUBLIC_URL = "https://community.example.org";
    static final Pattern SLACK_USER_ID = Pattern.compile("\\b[UW][A-Z0-9]{6,}\\b");
    final HttpClient http = HttpClient.newHttpClient();
    TestBot t;
    PublicSiteSeed seed;
    String base;

    /** The bot under test: H2 here, PostgreSQL in the subclass. */
    protected String database() throws Exception {
        return "jdbc:h2:mem:public-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    protected Map<String, String> settings() {
        return Map.of();
    }

    TestBot start(Map<String, String> extra) throws Exception {
        Map<String, String> settings = new HashMap<>(settings());
        settings.putAll(extra);
        return TestBot.start(database(), settings);
    }

    @BeforeEach
    void startTheBot() throws Exception {
        t = start(Map.of("PUBLIC_URL", PUBLIC_URL));
        base = "http://127.0.0.1:" + t.bot.port();
        seed = new PublicSiteSeed(t.bot, TestBot.ADMIN, t.signed).seed(t.slack);
    }

    @AfterEach
    void stopTheBot() {
        t.close();
    }

    HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    String page(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }

    @Test
    void theRoadmapShowsPlannedInProgressAndShippedWithVotesAndNothingElse() throws Exception {
        String roadmap = page("/roadmap");
        assertTrue(roadmap.contains("Planned request PlannedWords"), roadmap);
        assertTrue(roadmap.contains("In progress request ProgressWords"));
        assertTrue(roadmap.contains("Shipped request ShippedWords"));
        assertTrue(roadmap.contains("3 votes"), "the planned request's votes");
        assertTrue(roadmap.contains("href=\"/roadmap/" + seed.planned + "\""));
        assertEquals(2, roadmap.split("★ Community-voted").length - 1, "the legend, and the planned request at 3 votes");
        assertTrue(roadmap.contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Shipped on the roadmap\" "
                + "href=\"" + PUBLIC_URL + "/roadmap/feed.atom\">"));

        String item = page("/roadmap/" + seed.planned);
        assertTrue(item.contains("<h1>Planned request PlannedWords</h1>"));
        assertTrue(item.contains("The problem PlannedWords"));
        assertTrue(item.contains("Planned") && item.contains("3 votes"));
        assertEquals(200, get("/roadmap/" + seed.shipped).statusCode());
        for (long notPublic : List.of(seed.hidden, seed.declined, seed.fresh)) {
            HttpResponse<String> r = get("/roadmap/" + notPublic);
            assertEquals(404, r.statusCode(), "item " + notPublic);
            assertTrue(r.body().contains("<h1>Not found</h1>"));
        }
    }

    @Test
    void declinedRequestsShowOnlyWhenTheSettingSaysSo() throws Exception {
        try (TestBot shown = start(Map.of("PUBLIC_URL", PUBLIC_URL, "PUBLIC_ROADMAP_SHOW_DECLINED", "true"))) {
            PublicSiteSeed other = new PublicSiteSeed(shown.bot, TestBot.ADMIN, shown.signed).seed(shown.slack);
            String at = "http://127.0.0.1:" + shown.bot.port();
            String roadmap = http.send(HttpRequest.newBuilder(URI.create(at + "/roadmap")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(roadmap.contains("Declined request DeclinedRequestWords"));
            assertFalse(roadmap.contains("HiddenRequestWords"), "hidden stays hidden whatever the setting");
            assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(at + "/roadmap/" + other.declined)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode());
        }
    }

    @Test
    void theKnowledgeBaseShowsPublishedEntriesByTopicKindAndAlone() throws Exception {
        String kb = page("/kb");
        assertTrue(kb.contains("Named guide NamedGuideWords") && kb.contains("Shy guide ShyGuideWords"));
        assertTrue(kb.contains("<label for=\"q\">Search the guides"), "the search box is labelled");
        assertTrue(kb.contains("href=\"/kb/topic/eBPF\">eBPF (2)</a>"), kb);
        assertTrue(kb.contains("href=\"/kb/topic/Getting%20started\">Getting started (0)</a>"));
        assertTrue(kb.contains("href=\"/kb/kind/guide\">Guide (2)</a>"));

        assertTrue(page("/kb/topic/Troubleshooting").contains("Named guide NamedGuideWords"));
        assertTrue(page("/kb/topic/Getting%20started").contains("Nothing is published here yet."));
        assertTrue(page("/kb/kind/guide").contains("Shy guide ShyGuideWords"));
        String awkward = "CI/CD 1.0; ~100% ..\\";
        seed.topic(awkward);
        assertTrue(page(PublicEntry.topicPath(awkward)).contains("<h1>CI/CD 1.0; ~100% ..\\</h1>"), "any name has a page");
        assertFalse(page("/kb/kind/best-practice").contains("ShyGuideWords"));

        String named = page("/kb/" + seed.namedGuide);
        assertTrue(named.contains("<h1>Named guide NamedGuideWords</h1>"));
        assertTrue(named.contains("<b>Bold</b> body with <a href=\"https://odigos.io\""), "mrkdwn as HTML");
        assertTrue(named.contains("<dt>Shared by</dt><dd>" + PublicSiteSeed.NAMED + "</dd>"), "the author allowed it");
        String shy = page("/kb/" + seed.shyGuide);
        assertTrue(shy.contains("<a href=\"https://example.com/shy\" rel=\"nofollow ugc noopener\">"), shy);
        assertFalse(shy.contains("Shared by"));
    }

    @Test
    void theSearchBoxFindsPublishedGuidesOnly() throws Exception {
        String found = page("/kb?q=" + encode("namedguidwords")); // one letter missing: a typo is forgiven
        assertTrue(found.contains("<h2 id=\"results\">Guides matching “namedguidwords”</h2>"), found);
        assertTrue(found.contains("href=\"/kb/" + seed.namedGuide + "\""));
        assertTrue(found.contains("value=\"namedguidwords\""), "the box keeps the words");
        String none = page("/kb?q=" + encode("PendingGuideWords DeclinedGuideWords ChangesGuideWords"));
        assertTrue(none.contains("No published guide matches these words."), none);
        assertFalse(none.contains("href=\"/kb/" + seed.pendingGuide + "\""));
        String tooLong = page("/kb?q=" + "word+".repeat(50));
        assertTrue(tooLong.contains("Search with at most 200 characters."));
        String syntax = page("/kb?q=" + encode("title:\"x\" AND (y OR <b>) *"));
        assertTrue(syntax.contains("AND (y OR &lt;b&gt;) *”</h2>"), "query syntax is words, escaped: " + syntax);
        assertTrue(syntax.contains("No published guide matches these words."));
        assertFalse(page("/kb").contains("id=\"results\""), "no results section without a search");
    }

    static String encode(String words) {
        return java.net.URLEncoder.encode(words, StandardCharsets.UTF_8);
    }

    @Test
    void nothingPrivateIsOnAnyPageOrFeed() throws Exception {
        List<String> pages = List.of("/roadmap", "/roadmap/" + seed.planned, "/roadmap/" + seed.shipped,
                "/roadmap/feed.atom", "/kb", "/kb/topic/eBPF", "/kb/topic/Troubleshooting", "/kb/kind/guide",
                "/kb/" + seed.namedGuide, "/kb/" + seed.shyGuide, "/kb/feed.atom", "/kb?q=guide");
        for (String path : pages) {
            String body = page(path);
            for (String secret : PublicSiteSeed.SECRETS) {
                assertFalse(body.contains(secret), path + " shows " + secret);
            }
            assertFalse(SLACK_USER_ID.matcher(body).find(), path + " shows a Slack user id");
            assertFalse(body.contains(TestBot.ADMIN) || body.contains(TestBot.CHANNEL), path);
        }
        for (long unpublished : List.of(seed.pendingGuide, seed.declinedGuide)) {
            assertEquals(404, get("/kb/" + unpublished).statusCode());
        }
    }

    @Test
    void badAddressesAreNotFoundNeverAnError() throws Exception {
        for (String path : List.of("/roadmap/0", "/roadmap/-1", "/roadmap/abc", "/roadmap/99999999999999999999",
                "/roadmap/1.5", "/roadmap/999999", "/roadmap/" + seed.planned + "/x", "/kb/0", "/kb/abc",
                "/kb/99999999999999999999", "/kb/999999", "/kb/topic/", "/kb/topic/Nope", "/kb/kind/nope",
                "/kb/kind/", "/kb/topic/%3Cscript%3E")) {
            HttpResponse<String> r = get(path);
            assertEquals(404, r.statusCode(), path);
            assertTrue(r.body().contains("Not found"), path);
            assertFalse(r.body().contains("<script"), path);
        }
    }

    @Test
    void pagesAreCachedForAMinuteAndRevalidatedByTheirETag() throws Exception {
        HttpResponse<String> first = get("/roadmap");
        assertEquals("public, max-age=60", first.headers().firstValue("Cache-Control").orElseThrow());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(etag.matches("\"[A-Za-z0-9_-]{27}\""), etag);
        assertTrue(first.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(first.headers().firstValue("Content-Security-Policy").orElseThrow().contains("default-src 'none'"));

        HttpResponse<String> again = get("/roadmap", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(etag, again.headers().firstValue("ETag").orElseThrow());
        assertEquals(200, get("/roadmap", "If-None-Match", "\"something-else\"").statusCode());

        HttpResponse<String> head = http.send(HttpRequest.newBuilder(URI.create(base + "/roadmap"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals(String.valueOf(first.body().getBytes(StandardCharsets.UTF_8).length),
                head.headers().firstValue("Content-Length").orElseThrow());

        t.bot.features().feedback().service().vote(seed.inProgress, PublicSiteSeed.VOTER);
        HttpResponse<String> changed = get("/roadmap", "If-None-Match", etag);
        assertEquals(200, changed.statusCode(), "a vote changes the page");
        assertNotEquals(etag, changed.headers().firstValue("ETag").orElseThrow());

        HttpResponse<String> css = get("/site/site.css");
        assertTrue(css.headers().firstValue("Content-Type").orElseThrow().startsWith("text/css"));
        HttpResponse<String> missing = get("/kb/999999");
        assertTrue(missing.headers().firstValue("ETag").isEmpty(), "a not-found page is not cached as a page");
        assertEquals("no-cache", missing.headers().firstValue("Cache-Control").orElseThrow());
    }

    @Test
    void eachPageStaysUnder100KbWhenEveryListIsFull() throws Exception {
        String longTitle = "Long title ".repeat(13).strip();
        String longBody = "*Step* `kubectl apply` <https://odigos.io/docs|docs> & <b> ".repeat(60).substring(0, 3000);
        for (int i = 0; i < 55; i++) {
            seed.request(longTitle.substring(0, 140) + i, longBody, FeedbackStatus.PLANNED);
            seed.guide(PublicSiteSeed.NAMED_AUTHOR, new EntryDraft("Guide ".repeat(19) + i, "S".repeat(300),
                    EntryKind.TUTORIAL, "https://odigos.io/" + "x".repeat(400), longBody,
                    List.of("eBPF", "Troubleshooting", "Performance", "Destinations", "Getting started"), "v1.0.170",
                    null, true), EntryStatus.PUBLISHED);
        }
        for (String path : List.of("/roadmap", "/roadmap/" + seed.planned, "/kb", "/kb/topic/eBPF", "/kb/kind/tutorial",
                "/kb/" + seed.namedGuide, "/roadmap/feed.atom", "/kb/feed.atom")) {
            int size = page(path).getBytes(StandardCharsets.UTF_8).length;
            assertTrue(size < 100_000, path + " is " + size + " bytes");
        }
    }

    @Test
    void bothFeedsAreValidAtomLinkingTheirPages() throws Exception {
        seed.guide(PublicSiteSeed.NAMED_AUTHOR, true, "Feed <b>&</b> guide", null, "https://odigos.io/a",
                EntryStatus.PUBLISHED);
        HttpResponse<String> response = get("/kb/feed.atom");
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/atom+xml"));
        Element feed = atom(response.body());
        assertEquals(PUBLIC_URL + "/kb/feed.atom", text(feed, "id"));
        assertNotNull(text(feed, "updated"));
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        assertEquals(3, entries.getLength());
        Element newest = (Element) entries.item(0);
        assertEquals("Feed <b>&</b> guide", text(newest, "title"), "escaped in XML, the same text once parsed");
        Element link = (Element) newest.getElementsByTagNameNS(ATOM, "link").item(0);
        assertEquals("alternate", link.getAttribute("rel"));
        assertTrue(link.getAttribute("href").startsWith(PUBLIC_URL + "/kb/"));
        assertEquals(200, get(URI.create(link.getAttribute("href")).getPath()).statusCode());

        Element roadmap = atom(page("/roadmap/feed.atom"));
        NodeList shipped = roadmap.getElementsByTagNameNS(ATOM, "entry");
        assertEquals(1, shipped.getLength());
        assertEquals("Shipped request ShippedWords", text((Element) shipped.item(0), "title"));
        assertEquals(PUBLIC_URL + "/roadmap/" + seed.shipped, text((Element) shipped.item(0), "id"));
    }

    @Test
    void pagesAreOffUnlessTheBotIsReachableOrTheSettingSaysSo() throws Exception {
        try (TestBot local = start(Map.of())) {
            String at = "http://127.0.0.1:" + local.bot.port();
            for (String path : List.of("/roadmap", "/kb", "/kb/feed.atom", "/site/site.css")) {
                assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(at + path)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode(), path);
            }
        }
        assertTrue(config(Map.of()).publicPages().enabled(), "local mode: the playground's visitor sees them");
        assertFalse(config(Map.of("PUBLIC_PAGES", "false")).publicPages().enabled());
        Map<String, String> http = Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "s",
                "COMMUNITY_CHANNEL", "C0123");
        assertFalse(config(http).publicPages().enabled(), "PUBLIC_URL left at localhost");
        assertTrue(config(with(http, "PUBLIC_URL", PUBLIC_URL)).publicPages().enabled());
        assertFalse(config(with(with(http, "PUBLIC_URL", PUBLIC_URL), "PUBLIC_PAGES", "false")).publicPages().enabled());
        assertTrue(config(with(http, "PUBLIC_PAGES", "true")).publicPages().enabled());
        assertThrows(SettingsException.class, () -> config(Map.of("PUBLIC_PAGES", "yes")));
    }

    static BotConfig config(Map<String, String> settings) {
        return BotConfig.from(Settings.withOverrides(settings));
    }

    static Map<String, String> with(Map<String, String> settings, String key, String value) {
        Map<String, String> more = new HashMap<>(settings);
        more.put(key, value);
        return more;
    }

    static final String ATOM = "http://www.w3.org/2005/Atom";

    static Element atom(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element feed = doc.getDocumentElement();
        assertEquals(ATOM, feed.getNamespaceURI());
        assertEquals("feed", feed.getLocalName());
        return feed;
    }

    static String text(Element parent, String child) {
        NodeList nodes = parent.getElementsByTagNameNS(ATOM, child);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }
}
