package io.odigos.community.playground;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.odigos.community.local.SlackEmulator;
import io.odigos.community.testing.Browser;
import io.odigos.community.testing.BrowserSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The other surfaces of Slack in the playground, in a real browser: the Home tab, the message shortcut on a member's
 * own message, a file the bot uploads. It also saves screenshots of the main screens (target/screenshots), which
 * docs/images takes its pictures from.
 */
class PlaygroundSurfacesBrowserTest {

    static BrowserSession session;
    static SlackEmulator slack;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        session = BrowserSession.start();
        slack = session.slack;
        browser = session.browser;
        browser.driver.get(session.page);
    }

    @AfterAll
    static void stop() throws Exception {
        if (session != null) {
            session.close();
        }
    }

    String paneText(String... words) {
        return browser.await(d -> {
            String text = d.findElement(By.cssSelector("#pane")).getText();
            return java.util.Arrays.stream(words).allMatch(text::contains) ? text : null;
        });
    }

    @Test
    void aMessageBecomesARequestThroughTheShortcutAndTheAuthorsHomeShowsIt() throws Exception {
        session.as("U0CHLOE");
        session.show("channel");
        WebElement box = browser.find("#message");
        box.sendKeys("Could Odigos instrument Ruby on Rails apps?", Keys.chord(Keys.SHIFT, Keys.ENTER),
                "We run a big Rails monolith.", Keys.ENTER);
        paneText("Could Odigos instrument Ruby", "We run a big Rails monolith.");
        browser.await(d -> {
            for (WebElement m : d.findElements(By.cssSelector("#pane article.msg"))) {
                if (m.getText().contains("Could Odigos instrument Ruby")) {
                    m.findElement(By.cssSelector(".msg-menu-open")).click();
                    m.findElement(By.cssSelector(".msg-shortcut")).click();
                    return true;
                }
            }
            return null;
        });
        WebElement title = browser.find("form.modal .bk-input[data-block-id='title'] .bk-el");
        assertTrue(title.getAttribute("value").startsWith("Could Odigos instrument Ruby"), title.getAttribute("value"));
        browser.find("form.modal .bk-input[data-block-id='problem'] .bk-el").sendKeys(" Tracing is what we need.");
        browser.screenshot(Path.of("target", "screenshots", "playground-modal.png"));
        browser.find("form.modal .modal-submit").click();
        browser.await(d -> d.findElements(By.cssSelector("form.modal")).isEmpty());
        paneText("Could Odigos instrument Ruby", "0 votes");
        browser.screenshot(Path.of("target", "screenshots", "playground-channel.png"));

        session.show("home");
        String home = browser.await(d -> {
            String text = d.findElement(By.cssSelector("#pane")).getText();
            return text.contains("Could Odigos instrument Ruby") ? text : null;
        });
        assertTrue(home.contains("Could Odigos instrument Ruby"), home);
        browser.screenshot(Path.of("target", "screenshots", "playground-home.png"));
    }

    @Test
    void aFileTheBotUploadsCanBeDownloaded() throws Exception {
        session.as("U0ADA");
        session.show("dm");
        session.type("/community-admin export csv audit_log");
        // read inside the wait: the pane re-renders live, which can leave a found link stale a moment later
        String href = browser.await(d -> d.findElements(By.cssSelector("#pane a.msg-file")).stream().findFirst()
                .map(link -> link.getAttribute("href")).orElse(null));
        assertTrue(href.contains("/playground/files/"), href);
        HttpResponse<byte[]> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, file.statusCode());
        assertEquals("text/csv", file.headers().firstValue("Content-Type").orElse(""));
        assertTrue(new String(file.body(), StandardCharsets.UTF_8).startsWith("id,"), "the export the bot made");
        assertArrayEquals(slack.uploadedFiles().get(0).bytes(), file.body());
    }
}
