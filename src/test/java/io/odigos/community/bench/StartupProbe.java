package io.odigos.community.bench;

import io.odigos.community.CommunityBot;
import io.odigos.community.core.BotConfig;
import io.odigos.community.core.Settings;
import io.odigos.community.feedback.FeedbackViews;
import io.odigos.community.local.SlackEmulator;
import io.odigos.community.testing.MutableClock;
import io.odigos.community.testing.Payloads;
import io.odigos.community.testing.SignedSlack;
import io.odigos.community.testing.TestBot;
import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;

/**
 * Run in a fresh JVM by {@link FeedbackBenchmark}: times one cold start, of the bot ({@code bot <database url>})
 * or of the bare Bolt baseline ({@code baseline}), then proves it answers one signed vote click and prints
 * {@code STARTUP_MS <ms> UPTIME_MS <jvm uptime when ready> CLOSE_MS <ms> CPU_MS <process cpu>}. The emulator
 * starts first and is not timed.
 */
public final class StartupProbe {

    private StartupProbe() {
    }

    public static void main(String[] args) throws Exception {
        String what = args[0];
        try (SlackEmulator slack = SlackEmulator.start(0)) {
            long t0 = System.nanoTime();
            AutoCloseable started;
            int port;
            if (what.equals("bot")) {
                CommunityBot bot = CommunityBot.start(BotConfig.from(Settings.withOverrides(
                        TestBot.settings(slack.apiUrl(), args[1]))), new MutableClock(java.time.Instant.now()));
                started = bot;
                port = bot.port();
            } else {
                BareBolt baseline = BareBolt.start(slack.apiUrl(), false);
                started = baseline;
                port = baseline.port();
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
            HttpResponse<String> r = new SignedSlack("http://127.0.0.1:" + port, TestBot.SECRET).interaction(
                    Payloads.clickInMessage("UPROBE", TestBot.CHANNEL, "1700000000.000100", FeedbackViews.VOTE, "1"));
            if (r.statusCode() != 200) {
                throw new IllegalStateException(what + " answered " + r.statusCode() + ": " + r.body());
            }
            long closing = System.nanoTime();
            started.close();
            long cpuMs = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                    ? os.getProcessCpuTime() / 1_000_000 : 0;
            System.out.println("STARTUP_MS " + ms + " UPTIME_MS " + uptime + " CLOSE_MS "
                    + (System.nanoTime() - closing) / 1_000_000 + " CPU_MS " + cpuMs);
        }
        System.exit(0);
    }
}
