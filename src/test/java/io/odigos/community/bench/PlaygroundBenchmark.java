package io.odigos.community.bench;

import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpServer;
import io.odigos.community.CommunityBot;
import io.odigos.community.feedback.FeedbackField;
import io.odigos.community.feedback.FeedbackItem;
import io.odigos.community.feedback.FeedbackKind;
import io.odigos.community.feedback.FeedbackSource;
import io.odigos.community.feedback.FeedbackSubmission;
import io.odigos.community.local.SlackEmulator;
import io.odigos.community.testing.Browser;
import io.odigos.community.testing.BrowserSession;
import io.odigos.community.testing.Payloads;
import io.odigos.community.testing.SignedSlack;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How fast the playground is for a person, in Debian's headless Chromium against the whole bot in local mode:
 * <ul>
 *   <li>page: from navigation to the first screen rendered (the page fetched, its script run, the channel fetched
 *       and drawn), against a blank page from a plain JDK server in the same browser (the floor any page pays);</li>
 *   <li>action: from a click on Vote to the new count drawn (the page's call, the signed request, the bot's ack,
 *       its chat.update through the outbox, the server-sent event, the screen fetched again), against the same vote
 *       sent straight to the bot as Slack would, until the emulator holds the updated post.</li>
 * </ul>
 * {@code mvn -q -B test-compile exec:exec@playground-benchmark} (docs/BENCHMARKS.md). The targets: the page
 * interactive within 1 s, an action's result within 300 ms.
 */
public final class PlaygroundBenchmark {

    static final int PAGE_LOADS = 25;
    static final int VOTES = 20;
    /** A person's pace: more than a second between clicks, so Slack's per-channel pace (one a second) never holds one back. */
    static final long BETWEEN_CLICKS_MILLIS = 1_200;
    static final String[] VOTERS = {"U0BEN", "U0CHLOE", "U0DEV", "U0EVA"};
    static final Pattern VOTES_SHOWN = Pattern.compile("(\\d+) votes?");

    public static void main(String[] args) throws Exception {
        ResultTable table = new ResultTable();
        HttpServer blank = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] blankPage = "<!doctype html><title>blank</title><p>blank</p>".getBytes(StandardCharsets.UTF_8);
        blank.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, blankPage.length);
            exchange.getResponseBody().write(blankPage);
            exchange.close();
        });
        blank.start();
        try (BrowserSession session = BrowserSession.start()) {
            CommunityBot bot = session.bot;
            Browser browser = session.browser;
            SlackEmulator slack = session.slack;
            String base = session.page;
            FeedbackItem item = bot.features().feedback().service().submit(new FeedbackSubmission(FeedbackKind.FEATURE,
                    Map.of(FeedbackField.TITLE, "Ruby support", FeedbackField.PROBLEM, "We run Rails.")), "U0ADA",
                    FeedbackSource.SLASH_COMMAND, null);
            slack.awaitCall("chat.postMessage", Duration.ofSeconds(10));
            Bench.say("Machine: %s; Chromium %s", MachineLoad.loadAverage(),
                    browser.driver.getCapabilities().getBrowserVersion());

            MachineLoad load = MachineLoad.now();
            long[] blankLoads = pageLoads(browser, "http://127.0.0.1:" + blank.getAddress().getPort() + "/",
                    "return performance.getEntriesByType('navigation')[0].loadEventEnd;");
            long[] pageLoads = pageLoads(browser, base,
                    "return document.body.dataset.rendered ? Number(document.body.dataset.rendered) : null;");
            double pageOthers = MachineLoad.now().othersSince(load, 0);
            table.latencyRows("Playground, navigation to first screen drawn", pageLoads, blankLoads, 1000, pageOthers);
            table.latencyRows("  blank page from a plain server, navigation to load", blankLoads, Double.NaN, pageOthers);

            load = MachineLoad.now();
            long[] direct = directVotes(bot, slack, item.id());
            long[] clicks = clickVotes(browser, base);
            double voteOthers = MachineLoad.now().othersSince(load, 0);
            table.latencyRows("Playground, Vote click to new count drawn", clicks, direct, 300, voteOthers);
            table.latencyRows("  the same vote sent straight to the bot, to the post updated", direct, Double.NaN,
                    voteOthers);
        } finally {
            blank.stop(0);
        }
        table.print(Path.of("target", "playground-benchmark.md"));
    }

    /** Navigation to the moment {@code probe} answers (milliseconds since navigation start), sorted, in nanos. */
    static long[] pageLoads(Browser browser, String url, String probe) {
        long[] nanos = new long[PAGE_LOADS];
        for (int i = -3; i < PAGE_LOADS; i++) { // three untimed, for the browser's own warm-up
            browser.driver.get(url);
            Number ms = browser.await(d -> (Number) browser.script(probe));
            if (i >= 0) {
                nanos[i] = (long) (ms.doubleValue() * 1e6);
            }
        }
        Arrays.sort(nanos);
        Bench.say("%s: p50 %.0f ms", url, Bench.ms(nanos[nanos.length / 2]));
        return nanos;
    }

    /** Each voter in turn clicks Vote, or Take back once they have voted; timed in the page, click to new count. */
    static long[] clickVotes(Browser browser, String base) {
        long[] nanos = new long[VOTES];
        Map<String, Boolean> voted = new HashMap<>();
        browser.driver.get(base);
        for (int i = -4; i < VOTES; i++) {
            String voter = VOTERS[Math.floorMod(i, VOTERS.length)];
            browser.select("#who", voter);
            browser.await(d -> browser.script("return document.querySelector('#pane article.msg .bk-button');"));
            pause();
            boolean takeBack = voted.getOrDefault(voter, false);
            voted.put(voter, !takeBack);
            Number ms = (Number) browser.driver.executeAsyncScript(CLICK_AND_WAIT, takeBack ? "Take back" : "Vote");
            if (i >= 0) {
                nanos[i] = (long) (ms.doubleValue() * 1e6);
            }
        }
        Arrays.sort(nanos);
        Bench.say("vote clicks in the page: p50 %.0f ms", Bench.ms(nanos[nanos.length / 2]));
        return nanos;
    }

    /** Clicks the post's button whose text starts with the argument and waits for the count shown to change. */
    static final String CLICK_AND_WAIT = """
            const done = arguments[arguments.length - 1];
            const pane = document.querySelector('#pane');
            const count = () => (pane.textContent.match(/(\\d+) votes?/) || [])[1];
            const before = count();
            const button = [...pane.querySelectorAll('article.msg .bk-button')]
                .find(b => b.textContent.trim().replace(/^\\S+ /, '').startsWith(arguments[0])
                    || b.textContent.trim().startsWith(arguments[0]));
            const started = performance.now();
            new MutationObserver((changes, observer) => {
              if (count() !== before) { observer.disconnect(); done(performance.now() - started); }
            }).observe(pane, { childList: true, subtree: true, characterData: true });
            button.click();
            """;

    /** The same votes as Slack would send them, each timed until the emulator holds the post with the new count. */
    static long[] directVotes(CommunityBot bot, SlackEmulator slack, long itemId) {
        SignedSlack signed = new SignedSlack("http://127.0.0.1:" + bot.port(), bot.config().signingSecret());
        String channel = bot.config().communityChannel();
        String ts = slack.messages(channel).get(0).ts();
        long[] nanos = new long[VOTES];
        for (int i = -4; i < VOTES; i++) {
            String voter = "UDIRECT" + Math.floorMod(i, 1000);
            pause();
            int before = votes(slack, channel, ts);
            long started = System.nanoTime();
            JsonObject click = Payloads.clickInMessage(voter, channel, ts, "feedback_vote", Long.toString(itemId));
            signed.interaction(click);
            while (votes(slack, channel, ts) == before) {
                Thread.onSpinWait();
            }
            if (i >= 0) {
                nanos[i] = System.nanoTime() - started;
            }
        }
        Arrays.sort(nanos);
        Bench.say("vote clicks sent straight to the bot: p50 %.0f ms", Bench.ms(nanos[nanos.length / 2]));
        return nanos;
    }

    private static void pause() {
        try {
            Thread.sleep(BETWEEN_CLICKS_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int votes(SlackEmulator slack, String channel, String ts) {
        Matcher m = VOTES_SHOWN.matcher(slack.message(channel, ts).visibleText());
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }
}
