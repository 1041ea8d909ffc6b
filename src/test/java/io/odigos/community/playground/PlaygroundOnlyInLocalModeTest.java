package io.odigos.community.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.odigos.community.testing.TestBot;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** With Slack settings (here HTTP mode; Socket Mode in SocketModeTest) nothing of the playground is served. */
class PlaygroundOnlyInLocalModeTest {

    @Test
    void httpModeServesNoPlayground() throws Exception {
        try (TestBot t = TestBot.start()) {
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + t.bot.port();
            for (String path : List.of("/", "/playground/api/screen?as=U0ADA&pane=channel",
                    "/playground/assets/playground.js", "/playground/stream", "/playground/files/F1")) {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(404, response.statusCode(), path);
            }
            HttpResponse<String> act = http.send(HttpRequest.newBuilder(URI.create(base + "/playground/api/type"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"as\":\"U0ADA\",\"text\":\"/feedback\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(act.statusCode() == 404 || act.statusCode() == 405, "" + act.statusCode());
        }
    }
}
