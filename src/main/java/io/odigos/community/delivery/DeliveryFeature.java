package io.odigos.community.delivery;

import io.odigos.community.core.AdminWrites.Audited;
import io.odigos.community.core.Refusal;
import io.odigos.community.slack.AdminCommands;
import io.odigos.community.slack.Feature;
import io.odigos.community.slack.Platform;
import io.odigos.community.slack.SlackOutbox;
import io.odigos.community.slack.SlackRoutes;
import io.odigos.community.slack.SlackText;
import java.time.Clock;
import java.util.List;
import org.quartz.JobKey;

/**
 * What admins see of the bot's messages to Slack: {@code /community-admin outbox} (messages by state, the oldest
 * one's age, the latest undeliverable ones, sending one again) and a DM when something needs them.
 */
public final class DeliveryFeature implements Feature {

    public static final List<Class<?>> ENTITIES = List.of(DeliveryAlerts.class);
    private static final JobKey WATCH = JobKey.jobKey("delivery-watch", "delivery");
    private static final int LATEST = 10;
    private static final String RESEND = "delivery.resend";

    private final Platform platform;
    private final SlackOutbox outbox;
    private final DeliveryWatch watch;

    public DeliveryFeature(Platform platform) {
        this.platform = platform;
        this.outbox = platform.outbox();
        // delivery runs on Slack's real time, like the outbox it watches
        this.watch = new DeliveryWatch(platform.database(), outbox, platform.config().admins(),
                platform.config().delivery().alertAfter(), Clock.systemUTC());
    }

    /** The alert check, for tests that do not wait for the minutely job. */
    public int checkNow() {
        return watch.check();
    }

    @Override
    public void register(SlackRoutes routes) {
        platform.admin().add("Delivery", "outbox", "outbox [resend <ref>|resend all]",
                "messages waiting for Slack, the undeliverable ones and sending them again", this::outboxCommand);
        platform.scheduler().registerJob(DeliveryWatchJob.class, () -> new DeliveryWatchJob(watch));
    }

    @Override
    public void afterStart() {
        platform.scheduler().everyMinute(WATCH, DeliveryWatchJob.class,
                "tells admins about undeliverable messages and an old backlog");
    }

    private String outboxCommand(AdminCommands.Request req) {
        String args = req.arguments();
        if (args.isEmpty()) {
            return DeliveryReport.status(outbox.status(LATEST));
        }
        String[] words = args.split("\\s+");
        if (!words[0].equals("resend") || words.length != 2) {
            throw new Refusal("Use `" + AdminCommands.COMMAND + " outbox`, `" + AdminCommands.COMMAND
                    + " outbox resend <ref>` or `" + AdminCommands.COMMAND + " outbox resend all`.");
        }
        String ref = words[1];
        if (ref.equals("all")) {
            int queued = platform.adminWrites().write(req.adminId(), RESEND, em -> {
                int n = outbox.resendAll();
                return new Audited<>(n, "all", n + " messages");
            });
            return ":outbox_tray: " + queued + (queued == 1 ? " undeliverable message goes" : " undeliverable messages go")
                    + " to Slack again.";
        }
        platform.adminWrites().write(req.adminId(), RESEND, em -> {
            if (!outbox.resend(ref)) {
                throw new Refusal("There is no undeliverable message `" + SlackText.escape(ref) + "`; `"
                        + AdminCommands.COMMAND + " outbox` lists them.");
            }
            return new Audited<>(ref, ref, "sent again");
        });
        return ":outbox_tray: `" + ref + "` goes to Slack again. If its cause is not fixed, it comes back as undeliverable.";
    }
}
