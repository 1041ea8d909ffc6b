package io.odigos.community.playground;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.odigos.community.testing.Browser;
import io.odigos.community.testing.BrowserSession;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The demo community from the playground's button, then used as a member would: in a real browser. */
class PlaygroundDemoBrowserTest {

    static BrowserSession session;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        // the demo's own ~200 messages must not keep the member's confirmation waiting at Slack's real pace
        session = BrowserSession.start(Map.of("SLACK_POSTS_PER_MINUTE", "60000"));
        browser = session.browser;
    }

    @AfterAll
    static void stop() throws Exception {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void theButtonLoadsTheDemoAndAMemberRegistersForItsCommunityCallFromTheEventsListing() throws Exception {
        browser.driver.get(session.page);
        browser.find("#load-demo").click();
        // the page reloads once loaded (several seconds: the hackathon must reach hacking): the demo's members can be
        // picked and the button is gone
        new WebDriverWait(browser.driver, Duration.ofSeconds(60)).until(d -> d.findElements(By.cssSelector(
                "#who option[value='" + DemoData.id("Amara") + "']")).isEmpty() ? null : true);
        assertTrue(browser.all("#load-demo").isEmpty());

        browser.select("#who", "U0EVA");
        browser.find(".nav-item[data-pane='channel']").click();
        WebElement box = browser.find("#message");
        box.sendKeys("/events");
        box.sendKeys(Keys.ENTER);
        browser.await(d -> {
            for (WebElement message : d.findElements(By.cssSelector("#pane article.msg"))) {
                String text = message.getText();
                if (text.contains("Only visible to you") && text.contains(DemoData.CALL_TITLE)
                        && text.contains(DemoData.CALL_REGISTRATIONS + " registered")) {
                    // the call is next week, the workshop after it: its Register comes first
                    message.findElement(By.cssSelector(".bk-button.bk-primary")).click();
                    return true;
                }
            }
            return null;
        });

        browser.find(".nav-item[data-pane='dm']").click();
        String confirmation = browser.await(d -> d.findElements(By.cssSelector("#pane article.msg")).stream()
                .map(WebElement::getText).filter(t -> t.contains("You are registered for")).findFirst().orElse(null));
        assertTrue(confirmation.contains(DemoData.CALL_TITLE), confirmation);

        // the pictures in README and docs/images come from here: the demo's channel and Home tab
        browser.find(".nav-item[data-pane='channel']").click();
        browser.await(d -> d.findElements(By.cssSelector("#pane article.msg")).size() > 3 ? true : null);
        browser.screenshot(Path.of("target", "screenshots", "demo-channel.png"));
        browser.find(".nav-item[data-pane='home']").click();
        browser.await(d -> d.findElements(By.cssSelector("#pane .home")).isEmpty() ? null : true);
        browser.screenshot(Path.of("target", "screenshots", "demo-home.png"));
    }
}
