package io.odigos.community.packs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.odigos.community.testing.Browser;
import io.odigos.community.testing.PublicSite;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The packs portal in headless Chromium, as a visitor uses it, against the bot in local mode (where the public pages
 * are on): search, filter by clicking a tag, the select and the Verified box, open a pack and install what its page
 * says; and a real XSS payload in a pack's name, summary and README, checked in the page's DOM.
 */
class PackPagesBrowserTest {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "<img src=x onerror=alert(1)>";
    static PublicSite site;
    static Browser browser;
    static Pack xss;

    @BeforeAll
    static void start() throws Exception {
        site = PublicSite.start(Map.of("ODIGOS_CURRENT_VERSION", "v1.4.2", "PACKS_MAINTAINERS", PacksJourneys.MAX));
        browser = site.browser;
        Instant now = Instant.now();
        PacksJourneys.storedPack(site.bot, now, PacksJourneys.MAX, new PackDetails("Tempo for Java",
                "Traces of Java services into Tempo", "Use it when *Java* traces matter.",
                Set.of("language:Java", "destination:Tempo")));
        PacksJourneys.storedPack(site.bot, now, PacksJourneys.ANN, new PackDetails("Go mesh sampling",
                "Sampling for a busy Go mesh", "Keeps one trace in ten.", Set.of("language:Go")));
        xss = PacksJourneys.storedPack(site.bot, now, "U0XSSAUTH", new PackDetails(SCRIPT + IMG,
                "Summary " + IMG + SCRIPT, SCRIPT + " *bold* " + IMG + " <javascript:alert(1)|click me>",
                Set.of("language:Go")));
    }

    @AfterAll
    static void stop() throws Exception {
        if (site != null) {
            site.close();
        }
    }

    /** The packs the list shows, in its order. */
    List<String> listed() {
        browser.find("#results");
        return browser.all("ul.items h3 a").stream().map(WebElement::getText).toList();
    }

    void search() {
        browser.find("form[role=search] button[type=submit]").click();
        browser.find("#results");
    }

    @Test
    void aVisitorSearchesOpensAPackAndInstallsWhatItsPageSays() throws Exception {
        site.open("/packs");
        assertEquals("Odigos observability packs", site.heading());
        assertEquals(1, browser.all("label[for=q]").size(), "the search box has a label");
        WebElement box = browser.find("#q");
        box.sendKeys("tempo");
        search();
        assertEquals(List.of("Tempo for Java"), listed());
        assertEquals("tempo", browser.find("#q").getAttribute("value"));
        browser.find("main").findElement(By.linkText("Tempo for Java")).click();
        assertEquals("Tempo for Java", site.heading());
        assertEquals("Java", browser.find(".body b").getText(), "the README's mrkdwn as HTML");
        assertTrue(browser.find("main").getText().contains("✓ Verified"));
        String command = browser.find("#install-command").getText();
        assertEquals("kubectl apply -f " + site.base + "/packs/tempo-for-java/v1.yaml", command);
        String sha256 = browser.find("#sha256").getText();
        HttpResponse<byte[]> yaml = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(command.substring("kubectl apply -f ".length()))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, yaml.statusCode());
        assertEquals(PackVersion.sha256(yaml.body()), sha256, "the sha256 beside the command names what it installs");
        assertTrue(browser.find("pre.yaml").getText().contains("kind: Source"), "the YAML itself");
        assertTrue(browser.find("main").getText().contains("Untested on recent releases"));
        site.assertLandmarks();
    }

    @Test
    void aVisitorFiltersByTagLinkSelectAndTheVerifiedBox() {
        site.open("/packs");
        assertEquals(3, listed().size());
        browser.find("main").findElement(By.linkText("Go (2)")).click();
        assertTrue(listed().containsAll(List.of("Go mesh sampling", SCRIPT + IMG)) && listed().size() == 2,
                listed().toString());
        assertEquals("language:Go", browser.find("#tag option[selected]").getAttribute("value"), "the select follows");
        browser.select("#tag", "language:Java");
        search();
        assertEquals(List.of("Tempo for Java"), listed());
        browser.select("#tag", "");
        browser.select("#release", "1.4");
        search();
        assertEquals(3, listed().size(), "every pack was tried on 1.4");
        browser.find("#verified").click();
        search();
        assertEquals(List.of("Tempo for Java"), listed());
        assertTrue(browser.find("#verified").isSelected(), "the box stays ticked");
        browser.select("#release", "");
        browser.find("#q").sendKeys("mesh");
        search();
        assertEquals(List.of(), listed());
        assertEquals("No pack matches. Try other words, or fewer filters.", browser.find("#none").getText());
    }

    @Test
    void aPayloadInAPacksNameSummaryAndReadmeStaysText() {
        for (String path : List.of("/packs", "/packs/" + xss.slug(), "/packs?tag=language%3AGo",
                "/packs?q=" + URLEncoder.encode(SCRIPT + IMG, StandardCharsets.UTF_8))) {
            site.assertInert(path, SCRIPT + IMG);
        }
        site.open("/packs/" + xss.slug());
        assertEquals(SCRIPT + IMG, site.heading());
        String page = browser.find("main").getText();
        assertTrue(page.contains("Summary " + IMG + SCRIPT), "the summary, as text");
        assertTrue(page.contains("click me"), "a javascript: link stays its label");
        assertEquals("bold", browser.find(".body b").getText(), "the README's own formatting still works");
    }

    @Test
    void pagesFitAPhoneScreen() {
        site.assertFitAPhone(List.of("/packs", "/packs/tempo-for-java", "/packs/" + xss.slug()));
    }
}
