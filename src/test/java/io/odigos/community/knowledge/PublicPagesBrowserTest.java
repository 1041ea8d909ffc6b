package io.odigos.community.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.odigos.community.CommunityBot;
import io.odigos.community.core.BotConfig;
import io.odigos.community.feedback.FeedbackField;
import io.odigos.community.feedback.FeedbackKind;
import io.odigos.community.feedback.FeedbackSource;
import io.odigos.community.feedback.FeedbackStatus;
import io.odigos.community.feedback.FeedbackSubmission;
import io.odigos.community.testing.Browser;
import io.odigos.community.testing.PublicSite;
import io.odigos.community.testing.SignedSlack;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The public pages in headless Chromium, as a visitor uses them, against the bot in local mode (where they are on):
 * from the roadmap to an item, from the guides to a topic and an entry, along the Atom link; and a real XSS payload in
 * every field a member or admin writes, checked in the page's DOM.
 */
class PublicPagesBrowserTest {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "\"><img src=x onerror=alert(1)>";
    static PublicSite site;
    static CommunityBot bot;
    static Browser browser;
    static PublicSiteSeed seed;
    static String base;
    static long xssGuide;
    static long xssRequest;
    static final String XSS_TOPIC = SCRIPT;

    @BeforeAll
    static void start() throws Exception {
        site = PublicSite.start(Map.of());
        bot = site.bot;
        browser = site.browser;
        base = site.base;
        var slack = bot.emulator().orElseThrow();
        seed = new PublicSiteSeed(bot, BotConfig.LOCAL_ADMIN, new SignedSlack(base, bot.config().signingSecret()))
                .seed(slack);
        slack.addUser("U0XSSAUTH", IMG + SCRIPT, "UTC", false, false);
        seed.topic(XSS_TOPIC);
        xssGuide = seed.guide("U0XSSAUTH", new EntryDraft(SCRIPT + IMG, "Summary " + IMG + SCRIPT, EntryKind.TUTORIAL,
                "https://odigos.io/?q='onmouseover='alert(1)", SCRIPT + " *bold* " + IMG + " <javascript:alert(1)|click me> &lt;script&gt;",
                List.of("eBPF", XSS_TOPIC), "1.0", null, true), EntryStatus.PUBLISHED);
        var feedback = bot.features().feedback().service();
        xssRequest = feedback.submit(new FeedbackSubmission(FeedbackKind.FEATURE, Map.of(FeedbackField.TITLE,
                SCRIPT + IMG, FeedbackField.PROBLEM, IMG + " <javascript:alert(1)|x> " + SCRIPT,
                FeedbackField.PROPOSAL, SCRIPT)), PublicSiteSeed.VOTER, FeedbackSource.SLASH_COMMAND, null).id();
        feedback.changeStatus(xssRequest, FeedbackStatus.PLANNED, BotConfig.LOCAL_ADMIN);
    }

    @AfterAll
    static void stop() throws Exception {
        if (site != null) {
            site.close();
        }
    }

    void clickInDm(String linkText) {
        browser.find("main").findElement(By.linkText(linkText)).click();
        browser.find("main h1");
    }

    @Test
    void aVisitorFollowsTheRoadmapToAnItem() {
        site.open("/roadmap");
        assertEquals("Odigos community roadmap", site.heading());
        assertTrue(browser.find("#planned + ul").getText().contains("Planned request PlannedWords"));
        assertTrue(browser.find("#shipped + ul").getText().contains("Shipped request ShippedWords"));
        clickInDm("Planned request PlannedWords");
        assertEquals("Planned request PlannedWords", site.heading());
        assertTrue(browser.find("dl.facts").getText().contains("3 votes"));
        assertTrue(browser.find("main").getText().contains("The problem PlannedWords"));
        site.assertLandmarks();
    }

    @Test
    void aVisitorBrowsesGuidesByTopicToAnEntryAndFollowsTheFeed() throws Exception {
        site.open("/kb");
        assertEquals("Odigos community guides", site.heading());
        WebElement search = browser.find("form[role=search] input[type=search]");
        assertEquals("q", search.getAttribute("id"));
        assertEquals(1, browser.all("label[for=q]").size(), "the search box has a label");
        search.sendKeys("shy guide");
        search.submit();
        assertTrue(browser.find("#results + ul").getText().contains("Shy guide ShyGuideWords"));
        assertEquals("shy guide", browser.find("#q").getAttribute("value"));
        clickInDm("Shy guide ShyGuideWords");
        assertEquals("Shy guide ShyGuideWords", site.heading());
        site.open("/kb");
        clickInDm("Troubleshooting (2)");
        assertEquals("Troubleshooting", site.heading());
        clickInDm("Named guide NamedGuideWords");
        assertEquals("Named guide NamedGuideWords", site.heading());
        assertEquals("Bold", browser.find(".body b").getText(), "the body's mrkdwn as HTML");
        assertTrue(browser.find("dl.facts").getText().contains(PublicSiteSeed.NAMED));
        site.assertLandmarks();

        String feedUrl = browser.find("link[rel=alternate][type='application/atom+xml']").getAttribute("href");
        assertEquals(base + "/kb/feed.atom", feedUrl);
        HttpResponse<String> feed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(feedUrl)).build(),
                HttpResponse.BodyHandlers.ofString());
        NodeList entries = PublicPagesTest.atom(feed.body()).getElementsByTagNameNS(PublicPagesTest.ATOM, "entry");
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            titles.add(PublicPagesTest.text((Element) entries.item(i), "title"));
        }
        assertTrue(titles.contains("Named guide NamedGuideWords"), titles.toString());
        assertTrue(titles.contains(SCRIPT + IMG), "the payload is plain text in the feed: " + titles);
        browser.driver.get(feedUrl.replace("/kb/", "/roadmap/"));
        assertTrue(browser.driver.getPageSource().contains("Shipped request ShippedWords"));
    }

    @Test
    void aKindPageListsItsGuides() {
        site.open("/kb");
        clickInDm("Guide (2)");
        assertEquals("Guide", site.heading());
        assertTrue(browser.find("main").getText().contains("Shy guide ShyGuideWords"));
    }

    @Test
    void aPayloadInEveryFieldStaysText() {
        for (String path : List.of("/roadmap", "/roadmap/" + xssRequest, "/kb", "/kb/" + xssGuide, "/kb/topic/eBPF",
                PublicEntry.topicPath(XSS_TOPIC), "/kb/kind/tutorial",
                "/kb?q=" + URLEncoder.encode(SCRIPT + IMG, StandardCharsets.UTF_8))) {
            site.assertInert(path, SCRIPT);
        }
        site.open("/kb/" + xssGuide);
        assertEquals(SCRIPT + IMG, site.heading());
        String page = browser.find("main").getText();
        assertTrue(page.contains("click me") && page.contains(IMG + SCRIPT), "author's name, as text");
        assertEquals(0, browser.all("main a[rel~=nofollow]").stream()
                .filter(a -> !a.getAttribute("href").startsWith("http")).count(), "no link but http(s)");
        site.open("/roadmap/" + xssRequest);
        assertEquals(SCRIPT + IMG, site.heading());
    }

    @Test
    void pagesFitAPhoneScreen() {
        site.assertFitAPhone(List.of("/roadmap", "/kb", "/kb/" + xssGuide, "/roadmap/" + seed.planned));
    }
}
