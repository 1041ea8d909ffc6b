package io.odigos.community;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.slack.api.app_backend.SlackSignature;
import io.odigos.community.core.BotConfig;
import io.odigos.community.core.Settings;
import io.odigos.community.feedback.FeedbackField;
import io.odigos.community.feedback.FeedbackItem;
import io.odigos.community.feedback.FeedbackKind;
import io.odigos.community.feedback.FeedbackSource;
import io.odigos.community.feedback.FeedbackSubmission;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The training run behind the class-data archive that halves start-up. `mvn package` runs it once as
 * {@code java -XX:ArchiveClassesAtExit=target/odigos-community-bot.jsa -cp target/odigos-community-bot.jar ...}: it
 * starts the bot in local mode on a throwaway database and free ports, sends it the requests members send most (a
 * slash command, a vote click, the Home tab opening) through the signed HTTP endpoint, and stops. The JVM then
 * writes every class it loaded, already parsed and verified, to the archive, which the run command maps back in.
 */
public final class StartupArchive {

    private static final String MEMBER = "U0TRAINING";

    private StartupArchive() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("odigos-startup-archive");
        try {
            train(dir);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        System.exit(0);
    }

    private static void train(Path dir) throws Exception {
        BotConfig config = BotConfig.from(Settings.withOverrides(Map.of("PORT", "0", "LOCAL_EMULATOR_PORT", "0",
                "DATABASE_URL", "jdbc:h2:file:" + dir.resolve("community"))));
        try (CommunityBot bot = CommunityBot.start(config, Clock.systemUTC())) {
            FeedbackItem item = bot.features().feedback().service().submit(new FeedbackSubmission(FeedbackKind.FEATURE, Map.of(
                    FeedbackField.TITLE, "Trace the training run", FeedbackField.PROBLEM, "It loads the classes.")),
                    MEMBER, FeedbackSource.SLASH_COMMAND, null);
            Endpoint slack = new Endpoint(bot.port(), config.signingSecret());
            slack.post("command=%2Frequests&text=&user_id=" + MEMBER + "&team_id=T0LOCAL&channel_id=C0TRAINING"
                    + "&trigger_id=training&response_url=https%3A%2F%2Fhooks.slack.test%2F1");
            slack.post("payload=" + URLEncoder.encode(voteClick(item.id()).toString(), StandardCharsets.UTF_8));
            slack.post(homeOpened().toString());
        }
    }

    private static JsonObject voteClick(long itemId) {
        JsonObject user = new JsonObject();
        user.addProperty("id", MEMBER);
        user.addProperty("team_id", "T0LOCAL");
        JsonObject action = new JsonObject();
        action.addProperty("type", "button");
        action.addProperty("action_id", "feedback_vote");
        action.addProperty("block_id", "b");
        action.addProperty("value", Long.toString(itemId));
        JsonArray actions = new JsonArray();
        actions.add(action);
        JsonObject team = new JsonObject();
        team.addProperty("id", "T0LOCAL");
        JsonObject click = new JsonObject();
        click.addProperty("type", "block_actions");
        click.add("user", user);
        click.add("team", team);
        click.addProperty("trigger_id", "training");
        click.add("actions", actions);
        return click;
    }

    private static JsonObject homeOpened() {
        JsonObject event = new JsonObject();
        event.addProperty("type", "app_home_opened");
        event.addProperty("user", MEMBER);
        event.addProperty("tab", "home");
        JsonObject envelope = new JsonObject();
        envelope.addProperty("type", "event_callback");
        envelope.addProperty("team_id", "T0LOCAL");
        envelope.addProperty("event_id", "Ev0TRAINING");
        envelope.add("event", event);
        return envelope;
    }

    /** The bot's /slack/events, with requests signed the way Slack signs them. */
    private record Endpoint(int port, String signingSecret) {

        void post(String body) throws IOException, InterruptedException {
            String timestamp = Long.toString(System.currentTimeMillis() / 1000);
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slack/events"))
                    .header("Content-Type", body.startsWith("{") ? "application/json" : "application/x-www-form-urlencoded")
                    .header("X-Slack-Request-Timestamp", timestamp)
                    .header("X-Slack-Signature", new SlackSignature.Generator(signingSecret).generate(timestamp, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the training request was answered " + response.statusCode());
            }
        }
    }
}
