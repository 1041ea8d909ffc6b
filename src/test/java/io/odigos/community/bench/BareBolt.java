package io.odigos.community.bench;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import io.odigos.community.CommunityBot;
import io.odigos.community.feedback.FeedbackViews;
import io.odigos.community.http.SlackEndpointServlet;
import io.odigos.community.http.WebServer;
import io.odigos.community.testing.TestBot;
import jakarta.servlet.http.HttpServlet;
import java.util.Map;

/**
 * The baseline: a bare Bolt {@link App} with the bot's signing secret, bot token and Web API endpoint, and one
 * block action handler for the vote button that only acks, served on the bot's own {@link WebServer} (Jetty 12 ee10)
 * at /slack/events, either by Bolt's stock {@link SlackAppServlet} or by the bot's {@link SlackEndpointServlet}
 * (the same Bolt app, with clicks parsed by one shared Gson).
 */
final class BareBolt implements AutoCloseable {

    private final Slack slack;
    private final WebServer web;

    private BareBolt(Slack slack, WebServer web) {
        this.slack = slack;
        this.web = web;
    }

    static BareBolt start(String slackApiUrl, boolean sharedGsonParse) throws Exception {
        SlackConfig slackConfig = new SlackConfig();
        slackConfig.setMethodsEndpointUrlPrefix(slackApiUrl);
        Slack slack = Slack.getInstance(slackConfig);
        Map<String, String> settings = TestBot.settings(slackApiUrl, "unused");
        // configured as the bot is (auth.test cached), so the comparison is of request handling alone
        App app = new App(AppConfig.builder().slack(slack).singleTeamBotToken(settings.get("SLACK_BOT_TOKEN"))
                .signingSecret(TestBot.SECRET).authTestCacheEnabled(true).build());
        app.blockAction(FeedbackViews.VOTE, (req, ctx) -> ctx.ack());
        Map<String, HttpServlet> servlets = Map.of(CommunityBot.SLACK_EVENTS_PATH, sharedGsonParse
                ? new SlackEndpointServlet(app) : new SlackAppServlet(app));
        try {
            return new BareBolt(slack, WebServer.start(0, servlets));
        } catch (Exception e) {
            slack.close();
            throw e;
        }
    }

    int port() {
        return web.port();
    }

    @Override
    public void close() throws Exception {
        web.close();
        slack.close();
    }
}
