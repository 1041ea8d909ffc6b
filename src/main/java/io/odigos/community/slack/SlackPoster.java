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
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The one way the bot writes to Slack after acknowledging a request. It keeps to Slack's limits ({@link SlackPace}),
 * never calls a method inside a running Retry-After, and turns every failure into a {@link DeliveryException} through
 * {@link SlackFailures}. It never blocks: a caller asks {@link #isReady} first and tries again later when not.
 */
public final class SlackPoster {

    static final String POST_EPHEMERAL = "chat.postEphemeral";
    static final String UPDATE = "chat.update";
    static final String VIEWS_PUBLISH = "views.publish";
    static final String VIEWS_UPDATE = "views.update";

    static final String RATE_LIMITED = "odigos.bot.slack.rate.limited";

    private final MethodsClient client;
    private final SlackPace pace;
    private final MeterRegistry metrics;

    public SlackPoster(MethodsClient client, Clock clock, int postsPerMinute, MeterRegistry metrics) {
        this.client = client;
        this.pace = new SlackPace(clock, postsPerMinute);
        this.metrics = metrics;
    }

    /** Whether this message may be sent now as part of the given lane. */
    public boolean isReady(OutgoingMessage m, Lane lane) {
        return pace.ready(methodOf(m), m.channel(), lane);
    }

    /** Whether a live post in this channel may be updated now. */
    public boolean isReadyToUpdate(String channel) {
        return pace.ready(UPDATE, channel, Lane.URGENT);
    }

    /** Posts; answers the channel it landed in (the DM's id when sent to a user id) and its ts. */
    public Posted post(OutgoingMessage m) throws DeliveryException {
        if (m.ephemeralUser() != null) {
            call(POST_EPHEMERAL, m.channel(), c -> c.chatPostEphemeral(ChatPostEphemeralRequest.builder()
                    .channel(m.channel()).user(m.ephemeralUser()).text(m.text()).blocksAsString(m.blocksJson()).build()));
            return new Posted(m.channel(), null);
        }
        ChatPostMessageResponse r = call(SlackPace.POST_MESSAGE, m.channel(), c -> c.chatPostMessage(
                ChatPostMessageRequest.builder().channel(m.channel()).text(m.text()).blocksAsString(m.blocksJson())
                        .unfurlLinks(false).build()));
        return new Posted(r.getChannel(), r.getTs());
    }

    public void update(String channel, String ts, OutgoingMessage m) throws DeliveryException {
        call(UPDATE, channel, c -> c.chatUpdate(ChatUpdateRequest.builder()
                .channel(channel).ts(ts).text(m.text()).blocksAsString(m.blocksJson()).build()));
    }

    public void publishHome(String userId, String viewJson) throws DeliveryException {
        call(VIEWS_PUBLISH, "home:" + userId, c -> c.viewsPublish(ViewsPublishRequest.builder()
                .userId(userId).viewAsString(viewJson).build()));
    }

    public void updateView(String viewId, String viewJson) throws DeliveryException {
        call(VIEWS_UPDATE, "view:" + viewId, c -> c.viewsUpdate(ViewsUpdateRequest.builder()
                .viewId(viewId).viewAsString(viewJson).build()));
    }

    /** Opens (or finds) the conversation of these members with the bot, a group DM for two or more; its id. */
    public String openConversation(List<String> userIds) throws DeliveryException {
        return call("conversations.open", null, c -> c.conversationsOpen(r -> r.users(List.copyOf(userIds))))
                .getChannel().getId();
    }

    /** The members of a Slack user group (usergroups.users.list), for opting a whole group in at once. */
    public List<String> userGroupMembers(String userGroupId) throws DeliveryException {
        return call("usergroups.users.list", null, c -> c.usergroupsUsersList(r -> r.usergroup(userGroupId)))
                .getUsers();
    }

    /**
     * Any Web API call, paced and classified like the rest: {@code method} names the limit it counts against,
     * {@code channel} the per-channel pace it spends (null: none).
     */
    <T extends SlackApiTextResponse> T call(String method, String channel, SlackCall<T> call) throws DeliveryException {
        metrics.counter(RATE_LIMITED, "method", method); // at 0 from the first call, so the first 429 is an increase
        Duration paused = pace.take(method, channel);
        if (!paused.isZero()) {
            throw DeliveryException.rateLimited(method + " is rate limited", paused);
        }
        try {
            T response = call.run(client);
            if (!response.isOk()) {
                throw paused(method, SlackFailures.ofError(response.getError(), response.getHttpResponseHeaders()));
            }
            return response;
        } catch (SlackApiException e) {
            throw paused(method, SlackFailures.ofHttpStatus(e.getResponse().code(), e.getResponse().header("Retry-After")));
        } catch (IOException e) {
            throw SlackFailures.ofNetwork(e);
        }
    }

    private DeliveryException paused(String method, DeliveryException failure) {
        if (failure.isRateLimit()) {
            pace.pause(method, failure.retryAfter());
            metrics.counter(RATE_LIMITED, "method", method).increment(); // Slack's answer, not our own pace's
        }
        return failure;
    }

    private static String methodOf(OutgoingMessage m) {
        return m.ephemeralUser() != null ? POST_EPHEMERAL : SlackPace.POST_MESSAGE;
    }

    public record Posted(String channel, String ts) {
    }

    @FunctionalInterface
    interface SlackCall<T> {
        T run(MethodsClient client) throws IOException, SlackApiException;
    }
}
