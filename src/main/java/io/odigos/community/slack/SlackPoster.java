package io.odigos.community.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.request.chat.ChatPostEphemeralRequest;
import com.slack.api.methods.request.chat.ChatPostMessageRequest;
import com.slack.api.methods.request.chat.ChatUpdateRequest;
import com.slack.api.methods.request.views.ViewsPublishRequest;
import com.slack.api.methods.request.views.ViewsUpdateRequest;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one way the bot writes to Slack after acknowledging a request. It paces each channel (Slack allows about
 * one message a second per channel, with short bursts), honours 429 Retry-After, and never blocks: a call that
 * would exceed the pace answers {@link #isReady} false so the caller retries later.
 */
public final class SlackPoster {

    private static final int BURST = 3;
    private static final Duration REFILL = Duration.ofSeconds(1);

    private final MethodsClient client;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public SlackPoster(MethodsClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    /** Whether a call to this channel (or user's Home/DM) may go out now. */
    public boolean isReady(String channel) {
        return bucket(channel).available(clock.instant());
    }

    /** Posts; answers the channel it landed in (the DM's id when sent to a user id) and its ts. */
    public Posted post(OutgoingMessage m) throws DeliveryException {
        if (m.ephemeralUser() != null) {
            send(m.channel(), () -> client.chatPostEphemeral(ChatPostEphemeralRequest.builder()
                    .channel(m.channel()).user(m.ephemeralUser()).text(m.text()).blocksAsString(m.blocksJson()).build()));
            return new Posted(m.channel(), null);
        }
        ChatPostMessageResponse r = send(m.channel(), () -> client.chatPostMessage(ChatPostMessageRequest.builder()
                .channel(m.channel()).text(m.text()).blocksAsString(m.blocksJson()).unfurlLinks(false).build()));
        return new Posted(r.getChannel(), r.getTs());
    }

    public void update(String channel, String ts, OutgoingMessage m) throws DeliveryException {
        send(channel, () -> client.chatUpdate(ChatUpdateRequest.builder()
                .channel(channel).ts(ts).text(m.text()).blocksAsString(m.blocksJson()).build()));
    }

    public void publishHome(String userId, String viewJson) throws DeliveryException {
        send("home:" + userId, () -> client.viewsPublish(ViewsPublishRequest.builder()
                .userId(userId).viewAsString(viewJson).build()));
    }

    public void updateView(String viewId, String viewJson) throws DeliveryException {
        send("view:" + viewId, () -> client.viewsUpdate(ViewsUpdateRequest.builder()
                .viewId(viewId).viewAsString(viewJson).build()));
    }

    private <T extends SlackApiTextResponse> T send(String channel, SlackCall<T> call) throws DeliveryException {
        Bucket bucket = bucket(channel);
        bucket.take(clock.instant());
        try {
            T response = call.run();
            if (!response.isOk()) {
                throw DeliveryException.rejected(response.getError());
            }
            return response;
        } catch (SlackApiException e) {
            if (e.getResponse().code() == 429) {
                Duration wait = retryAfter(e.getResponse().header("Retry-After"));
                bucket.pauseUntil(clock.instant().plus(wait));
                throw DeliveryException.rateLimited(wait);
            }
            throw DeliveryException.unreachable("HTTP " + e.getResponse().code());
        } catch (IOException e) {
            throw DeliveryException.unreachable(e.getMessage());
        }
    }

    private static Duration retryAfter(String header) {
        try {
            return Duration.ofSeconds(Math.max(1, Long.parseLong(header == null ? "1" : header.trim())));
        } catch (NumberFormatException e) {
            return Duration.ofSeconds(1);
        }
    }

    private Bucket bucket(String channel) {
        return buckets.computeIfAbsent(channel, c -> new Bucket(clock.instant()));
    }

    public record Posted(String channel, String ts) {
    }

    @FunctionalInterface
    private interface SlackCall<T> {
        T run() throws IOException, SlackApiException;
    }

    /** A token bucket per channel: BURST calls at once, then one per REFILL; a 429 empties it until Retry-After. */
    private static final class Bucket {
        private double tokens = BURST;
        private Instant updated;
        private Instant pausedUntil = Instant.MIN;

        Bucket(Instant now) {
            this.updated = now;
        }

        synchronized boolean available(Instant now) {
            refill(now);
            return !now.isBefore(pausedUntil) && tokens >= 1;
        }

        synchronized void take(Instant now) {
            refill(now);
            tokens = Math.max(0, tokens - 1);
        }

        synchronized void pauseUntil(Instant until) {
            pausedUntil = until;
            tokens = 0;
        }

        private void refill(Instant now) {
            long elapsed = Duration.between(updated, now).toMillis();
            if (elapsed > 0) {
                tokens = Math.min(BURST, tokens + elapsed / (double) REFILL.toMillis());
                updated = now;
            }
        }
    }
}
