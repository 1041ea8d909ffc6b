package io.odigos.community.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.odigos.community.CommunityBot;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoAlertPresentException;

/**
 * The public pages in headless Chromium: a local-mode bot (where the pages are on) whose PUBLIC_URL is where the
 * browser reaches it, so the pages' absolute links lead back to it, and the checks every public page must pass.
 */
public final class PublicSite implements AutoCloseable {

    public final CommunityBot bot;
    public final Browser browser;
    /** Where the browser reaches the bot, e.g. {@code http://127.0.0.1:41234}; also its PUBLIC_URL. */
    public final String base;

    private PublicSite(CommunityBot bot, Browser browser, String base) {
        this.bot = bot;
        this.browser = browser;
        this.base = base;
    }

    /** @param settings added to the local bot's (PORT and PUBLIC_URL are the site's) */
    public static PublicSite start(Map<String, String> settings) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String base = "http://127.0.0.1:" + port;
        Map<String, String> all = new HashMap<>(settings);
        all.put("PORT", String.valueOf(port));
        all.put("PUBLIC_URL", base);
        CommunityBot bot = LocalBot.start(all);
        try {
            return new PublicSite(bot, Browser.start(), base);
        } catch (Exception | Error e) {
            bot.close(); // a skipped or failed browser start must not leave the bot running
            throw e;
        }
    }

    /** Opens a page; it is complete when loaded (the server renders it whole, and no script runs). */
    public void open(String path) {
        browser.driver.get(base + path);
        assertEquals(1, browser.all("main h1").size(), () -> path + ": " + browser.driver.getPageSource());
    }

    public String heading() {
        return browser.find("main h1").getText();
    }

    /** One header, nav, main and footer, and the headings in order (one h1, no level skipped). */
    public void assertLandmarks() {
        for (String landmark : List.of("header", "nav", "main", "footer")) {
            assertEquals(1, browser.all(landmark).size(), landmark);
        }
        assertEquals(1, browser.all("h1").size());
        assertEquals(Boolean.TRUE, browser.script("let last = 1; for (const h of document.querySelectorAll("
                + "'h1,h2,h3')) { const level = +h.tagName[1]; if (level > last + 1) return false; last = level; } "
                + "return true;"));
    }

    /** Opens the page and checks that a payload in it ran nothing, made no element and no link, and reads as text. */
    public void assertInert(String path, String payload) {
        open(path);
        assertThrows(NoAlertPresentException.class, () -> browser.driver.switchTo().alert(), path);
        assertEquals(0L, browser.script("return document.querySelectorAll('script, img, [onerror]').length"), path);
        assertEquals(0L, browser.script("return document.querySelectorAll('a[href^=\"javascript\"]').length"), path);
        assertTrue(browser.find("main").getText().contains(payload), path + " shows the payload as text");
    }

    /** Each page on a phone's screen, without scrolling sideways. */
    public void assertFitAPhone(List<String> paths) {
        try {
            browser.driver.manage().window().setSize(new Dimension(390, 844));
            for (String path : paths) {
                open(path);
                assertTrue((Boolean) browser.script("return document.documentElement.scrollWidth <= window.innerWidth"),
                        path + " scrolls sideways");
            }
        } finally {
            browser.driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Override
    public void close() throws Exception {
        try {
            browser.close();
        } finally {
            bot.close();
        }
    }
}
