package io.odigos.community.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.odigos.community.packs.Pack;
import io.odigos.community.packs.PackDraft;
import io.odigos.community.packs.PackStatus;
import io.odigos.community.testing.Browser;
import io.odigos.community.testing.BrowserSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A visitor publishes an observability pack in a real browser, picking its YAML file in the form's file input as in
 * Slack: a file that is not valid YAML is refused under the file field, and a good one is stored to wait for review
 * (PACKS_REVIEW is on by default).
 */
class PlaygroundPackUploadBrowserTest {

    static final Path PACKS = Path.of("src", "test", "resources", "packs").toAbsolutePath();

    static BrowserSession session;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        session = BrowserSession.start();
        browser = session.browser;
        browser.driver.get(session.page);
    }

    @AfterAll
    static void stop() throws Exception {
        if (session != null) {
            session.close();
        }
    }

    String field(String blockId) {
        return "form.modal .bk-input[data-block-id='" + blockId + "'] ";
    }

    /** Picks the file as a visitor does in the file dialog, and waits until its upload is listed in the field. */
    void pick(String name) {
        browser.find(field(PackDraft.FILE) + "input[type=file]").sendKeys(PACKS.resolve(name).toString());
        browser.await(d -> d.findElements(By.cssSelector(field(PackDraft.FILE) + ".bk-file-name")).stream()
                .anyMatch(e -> e.getText().equals(name)) ? true : null);
    }

    String errorUnder(String blockId) {
        return browser.await(d -> d.findElements(By.cssSelector(field(blockId) + ".bk-error")).stream()
                .map(WebElement::getText).filter(t -> !t.isBlank()).findFirst().orElse(null));
    }

    List<Pack> packsNamed(String name) {
        return session.bot.platform().database().inTransaction(em -> em.createQuery(
                "select p from Pack p where p.name = :n", Pack.class).setParameter("n", name).getResultList());
    }

    @Test
    void aVisitorPublishesAPackWithItsFileAndABadFileIsRefusedUnderTheFileField() throws Exception {
        session.as("U0BEN");
        session.show("channel");
        session.type("/packs publish");
        browser.find(field(PackDraft.NAME) + ".bk-el").sendKeys("Payments tracing");
        browser.find(field(PackDraft.SUMMARY) + ".bk-el").sendKeys("Traces of Java payment services, PANs masked");
        browser.find(field(PackDraft.README) + ".bk-el").sendKeys("Install it on a cluster running Odigos 1.4.");
        new Select(browser.find(field("pack-tags-signal") + ".bk-el")).selectByValue("signal:Traces");
        WebElement triedOn = browser.find(field(PackDraft.TRIED_ON) + ".bk-el");
        if (triedOn.getTagName().equals("select")) {
            new Select(triedOn).selectByIndex(0);
        } else {
            triedOn.sendKeys("1.4");
        }
        WebElement input = browser.find(field(PackDraft.FILE) + "input[type=file]");
        assertEquals(".yaml,.yml", input.getAttribute("accept"));
        assertEquals(null, input.getAttribute("multiple"), "max_files is 1");

        Path folder = Files.createTempDirectory("picked");
        Path big = Files.write(folder.resolve("big.yaml"), new byte[MemberUploads.MAX_BYTES + 1]);
        Path text = Files.writeString(folder.resolve("notes.txt"), "kind: Destination");
        browser.find(field(PackDraft.FILE) + "input[type=file]").sendKeys(big.toString());
        assertTrue(errorUnder(PackDraft.FILE).contains("at most 10 MB"), "refused by the page, as Slack's client does");
        browser.find(field(PackDraft.FILE) + "input[type=file]").sendKeys(text.toString());
        assertTrue(errorUnder(PackDraft.FILE).contains("notes.txt is not a .yaml or .yml file"));
        assertTrue(session.slack.calls("files.getUploadURLExternal").isEmpty(), "neither was sent");
        Files.delete(big);
        Files.delete(text);
        Files.delete(folder);

        pick("invalid-yaml.yaml");
        browser.find("form.modal .modal-submit").click();
        String refused = errorUnder(PackDraft.FILE);
        assertTrue(refused.contains("not valid YAML"), refused);
        assertTrue(packsNamed("Payments tracing").isEmpty(), "nothing was stored");

        pick("valid-every-kind.yaml");
        assertEquals(1, browser.all(field(PackDraft.FILE) + ".bk-file-name").size(), "the new file replaced the old");
        browser.script("arguments[0].scrollIntoView({block: 'center'})", browser.find(field(PackDraft.FILE)));
        browser.screenshot(Path.of("target", "screenshots", "playground-pack-upload.png"));
        browser.find("form.modal .modal-submit").click();
        browser.await(d -> d.findElements(By.cssSelector("form.modal")).isEmpty());
        List<Pack> stored = packsNamed("Payments tracing");
        assertEquals(1, stored.size());
        assertEquals(PackStatus.PENDING, stored.get(0).status(), "it waits for an admin's review");
        session.show("dm");
        browser.await(d -> d.findElement(By.cssSelector("#pane")).getText().contains("waits for an admin")
                ? true : null);
    }
}
