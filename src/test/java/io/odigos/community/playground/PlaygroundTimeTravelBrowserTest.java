package io.odigos.community.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.odigos.community.CommunityBot;
import io.odigos.community.core.BotConfig;
import io.odigos.community.events.CommunityEvent;
import io.odigos.community.events.EventDraft;
import io.odigos.community.events.EventKind;
import io.odigos.community.testing.Browser;
import io.odigos.community.testing.BrowserSession;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Time travel in a real browser: an admin moves the bot a week ahead and the reminder it owes her arrives live. */
class PlaygroundTimeTravelBrowserTest {

    BrowserSession session;
    CommunityBot bot;
    Browser browser;

    @BeforeEach
    void start() throws Exception {
        session = BrowserSession.start();
        bot = session.bot;
        browser = session.browser;
        browser.driver.get(session.page);
        browser.find("#pane");
    }

    @AfterEach
    void stop() throws Exception {
        session.close();
    }

    @Test
    void adaPressesOneWeekAheadAndTheReminderOfHerCallArrivesInHerDms() {
        CommunityEvent call = bot.features().events().admin().create(new EventDraft(EventKind.COMMUNITY_CALL, "Release call",
                "What is new", null, bot.platform().clock().instant().plus(Duration.ofDays(7).plusHours(12)),
                ZoneId.of("UTC"), 60, null, "https://meet.example.com/release"), BotConfig.LOCAL_ADMIN);
        bot.features().events().registrations().register(call.id(), BotConfig.LOCAL_ADMIN);

        browser.select("#who", "U0BEN");
        browser.await(d -> !d.findElement(By.id("time-travel")).isDisplayed());
        browser.select("#who", BotConfig.LOCAL_ADMIN);
        browser.find(".nav-item[data-pane='dm']").click();
        WebElement box = browser.await(d -> d.findElement(By.id("time-travel")).isDisplayed()
                ? d.findElement(By.id("time-travel")) : null);
        assertTrue(box.getText().contains("(Europe/Berlin)"), "the bot's time in Ada's zone: " + box.getText());
        assertFalse(dms().contains("starts in"), "no reminder before the trip");

        box.findElement(By.cssSelector("button[data-travel='week']")).click();

        browser.await(d -> dms().contains("Release call") && dms().contains("starts in 12 hours"));
        browser.await(d -> box.getText().contains("7 days ahead"));
        assertTrue(box.getText().contains("sends event reminders"), box.getText());
        assertEquals("", browser.find("#problem").getText());
    }

    private String dms() {
        return browser.driver.findElements(By.cssSelector("#pane article.msg")).stream().map(WebElement::getText)
                .reduce("", String::concat);
    }
}
