package io.odigos.community.local;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh emulator for each test, with the real Slack SDK pointed at it. */
abstract class EmulatorClientTest {

    // At DEBUG level the SDK logs token.substring(0, 16) while resolving the team id, so short tokens crash it.
    static final String TOKEN = "xoxb-test-0000000000";

    SlackEmulator emulator;
    Slack slack;
    MethodsClient methods;

    @BeforeEach
    void startEmulator() throws Exception {
        emulator = SlackEmulator.start(0);
        slack = slackFor(emulator);
        methods = slack.methods(TOKEN);
    }

    @AfterEach
    void stopEmulator() throws Exception {
        slack.close();
        emulator.close();
    }

    /** An SDK whose Web API calls go to {@code emulator}. */
    static Slack slackFor(SlackEmulator emulator) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(emulator.apiUrl());
        return Slack.getInstance(config);
    }
}
