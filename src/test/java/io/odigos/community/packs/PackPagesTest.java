package io.odigos.community.packs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.odigos.community.testing.Eventually;
import io.odigos.community.testing.TestBot;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The public packs portal over HTTP against the whole bot: the list best first with its marks and counts, search and
 * each filter, a pack's page, 404 for whatever is not public, nothing private, and a real XSS payload kept inert.
 * Ratings and confirmations are rows written here in SQL, as the rating service would write them.
 */
class PackPagesTest extends PacksJourneys {

    static final String PUBLIC_URL = "https://community.example.org";
    static final Pattern SLACK_USER_ID = Pattern.compile("\\b[UW][A-Z0-9]{6,}\\b");
    static final String PAYLOAD = "<script>alert(1)</script><img src=x onerror=alert(1)>";
    /** Shaped like a real Slack id, so the pattern above would find it on a page. */
    static final String SHY_AUTHOR = "U0PACKAUTH1";

    final HttpClient http = HttpClient.newHttpClient();
    Pack tempo;
    Pack mesh;
    Pack xss;
    Pack pending;
    Pack declined;
    Pack hidden;
    PackVersion tempo2;

    @Override
    protected Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>(super.settings());
        settings.put("PUBLIC_URL", PUBLIC_URL);
        return settings;
    }

    @BeforeEach
    void seedPacks() {
        tempo = storedPack(MAX, "Tempo for Java", Set.of("language:Java", "destination:Tempo", "signal:Traces"));
        tempo2 = storedVersion(t.bot, t.clock.instant(), tempo.id(), Set.of("1.3"), "Samples less on *1.3*");
        mesh = storedPack(t.bot, t.clock.instant(), ANN, new PackDetails("Go mesh sampling", "SummaryOnlyWord for a mesh",
                "Cuts costs with ReadmeOnlyWord.", Set.of("language:Go", "scenario:Sampling and cost")));
        xss = storedPack(t.bot, t.clock.instant(), SHY_AUTHOR, new PackDetails(PAYLOAD, "Summary " + PAYLOAD,
                PAYLOAD + " *bold* <javascript:alert(1)|click me> &lt;script&gt;", Set.of()));
        pending = storedPack(BEN, "Pending PendingPackWords", Set.of("language:Rust"));
        declined = storedPack(BEN, "Declined DeclinedPackWords", Set.of("language:Rust"));
        hidden = storedPack(BEN, "Hidden HiddenPackWords", Set.of("language:Python"));
        t.bot.platform().database().runInTransaction(em -> {
            em.createNativeQuery("update packs set status = 'PENDING' where id = ?1").setParameter(1, pending.id())
                    .executeUpdate();
            em.find(Pack.class, declined.id()).decline();
            em.find(Pack.class, hidden.id()).hide(true);
        });
        rate(tempo, CAL, 5);
        rate(tempo, BEN, 4);
        rate(mesh, BEN, 2);
        rate(hidden, CAL, 1);
        confirm(versions(tempo.id()).get(1), CAL, "1.4");
        confirm(versions(mesh.id()).get(0), CAL, "1.2");
        confirm(versions(hidden.id()).get(0), CAL, "1.1");
    }

    void rate(Pack pack, String member, int stars) {
        t.bot.platform().database().runInTransaction(em -> em.createNativeQuery("insert into pack_ratings "
                        + "(pack_id, member_id, stars, rated_at) values (?1, ?2, ?3, ?4)").setParameter(1, pack.id())
                .setParameter(2, member).setParameter(3, stars).setParameter(4, t.clock.instant()).executeUpdate());
    }

    void confirm(PackVersion version, String member, String release) {
        t.bot.platform().database().runInTransaction(em -> em.createNativeQuery("insert into pack_confirmations "
                        + "(version_id, member_id, odigos_version, confirmed_at) values (?1, ?2, ?3, ?4)")
                .setParameter(1, version.id()).setParameter(2, member).setParameter(3, release)
                .setParameter(4, t.clock.instant()).executeUpdate());
    }

    /** The count is written after the bytes are sent, so the client may see them first. */
    void awaitDownloads(Pack pack, long downloads) {
        Eventually.holds(pack.slug() + " downloaded " + downloads + " times", WAIT,
                () -> versions(pack.id()).stream().mapToLong(PackVersion::downloads).sum() == downloads);
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + t.bot.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    String page(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The names of the packs a list shows, in its order. */
    static List<String> listed(String page) {
        return Pattern.compile("<h3><a href=\"/packs/([a-z0-9-]+)\">").matcher(page).results().map(m -> m.group(1))
                .toList();
    }

    @Test
    void theListShowsVisiblePacksBestFirstWithTheirMarksAndCounts() throws Exception {
        assertEquals(200, get("/packs/tempo-for-java/v1.yaml").statusCode(), "the YAML is still served here");
        awaitDownloads(tempo, 1);
        String list = page("/packs");
        // newest first in the table; best first here: Tempo 3.4 stars (5 and 4 pooled with five 3s) + a confirmation
        // on 1.4, the unrated payload pack at 3, Go mesh 2.8 from its one 2-star rating + a confirmation
        assertEquals(List.of("tempo-for-java", xss.slug(), "go-mesh-sampling"), listed(list));
        assertEquals(page("/packs/"), list);
        assertEquals(1, list.split("✓ Verified").length - 1, "Max is a maintainer; nobody else is");
        assertTrue(list.contains("★ 3.4 from 2 ratings · 1 confirmation that it works · 1 download · 0 installs"),
                list);
        assertTrue(list.contains("★ 2.8 from 1 rating · 1 confirmation that it works · 0 downloads · 0 installs"));
        assertTrue(list.contains("No ratings yet · 0 confirmations that it works"));
        assertEquals(2, list.split("Untested on recent releases").length - 1,
                "Go mesh was confirmed on 1.2 only, the payload pack never; Tempo on 1.4");
        assertTrue(list.contains("<a href=\"/packs?tag=language%3AJava\">Java</a>"), "a pack's tags link the filter");
        assertTrue(list.contains("<a href=\"/packs/tempo-for-java\">Tempo for Java</a>"));
        assertTrue(list.contains("What Tempo for Java does"));
        for (String notPublic : List.of("PendingPackWords", "DeclinedPackWords", "HiddenPackWords", "Python (",
                "Rust (", "<option value=\"1.1\"")) {
            assertFalse(list.contains(notPublic), notPublic);
        }
        assertTrue(list.contains("<label for=\"q\">Search the packs"), "the search box is labelled");
        assertTrue(list.contains("<a href=\"/packs\" aria-current=\"page\">Packs</a>"), "the site's nav leads here");
        assertFalse(list.contains("application/atom+xml"), "the packs have no feed");
    }

    @Test
    void searchFindsWordsInTheNameSummaryReadmeAndTags() throws Exception {
        assertEquals(List.of("tempo-for-java"), listed(page("/packs?q=TEMPO")));
        assertEquals(List.of("go-mesh-sampling"), listed(page("/packs?q=summaryonlyword")));
        assertEquals(List.of("go-mesh-sampling"), listed(page("/packs?q=readmeonlyword")));
        assertEquals(List.of("tempo-for-java"), listed(page("/packs?q=traces")), "a tag's value");
        assertEquals(List.of("tempo-for-java"), listed(page("/packs?q=" + encode("  java   tempo "))), "every word");
        String none = page("/packs?q=" + encode("tempo go"));
        assertEquals(List.of(), listed(none));
        assertTrue(none.contains("No pack matches. Try other words, or fewer filters."), none);
        assertTrue(none.contains("value=\"tempo go\""), "the box keeps the words");
        assertEquals(List.of(), listed(page("/packs?q=%25")), "a LIKE wildcard is a character");
        assertEquals(List.of(), listed(page("/packs?q=_")));
        assertEquals(List.of(), listed(page("/packs?q=PendingPackWords")));
        assertEquals(List.of(), listed(page("/packs?q=HiddenPackWords")));
        String tooLong = page("/packs?q=" + "word+".repeat(30));
        assertTrue(tooLong.contains("Search with at most 100 characters."));
        assertEquals(List.of(), listed(tooLong));
        String odd = page("/packs?q=" + encode("\"><b>x</b>"));
        assertFalse(odd.contains("<b>x</b>"), "the words are escaped where shown");
        assertTrue(odd.contains("value=\"&#34;>&lt;b>x&lt;/b>\""), "an attribute's quote and tags escaped: " + odd);
    }

    @Test
    void eachFilterNarrowsTheListAndAnUnknownValueExplainsTheEmptyList() throws Exception {
        String java = page("/packs?tag=" + encode("language:Java"));
        assertEquals(List.of("tempo-for-java"), listed(java));
        assertTrue(java.contains("<a href=\"/packs?tag=language%3AJava\" aria-current=\"page\">Java (1)</a>"), java);
        assertTrue(java.contains("<option value=\"language:Java\" selected>Java</option>"), "the select keeps it");
        assertTrue(java.contains("<a href=\"/packs?tag=language%3AGo\">Go (1)</a>"));
        assertTrue(java.contains("<option value=\"language:Rust\">Rust</option>"), "the select offers every tag");
        assertEquals(List.of("go-mesh-sampling"), listed(page("/packs?tag=" + encode("scenario:Sampling and cost"))));
        assertEquals(List.of(), listed(page("/packs?tag=" + encode("language:Rust"))), "only pending and declined");

        assertEquals(List.of("tempo-for-java", xss.slug(), "go-mesh-sampling"), listed(page("/packs?release=1.4")),
                "every version 1 was tried on 1.4");
        assertEquals(List.of("tempo-for-java"), listed(page("/packs?release=1.3")), "version 2 was tried on 1.3");
        assertEquals(List.of("tempo-for-java"), listed(page("/packs?release=v1.3.5")));
        assertEquals(List.of("go-mesh-sampling"), listed(page("/packs?release=1.2")), "confirmed on 1.2");
        String releases = page("/packs?release=1.3");
        int newest = releases.indexOf("<option value=\"1.4\">1.4</option>");
        int asked = releases.indexOf("<option value=\"1.3\" selected>1.3</option>");
        int oldest = releases.indexOf("<option value=\"1.2\">1.2</option>");
        assertTrue(newest >= 0 && newest < asked && asked < oldest, "the releases, newest first: " + releases);

        assertEquals(List.of("tempo-for-java"), listed(page("/packs?verified=yes")));
        assertTrue(page("/packs?verified=yes").contains("value=\"yes\" checked>"));
        assertEquals(List.of(), listed(page("/packs?verified=yes&tag=" + encode("language:Go"))));
        assertEquals(List.of("go-mesh-sampling"),
                listed(page("/packs?q=mesh&release=1.4&tag=" + encode("language:Go"))));

        String unknownTag = page("/packs?tag=" + encode("language:<b>Cobol</b>"));
        assertEquals(List.of(), listed(unknownTag));
        assertTrue(unknownTag.contains("There is no tag “language:&lt;b&gt;Cobol&lt;/b&gt;”. Pick one from the list."),
                unknownTag);
        String longTag = page("/packs?tag=" + "x".repeat(5000));
        assertTrue(longTag.contains("There is no tag “" + "x".repeat(60) + "…”."), "cut to its bound");
        assertFalse(longTag.contains("x".repeat(61)));
        assertTrue(page("/packs?release=9.9").contains("No pack was tried or confirmed on Odigos 9.9 yet."));
        assertTrue(page("/packs?release=1.1").contains("No pack was tried or confirmed on Odigos 1.1 yet."),
                "only the hidden pack was confirmed on 1.1");
        String notARelease = page("/packs?release=" + encode("<i>latest"));
        assertTrue(notARelease.contains("“&lt;i&gt;latest” is not an Odigos release, like 1.4."), notARelease);
        assertEquals(List.of(), listed(notARelease));
    }

    @Test
    void aPackPageShowsReadmeFilesVersionsRatingsConfirmationsAndTheInstallCommand() throws Exception {
        String p = page("/packs/tempo-for-java");
        assertTrue(p.contains("<h1>Tempo for Java</h1>"));
        assertTrue(p.contains("<div class=\"body\">Use it when <b>Tempo for Java</b> matters.</div>"), "README mrkdwn");
        assertTrue(p.contains("<span class=\"badge verified\">✓ Verified</span>"));
        assertFalse(p.contains("Untested on recent releases"), "confirmed on 1.4, the current release");
        PackVersion v1 = versions(tempo.id()).get(1);
        assertTrue(p.contains("<code id=\"install-command\">kubectl apply -f " + PUBLIC_URL
                + "/packs/tempo-for-java/v2.yaml</code>"), p);
        assertTrue(p.contains("sha256 <code class=\"hash\" id=\"sha256\">" + tempo2.sha256() + "</code>"));
        assertTrue(p.contains("<h3>Version 2</h3>") && p.contains("<h3>Version 1</h3>"));
        assertTrue(p.indexOf("<h3>Version 2</h3>") < p.indexOf("<h3>Version 1</h3>"), "newest first");
        assertTrue(p.contains("tried on Odigos\n                            1.3</p>"), p);
        assertTrue(p.contains("<p>Samples less on *1.3*</p>"), "what changed, as typed");
        assertTrue(p.contains("<code>kubectl apply -f " + PUBLIC_URL + "/packs/tempo-for-java/v1.yaml</code>"));
        assertTrue(p.contains("sha256 <code class=\"hash\">" + v1.sha256() + "</code>"));
        assertTrue(p.contains("<a href=\"/packs/tempo-for-java/v1.yaml\">YAML of version 1</a>"));
        List<StoredDocument> files = t.bot.platform().database().inTransaction(em ->
                new PacksStore().latestPublished(em, tempo.id()).orElseThrow().documents());
        assertEquals(12, files.size());
        for (StoredDocument d : files) {
            assertTrue(p.contains("<tr><td>" + d.kind() + " <span class=\"meta\">" + d.apiVersion() + "</span></td><td>"
                    + d.name() + "</td>\n                            <td>" + d.line() + "</td></tr>"), d.kind());
        }
        assertTrue(p.contains("# version 2\n# PII-safe tracing"), "the YAML itself");
        assertTrue(p.contains("TEMPO_URL: http://&lt;tempo-host&gt;.&lt;tempo-namespace&gt;"), "escaped in the pre");
        assertTrue(p.contains("★ 3.4 from 2 ratings"));
        assertTrue(p.contains("<th scope=\"row\">5 ★</th><td>1</td>") && p.contains("<th scope=\"row\">4 ★</th><td>1</td>")
                && p.contains("<th scope=\"row\">1 ★</th><td>0</td>"));
        assertTrue(p.contains("<tr><td>1.4</td><td>1</td></tr>"), "confirmations by release");
        assertFalse(p.contains("Shared by</dt>") || p.contains("Max") || p.contains(MAX) || p.contains(CAL),
                "nobody is named: packs have no \"show my name\"");

        HttpResponse<String> yaml = get("/packs/tempo-for-java/v1.yaml");
        assertEquals(200, yaml.statusCode());
        assertEquals(v1.sha256(), yaml.headers().firstValue("X-Checksum-Sha256").orElseThrow());
        assertEquals(new String(file("valid-every-kind.yaml"), StandardCharsets.UTF_8), yaml.body());
        awaitDownloads(tempo, 1);

        String untested = page("/packs/go-mesh-sampling");
        assertTrue(untested.contains("<span class=\"badge outdated\">Untested on recent releases</span>"));
        assertTrue(untested.contains("<tr><td>1.2</td><td>1</td></tr>"));
        assertFalse(untested.contains("Verified"));
        assertTrue(page("/packs/" + xss.slug()).contains("Nobody has confirmed it yet."));
    }

    @Test
    void pendingDeclinedHiddenAndUnknownPacksAreNotFound() throws Exception {
        for (String path : List.of("/packs/" + pending.slug(), "/packs/" + declined.slug(), "/packs/" + hidden.slug(),
                "/packs/nothing-here", "/packs/Tempo-For-Java", "/packs/tempo-for-java/", "/packs/tempo-for-java/x",
                "/packs/tempo-for-java/v3.yaml", "/packs/" + hidden.slug() + "/v1.yaml", "/packs/%3Cscript%3E",
                "/packs/" + "a".repeat(81), "/packs/feed.atom")) {
            HttpResponse<String> r = get(path);
            assertEquals(404, r.statusCode(), path);
            assertTrue(r.body().contains("<h1>Not found</h1>"), path);
            assertFalse(r.body().contains("<script"), path);
            assertTrue(r.headers().firstValue("Content-Security-Policy").orElseThrow().contains("default-src 'none'"));
        }
    }

    @Test
    void nothingPrivateIsShownAndAPayloadStaysText() throws Exception {
        for (String path : List.of("/packs", "/packs?q=alert", "/packs/tempo-for-java", "/packs/go-mesh-sampling",
                "/packs/" + xss.slug(), "/packs?release=1.4&verified=yes")) {
            HttpResponse<String> r = get(path);
            assertEquals(200, r.statusCode(), path);
            String body = r.body();
            assertFalse(SLACK_USER_ID.matcher(body).find(), path + " shows a Slack user id");
            for (String member : List.of(ANN, BEN, CAL, MAX, ADMIN, TestBot.CHANNEL)) {
                assertFalse(body.contains(member), path + " shows " + member);
            }
            assertFalse(body.contains("<script") || body.contains("<img") || body.contains("javascript:"), path);
            String policy = r.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertTrue(policy.contains("default-src 'none'") && !policy.contains("script-src"), path);
        }
        String list = page("/packs");
        assertTrue(list.contains("<a href=\"/packs/" + xss.slug() + "\">&lt;script&gt;alert(1)&lt;/script&gt;"
                + "&lt;img src=x onerror=alert(1)&gt;</a>"), list);
        assertTrue(list.contains("<p>Summary &lt;script&gt;alert(1)&lt;/script&gt;"));
        String own = page("/packs/" + xss.slug());
        assertTrue(own.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;</h1>"));
        // as the guides' bodies: <script> reads as a Slack link to no address, so only its text stays
        assertTrue(own.contains("<div class=\"body\">scriptalert(1)/scriptimg src=x onerror=alert(1) <b>bold</b> "
                + "click me &lt;script&gt;</div>"), own);
    }

    @Test
    void withThePublicPagesOffOnlyTheYamlIsServed() throws Exception {
        Map<String, String> off = new HashMap<>(settings());
        off.put("PUBLIC_PAGES", "false");
        try (TestBot dark = TestBot.start("jdbc:h2:mem:packs-off-" + java.util.UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1", off)) {
            Pack pack = storedPack(dark.bot, dark.clock.instant(), ANN, new PackDetails("Dark pack", "s", "r", Set.of()));
            String at = "http://127.0.0.1:" + dark.bot.port();
            for (String path : List.of("/packs", "/packs/" + pack.slug())) {
                assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(at + path)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode(), path);
            }
            assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(at + "/packs/dark-pack/v1.yaml")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode());
        }
    }
}
