package io.odigos.community.testing;

import io.odigos.community.CommunityBot;
import io.odigos.community.local.SlackEmulator;
import java.util.Map;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** A local-mode bot and a browser on its playground, started and closed together by a browser test class. */
public final class BrowserSession implements AutoCloseable {

    public final CommunityBot bot;
    public final SlackEmulator slack;
    public final Browser browser;
    /** The playground's page, e.g. {@code http://127.0.0.1:41234/}. */
    public final String page;

    private BrowserSession(CommunityBot bot, Browser browser) {
        this.bot = bot;
        this.slack = bot.emulator().orElseThrow();
        this.browser = browser;
        this.page = LocalBot.address(bot) + "/";
    }

    public static BrowserSession start() throws Exception {
        return start(Map.of());
    }

    public static BrowserSession start(Map<String, String> settings) throws Exception {
        CommunityBot bot = LocalBot.start(settings);
        try {
            return new BrowserSession(bot, Browser.start());
        } catch (Exception | Error e) {
            bot.close(); // a skipped or failed browser start must not leave the bot running
            throw e;
        }
    }

    /** Picks who the visitor is, as the "You are" select does. */
    public void as(String memberId) {
        browser.select("#who", memberId);
    }

    /** Opens the channel, the DM with the bot or the Home tab ("channel", "dm", "home"). */
    public void show(String pane) {
        browser.find(".nav-item[data-pane='" + pane + "']").click();
    }

    /** Types into the message box and presses Enter, as a member sends a message or a command. */
    public void type(String text) {
        WebElement box = browser.find("#message");
        box.clear();
        box.sendKeys(text);
        box.sendKeys(Keys.ENTER);
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
