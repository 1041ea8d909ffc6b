package io.odigos.community.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.builtin.RequestVerification;
import java.util.ArrayList;
import java.util.List;

/**
 * Bolt's App with its default middleware, except that its request verification uses {@link SignatureVerifier}: the
 * same check, with the signature computed once per thread and compared in constant time.
 */
public final class BotApp {

    private BotApp() {
    }

    public static App create(AppConfig config) {
        return new App(config) {
            @Override
            protected List<Middleware> buildDefaultMiddlewareList(AppConfig appConfig) {
                List<Middleware> middleware = new ArrayList<>(super.buildDefaultMiddlewareList(appConfig));
                String secret = appConfig.getSigningSecret();
                if (secret == null || secret.isBlank()) {
                    return middleware; // Socket Mode: Slack's WebSocket is the proof, requests carry no signature
                }
                middleware.replaceAll(m -> m instanceof RequestVerification
                        ? new RequestVerification(new SignatureVerifier(secret)) : m);
                return middleware;
            }
        };
    }
}
