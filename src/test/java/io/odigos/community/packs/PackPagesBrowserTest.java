package io.odigos.community.packs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.odigos.community.CommunityBot;
import io.odigos.community.testing.Browser;
import io.odigos.community.testing.LocalBot;
import java.net.ServerSocket;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

/**
 * The packs portal in headless Chromium, as a visitor uses it, against the bot in local mode (where the public pages
 * are on): search, filter by clicking a tag, the select and the Verified box, open a pack and install what its page
 * says; and a real XSS payload in a pack's name, summary and README, checked in the page's DOM.
 */
class PackPagesBrowserTest {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "<img src=x onerror=alert(1)>";
    static CommunityBot bot;
    static Browser browser;
    static String base;
    static Pack xss;

    @BeforeAll
    static void start() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        base = "http://127.0.0.1:" + port;
        // PUBLIC_URL is where this browser reaches the bot, so the install command it shows leads back here
        bot = LocalBot.start(Map.of("PORT", String.valueOf(port), "PUBLIC_URL", base,
                "ODIGOS_CURRENT_VERSION", "v1.4.2", "PACKS_MAINTAINERS", PacksJourneys.MAX));
        try {
            browser = Browser.start();
        } catch (Exception | Error e) {
            bot.close();
            throw e;
        }
        Instant now = Instant.now();
        PacksJourneys.storedPack(bot, now, PacksJourneys.MAX, new PackDetails("Tempo for Java",
                "Traces of Java services into Tempo", "Use it when *Java* traces matter.",
                Set.of("language:Java", "destination:Tempo")));
        PacksJourneys.storedPack(bot, now, PacksJourneys.ANN, new PackDetails("Go mesh sampling",
                "Sampling for a busy Go mesh", "Keeps one trace in ten.", Set.of("language:Go")));
        xss = PacksJourneys.storedPack(bot, now, "U0XSSAUTH", new PackDetails(SCRIPT + IMG, "Summary " + IMG + SCRIPT,
                SCRIPT + " *bold* " + IMG + " <javascript:alert(1)|click me>", Set.of("language:Go")));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (bot != null) {
            bot.close();
        }
    }

    /** Opens a page; it is complete when loaded (the server renders it whole, and no script runs). */
    void open(String path) {
        browser.driver.get(base + path);
        assertEquals(1, browser.all("main h1").size(), () -> path + ": " + browser.driver.getPageSource());
    }

    String heading() {
        return browser.find("main h1").getText();
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
        open("/packs");
        assertEquals("Odigos observability packs", heading());
        assertEquals(1, browser.all("label[for=q]").size(), "the search box has a label");
        WebElement box = browser.find("#q");
        box.sendKeys("tempo");
        search();
        assertEquals(List.of("Tempo for Java"), listed());
        assertEquals("tempo", browser.find("#q").getAttribute("value"));
        browser.find("main").findElement(By.linkText("Tempo for Java")).click();
        assertEquals("Tempo for Java", heading());
        assertEquals("Java", browser.find(".body b").getText(), "the README's mrkdwn as HTML");
        assertTrue(browser.find("main").getText().contains("✓ Verified"));
        String command = browser.find("#install-command").getText();
        assertEquals("kubectl apply -f " + base + "/packs/tempo-for-java/v1.yaml", command);
        String sha256 = browser.find("#sha256").getText();
        HttpResponse<byte[]> yaml = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(command.substring("kubectl apply -f ".length()))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, yaml.statusCode());
        assertEquals(PackVersion.sha256(yaml.body()), sha256, "the sha256 beside the command names what it installs");
        assertTrue(browser.find("pre.yaml").getText().contains("kind: Source"), "the YAML itself");
        assertTrue(browser.find("main").getText().contains("Untested on recent releases"));
        assertLandmarks();
    }

    @Test
    void aVisitorFiltersByTagLinkSelectAndTheVerifiedBox() {
        open("/packs");
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
            open(path);
            assertThrows(NoAlertPresentException.class, () -> browser.driver.switchTo().alert(), path);
            assertEquals(0L, browser.script("return document.querySelectorAll('script, img, [onerror]').length"), path);
            assertEquals(0L, browser.script("return document.querySelectorAll('a[href^=\"javascript\"]').length"),
                    path);
            assertTrue(browser.find("main").getText().contains(SCRIPT + IMG), path + " shows the payload as text");
        }
        open("/packs/" + xss.slug());
        assertEquals(SCRIPT + IMG, heading());
        String page = browser.find("main").getText();
        assertTrue(page.contains("Summary " + IMG + SCRIPT), "the summary, as text");
        assertTrue(page.contains("click me"), "a javascript: link stays its label");
        assertEquals("bold", browser.find(".body b").getText(), "the README's own formatting still works");
    }

    @Test
    void pagesFitAPhoneScreen() {
        try {
            browser.driver.manage().window().setSize(new Dimension(390, 844));
            for (String path : List.of("/packs", "/packs/tempo-for-java", "/packs/" + xss.slug())) {
                open(path);
                assertTrue((Boolean) browser.script("return document.documentElement.scrollWidth <= window.innerWidth"),
                        path + " scrolls sideways");
            }
        } finally {
            browser.driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    /** One header, nav, main and footer, and the headings in order (one h1, no level skipped). */
    void assertLandmarks() {
        for (String landmark : List.of("header", "nav", "main", "footer")) {
            assertEquals(1, browser.all(landmark).size(), landmark);
        }
        assertEquals(1, browser.all("h1").size());
        assertEquals(Boolean.TRUE, browser.script("let last = 1; for (const h of document.querySelectorAll("
                + "'h1,h2,h3')) { const level = +h.tagName[1]; if (level > last + 1) return false; last = level; } "
                + "return true;"));
    }
}
