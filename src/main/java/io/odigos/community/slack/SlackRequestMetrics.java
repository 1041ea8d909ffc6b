package io.odigos.community.slack;

import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;

/**
 * Bolt's first middleware: times each Slack request from Bolt taking it to the answer that acknowledges it, by kind,
 * over HTTP and Socket Mode alike, and counts those whose listener failed. The histogram's buckets crowd around
 * Slack's 3 seconds, after which Slack shows the member an error whatever the bot does next.
 */
public final class SlackRequestMetrics implements Middleware {

    static final String REQUESTS = "odigos.bot.slack.requests";
    static final String LISTENER_ERRORS = "odigos.bot.slack.listener.errors";
    private static final Duration[] BUCKETS = {Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
        Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofMillis(2500),
        Duration.ofSeconds(3), Duration.ofSeconds(5)};

    /** The kinds requests are counted by, as their tag reads. */
    enum Kind { COMMAND, ACTION, VIEW, EVENT, OPTIONS, SHORTCUT, OTHER;

        String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final MeterRegistry registry;

    public SlackRequestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        Kind kind = kindOf(req.getRequestType());
        Counter listenerErrors = registry.counter(LISTENER_ERRORS, "kind", kind.tag()); // at 0 until the first
        Timer.Sample started = Timer.start(registry);
        try {
            return chain.next(req);
        } catch (ListenerBoundary.ListenerFailure e) {
            listenerErrors.increment();
            throw e;
        } catch (RuntimeException e) {
            throw e; // Bolt's middleware could not read the request: the sender's fault, not a listener's
        } catch (Exception e) {
            listenerErrors.increment(); // a listener's call to Slack failed (IOException, SlackApiException)
            throw e;
        } finally {
            started.stop(Timer.builder(REQUESTS).description("Slack requests from arrival in Bolt to their ack")
                    .tag("kind", kind.tag()).serviceLevelObjectives(BUCKETS).register(registry));
        }
    }

    static Kind kindOf(RequestType type) {
        return switch (type) {
            case Command -> Kind.COMMAND;
            case BlockAction, AttachmentAction -> Kind.ACTION;
            case ViewSubmission, ViewClosed, DialogSubmission, DialogCancellation -> Kind.VIEW;
            case Event -> Kind.EVENT;
            case BlockSuggestion, DialogSuggestion -> Kind.OPTIONS;
            case GlobalShortcut, MessageShortcut -> Kind.SHORTCUT;
            default -> Kind.OTHER;
        };
    }
}
