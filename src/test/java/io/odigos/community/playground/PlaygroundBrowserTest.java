package io.odigos.community.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.odigos.community.testing.Browser;
import io.odigos.community.testing.BrowserSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;

/**
 * The playground in a real browser, against the whole bot in local mode: what a visitor does goes through the signed
 * endpoint and the real listeners, and what the bot sends shows up live, as in Slack.
 */
class PlaygroundBrowserTest {

    static BrowserSession session;
    static Browser browser;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        session = BrowserSession.start();
        browser = session.browser;
        base = session.page;
    }

    @AfterAll
    static void stop() throws Exception {
        if (session != null) {
            session.close();
        }
    }

    @BeforeEach
    void openThePage() {
        browser.driver.get(base);
        browser.find("#pane");
    }

    WebElement field(String blockId) {
        return browser.find("form.modal .bk-input[data-block-id='" + blockId + "'] .bk-el");
    }

    /** The text of the first message shown that contains all the words, once there is one. */
    String post(String... words) {
        return browser.await(d -> d.findElements(By.cssSelector("#pane article.msg")).stream().map(WebElement::getText)
                .filter(text -> java.util.Arrays.stream(words).allMatch(text::contains)).findFirst().orElse(null));
    }

    /** Clicks an element of the first message that contains the words. */
    void clickIn(String containing, String css) {
        browser.await(d -> {
            for (WebElement message : d.findElements(By.cssSelector("#pane article.msg"))) {
                if (message.getText().contains(containing)) {
                    message.findElement(By.cssSelector(css)).click();
                    return true;
                }
            }
            return null;
        });
    }

    /** How many elements matching the selector the first message containing the words holds. */
    int count(String containing, String css) {
        return browser.await(d -> d.findElements(By.cssSelector("#pane article.msg")).stream()
                .filter(m -> m.getText().contains(containing)).findFirst()
                .map(m -> m.findElements(By.cssSelector(css)).size()).orElse(null));
    }

    void submitFeatureRequest(String title, String problem) {
        session.type("/feedback");
        field("title").sendKeys(title);
        field("problem").sendKeys(problem);
        browser.find("form.modal .modal-submit").click();
    }

    @Test
    void aRequestIsSubmittedVotedOnLiveByTwoMembersAndShippedWhileTheAuthorsDmArrives() {
        session.as("U0BEN");
        session.show("channel");
        submitFeatureRequest("Ruby support", "We run Rails services.");
        browser.await(d -> d.findElements(By.cssSelector("form.modal")).isEmpty());
        post("Ruby support", "0 votes");
        String bensWindow = browser.driver.getWindowHandle();

        browser.driver.switchTo().newWindow(WindowType.TAB);
        browser.driver.get(base);
        session.as("U0CHLOE");
        session.show("channel");
        clickIn("Ruby support", ".bk-button.bk-primary");
        post("Ruby support", "1 vote");
        String chloesWindow = browser.driver.getWindowHandle();

        browser.driver.switchTo().window(bensWindow);
        post("Ruby support", "1 vote"); // no reload: the page was told
        clickIn("Ruby support", ".bk-button.bk-primary");
        browser.driver.switchTo().window(chloesWindow);
        post("Ruby support", "2 votes");

        session.as("U0ADA");
        session.type("/community-admin status 1 shipped");
        post("is now", "Shipped", "Only visible to you");
        browser.driver.switchTo().window(bensWindow);
        session.show("dm");
        post("Ruby support", "Shipped");
        browser.driver.switchTo().window(chloesWindow);
        browser.driver.close();
        browser.driver.switchTo().window(bensWindow);
    }

    @Test
    void formErrorsShowUnderTheirFieldsAndMemberTextNeverBecomesMarkup() {
        session.as("U0DEV");
        session.show("channel");
        String payload = "<img src=x onerror=\"window.xss=1\"><script>window.xss=2</script>";
        session.type(payload);
        post(payload);
        assertEquals(0, count(payload, "img, script"), "the message is text, not markup");

        session.type("/feedback");
        browser.find("form.modal .modal-submit").click();
        WebElement required = browser.find("form.modal .bk-input[data-block-id='title'] .bk-error");
        assertEquals("Please complete this required field.", required.getText(), "Slack's client refuses first");

        field("title").sendKeys("Ping <!channel> about this");
        field("problem").sendKeys(payload);
        browser.find("form.modal .modal-submit").click();
        WebElement refused = browser.find("form.modal .bk-input[data-block-id='title'] .bk-error");
        assertTrue(refused.getText().toLowerCase().contains("channel"), refused.getText());
        assertTrue(browser.all("form.modal .bk-input[data-block-id='problem'] .bk-error").isEmpty());

        field("title").clear();
        field("title").sendKeys(payload);
        browser.find("form.modal .modal-submit").click();
        browser.await(d -> d.findElements(By.cssSelector("form.modal")).isEmpty());
        post("window.xss=2", "0 votes");
        assertEquals(0, count("0 votes", "img, script"));
        assertNull(browser.script("return window.xss;"), "no script ran");
        assertFalse(browser.driver.getPageSource().contains("<img src=\"x\""));
    }

    @Test
    void commandsAreOfferedFromTheManifestWithTheirUsage() {
        session.as("U0EVA");
        session.show("channel");
        WebElement box = browser.find("#message");
        box.clear();
        box.sendKeys("/re");
        WebElement first = browser.find("#suggestions li");
        assertTrue(first.getText().startsWith("/requests"), first.getText());
        assertTrue(first.getText().contains("Browse and vote on requests"), first.getText());
        box.sendKeys(Keys.TAB);
        assertEquals("/requests ", box.getAttribute("value"));
        assertTrue(browser.find("#suggestions li.hint").getText().contains("top | new | mine"));
        session.type("/nosuchcommand");
        assertTrue(browser.find("#problem").getText().contains("/nosuchcommand is not a valid command"));
    }
}
