package io.odigos.community.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.builtin.RequestVerification;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;

/**
 * Bolt's App with its default middleware less request verification, {@link SlackRequestMetrics} first (so it times
 * the whole of Bolt's work) and {@link ListenerBoundary} last. Bolt verifies only after its parser has read the body,
 * so a malformed body was parsed (and its errors shown) before anyone knew who sent it; the bot's servlet verifies
 * first, over the exact bytes received ({@link SignatureVerifier}), and Socket Mode requests carry no signature. So an
 * App made here is served only by that servlet or by Socket Mode.
 */
public final class BotApp {

    private BotApp() {
    }

    public static App create(AppConfig config, MeterRegistry metrics) {
        return new App(config) {
            @Override
            protected List<Middleware> buildDefaultMiddlewareList(AppConfig appConfig) {
                List<Middleware> middleware = new ArrayList<>(super.buildDefaultMiddlewareList(appConfig));
                middleware.removeIf(RequestVerification.class::isInstance);
                middleware.add(0, new SlackRequestMetrics(metrics));
                middleware.add(new ListenerBoundary());
                return middleware;
            }
        };
    }
}
