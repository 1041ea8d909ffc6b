package io.odigos.community.deploy;

import static io.odigos.community.deploy.RenderedChart.at;
import static io.odigos.community.deploy.RenderedChart.list;
import static io.odigos.community.deploy.RenderedChart.map;
import static io.odigos.community.deploy.RenderedChart.refusal;
import static io.odigos.community.deploy.RenderedChart.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The Helm chart, linted and rendered by Helm with the value sets operators use, asserted on as parsed objects. */
class HelmChartTest {

    static final String POSTGRES = "jdbc:postgresql://db.bots.svc:5432/community";

    /** Every secret of values.yaml with a distinct value, built at run time (no token-shaped string in the code). */
    static Object[] everySecret() {
        return new Object[] {"secrets.SLACK_BOT_TOKEN", "xo" + "xb-chart-bot", "secrets.SLACK_SIGNING_SECRET",
            "chart-signing", "secrets.SLACK_APP_TOKEN", "xa" + "pp-chart-app", "secrets.GITHUB_TOKEN", "gh" + "p_chart",
            "secrets.GITHUB_WEBHOOK_SECRET", "chart-webhook", "secrets.GITHUB_OAUTH_CLIENT_SECRET", "chart-oauth",
            "secrets.DATABASE_PASSWORD", "chart-db-password", "secrets.FEEDBACK_API_TOKEN", "chart-feedback"};
    }

    @Test
    void lintsCleanWithItsDefaults() {
        LintResult lint = new Helm(RenderedChart.CHART).lint().strict().call();
        assertFalse(lint.isFailed(), String.join("\n", lint.getMessages()));
    }

    @Test
    void defaultsAreOneReplicaOnH2WithItsVolumeAndNoIngressOrServiceMonitor() {
        RenderedChart chart = render();
        Map<String, Object> deployment = chart.one("Deployment");
        assertEquals(1, at(deployment, "spec").get("replicas"));
        assertEquals("Recreate", at(deployment, "spec.strategy").get("type"), "H2's file is held by one process");
        Object claim = at(chart.one("PersistentVolumeClaim"), "metadata").get("name");
        assertEquals(Map.of("claimName", claim), volumes(chart).get("data").get("persistentVolumeClaim"));
        assertEquals("/app/data", mounts(chart).get("data"));
        assertFalse(chart.configData().containsKey("DATABASE_URL"), "the bot's default H2 URL resolves to /app/data");
        assertTrue(chart.find("Ingress").isEmpty());
        assertTrue(chart.find("ServiceMonitor").isEmpty());
        assertEquals(1, at(chart.one("PodDisruptionBudget"), "spec").get("maxUnavailable"));
        assertEquals(Map.of("memory", "384Mi", "cpu", "100m"), at(chart.container(), "resources.requests"));
        assertEquals(Map.of("memory", "512Mi"), at(chart.container(), "resources.limits"));
        Map<String, Object> podLabels = at(deployment, "spec.template.metadata.labels");
        assertTrue(podLabels.entrySet().containsAll(at(chart.one("Service"), "spec.selector").entrySet()),
                "the Service selects the bot's pods");
        assertTrue(podLabels.entrySet().containsAll(
                at(chart.one("PodDisruptionBudget"), "spec.selector.matchLabels").entrySet()));
    }

    @Test
    void probesAskLivenessAndReadinessOnTheHttpPort() {
        RenderedChart chart = render("containerPort", 8080);
        Map<String, Object> container = chart.container();
        assertEquals("/healthz/live", at(container, "startupProbe.httpGet").get("path"));
        assertEquals("/healthz/live", at(container, "livenessProbe.httpGet").get("path"));
        assertEquals("/healthz/ready", at(container, "readinessProbe.httpGet").get("path"));
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            assertEquals("http", at(container, probe + ".httpGet").get("port"), probe);
        }
        Map<String, Object> http = map(list(container.get("ports")).get(0));
        assertEquals(Map.of("name", "http", "containerPort", 8080, "protocol", "TCP"), http);
        assertEquals("8080", chart.configData().get("PORT"), "the bot listens where the probes ask");
        assertEquals(5, at(container, "lifecycle.preStop.sleep").get("seconds"));
        assertEquals(30, chart.podSpec().get("terminationGracePeriodSeconds"));
        assertEquals("20", chart.configData().get("SHUTDOWN_TIMEOUT_SECONDS"));
    }

    @Test
    void secretsAreOnlyInTheSecretAndNeverInPlainText() {
        Object[] secrets = everySecret();
        RenderedChart chart = render(concat(secrets, "settings.COMMUNITY_CHANNEL", "C0CHART",
                "settings.DIGEST_TIME_ZONE", "Europe/Berlin", "settings.PUBLIC_URL", ""));
        Map<String, Object> data = at(chart.one("Secret"), "data");
        Map<String, String> fromEnv = secretEnv(chart);
        for (int i = 0; i < secrets.length; i += 2) {
            String name = ((String) secrets[i]).substring("secrets.".length());
            String value = (String) secrets[i + 1];
            byte[] decoded = Base64.getDecoder().decode((String) data.get(name));
            assertEquals(value, new String(decoded, StandardCharsets.UTF_8));
            assertFalse(chart.text.contains(value), name + "'s value appears unencoded in the manifests");
            assertFalse(chart.configData().containsKey(name), name + " is in the ConfigMap");
            assertEquals(RenderedChart.RELEASE + "-odigos-community-bot", fromEnv.get(name), name);
        }
        assertEquals("C0CHART", chart.configData().get("COMMUNITY_CHANNEL"));
        assertEquals("Europe/Berlin", chart.configData().get("DIGEST_TIME_ZONE"));
        assertFalse(chart.configData().containsKey("PUBLIC_URL"), "an empty setting leaves the bot's default");
    }

    @Test
    void aSecretOrAMisnamedSettingForTheConfigMapIsRefused() {
        assertTrue(refusal("settings.GITHUB_TOKEN", "x").contains(
                "settings.GITHUB_TOKEN is a secret: give it as secrets.GITHUB_TOKEN"));
        assertTrue(refusal("settings.SOME_FUTURE_PASSWORD", "x").contains("settings.SOME_FUTURE_PASSWORD is a secret"));
        assertTrue(refusal("settings.DATABASE_URL", POSTGRES).contains("settings.DATABASE_URL is set by the chart"));
        assertTrue(refusal("database.url", POSTGRES + "?user=bot&password=x").contains(
                "database.url holds a password, and would put it in the ConfigMap: give it as secrets.DATABASE_PASSWORD"));
        assertTrue(refusal("settings.community_channel", "C0CHART")
                .contains("settings.community_channel is no setting name"));
    }

    @Test
    void anExistingSecretIsUsedByNameAndTheChartMakesNone() {
        RenderedChart chart = render("existingSecret", "community-bot-credentials");
        assertTrue(chart.find("Secret").isEmpty());
        Map<String, String> fromEnv = secretEnv(chart);
        assertEquals(8, fromEnv.size(), fromEnv.toString());
        fromEnv.values().forEach(name -> assertEquals("community-bot-credentials", name));
        assertTrue(refusal("existingSecret", "community-bot-credentials", "secrets.GITHUB_TOKEN", "x")
                .contains("secrets.GITHUB_TOKEN is given together with existingSecret=community-bot-credentials"));
    }

    @Test
    void severalReplicasNeedPostgreSQL() {
        assertTrue(refusal("replicaCount", 2).contains("replicaCount=2 needs PostgreSQL: the embedded H2 database "
                + "serves one process only. Set database.url to a jdbc:postgresql://… URL, or replicaCount to 1."));
        assertTrue(refusal("replicaCount", 3, "database.url", "jdbc:h2:file:./data/community")
                .contains("replicaCount=3 needs PostgreSQL"));

        RenderedChart chart = render("replicaCount", 2, "database.url", POSTGRES, "database.user", "bot");
        Map<String, Object> spec = at(chart.one("Deployment"), "spec");
        assertEquals(2, spec.get("replicas"));
        assertEquals(Map.of("maxSurge", 1, "maxUnavailable", 0), at(spec, "strategy.rollingUpdate"));
        assertEquals(POSTGRES, chart.configData().get("DATABASE_URL"));
        assertEquals("bot", chart.configData().get("DATABASE_USER"));
        assertTrue(chart.find("PersistentVolumeClaim").isEmpty());
        assertFalse(volumes(chart).containsKey("data"));
        assertFalse(mounts(chart).containsKey("data"));
    }

    @Test
    void theVolumeIsClaimedOnlyForASingleReplicaOnH2() {
        assertTrue(render("database.url", POSTGRES).find("PersistentVolumeClaim").isEmpty());

        RenderedChart ephemeral = render("persistence.enabled", false);
        assertTrue(ephemeral.find("PersistentVolumeClaim").isEmpty());
        assertEquals(Map.of(), volumes(ephemeral).get("data").get("emptyDir"));

        RenderedChart existing = render("persistence.existingClaim", "bot-data");
        assertTrue(existing.find("PersistentVolumeClaim").isEmpty());
        assertEquals(Map.of("claimName", "bot-data"), volumes(existing).get("data").get("persistentVolumeClaim"));

        Map<String, Object> claim = render("persistence.size", "5Gi", "persistence.storageClass", "fast")
                .one("PersistentVolumeClaim");
        assertEquals("5Gi", at(claim, "spec.resources.requests").get("storage"));
        assertEquals("fast", at(claim, "spec").get("storageClassName"));
        assertEquals("keep", at(claim, "metadata.annotations").get("helm.sh/resource-policy"));
    }

    @Test
    void metricsGetTheirOwnPortAndAServiceMonitorOnlyWhenAsked() {
        RenderedChart metrics = render("metrics.enabled", true);
        assertTrue(metrics.find("ServiceMonitor").isEmpty());
        assertEquals("true", metrics.configData().get("METRICS_ENABLED"));
        assertEquals("9464", metrics.configData().get("METRICS_PORT"));
        assertTrue(list(metrics.container().get("ports")).contains(
                Map.of("name", "metrics", "containerPort", 9464, "protocol", "TCP")));
        assertTrue(list(at(metrics.one("Service"), "spec").get("ports")).contains(
                Map.of("name", "metrics", "port", 9464, "targetPort", "metrics", "protocol", "TCP")));

        Map<String, Object> monitor = render("metrics.enabled", true, "metrics.serviceMonitor.enabled", true,
                "metrics.serviceMonitor.labels.release", "prometheus").one("ServiceMonitor");
        Map<String, Object> endpoint = map(list(at(monitor, "spec").get("endpoints")).get(0));
        assertEquals("metrics", endpoint.get("port"));
        assertEquals("/metrics", endpoint.get("path"));
        assertEquals("prometheus", at(monitor, "metadata.labels").get("release"));
        Map<String, Object> serviceLabels = at(render("metrics.enabled", true).one("Service"), "metadata.labels");
        assertTrue(serviceLabels.entrySet().containsAll(at(monitor, "spec.selector.matchLabels").entrySet()),
                "the ServiceMonitor selects the bot's Service");

        assertEquals("false", render().configData().get("METRICS_ENABLED"));
        assertTrue(refusal("metrics.serviceMonitor.enabled", true)
                .contains("metrics.serviceMonitor.enabled needs metrics.enabled"));
    }

    @Test
    void httpModeGetsAnIngressToTheHttpPortWhenAsked() {
        RenderedChart chart = render(concat(everySecret(), "ingress.enabled", true, "ingress.className", "nginx"));
        Map<String, Object> rule = map(list(at(chart.one("Ingress"), "spec").get("rules")).get(0));
        assertEquals("community-bot.example.com", rule.get("host"));
        Map<String, Object> path = map(list(at(rule, "http").get("paths")).get(0));
        assertEquals("/", path.get("path"));
        assertEquals(Map.of("name", "http"), at(path, "backend.service.port"));
        assertEquals("nginx", at(chart.one("Ingress"), "spec").get("ingressClassName"));
    }

    @Test
    void socketModeNeedsNoIngress() {
        RenderedChart chart = render("secrets.SLACK_BOT_TOKEN", "xo" + "xb-chart-bot", "secrets.SLACK_APP_TOKEN",
                "xa" + "pp-chart-app", "settings.COMMUNITY_CHANNEL", "C0CHART");
        assertTrue(chart.find("Ingress").isEmpty());
        Map<String, Object> data = at(chart.one("Secret"), "data");
        assertEquals(List.of("SLACK_APP_TOKEN", "SLACK_BOT_TOKEN"), data.keySet().stream().sorted().toList());
        assertTrue(secretEnv(chart).containsKey("SLACK_APP_TOKEN"));
    }

    @Test
    void shutdownMustFitInTheGracePeriod() {
        assertTrue(refusal("terminationGracePeriodSeconds", 20).contains(
                "shutdown.preStopSleepSeconds + shutdown.timeoutSeconds (25 s) must stay below "
                        + "terminationGracePeriodSeconds (20 s)"));
        assertFalse(render("shutdown.preStopSleepSeconds", 0).container().containsKey("lifecycle"));
    }

    @Test
    void theChartsAppVersionIsTheBotsVersion() throws Exception {
        Matcher pom = Pattern.compile("<artifactId>odigos-community-bot</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertTrue(pom.find());
        Map<String, Object> chart = new Yaml().load(Files.readString(RenderedChart.CHART.resolve("Chart.yaml")));
        assertEquals(pom.group(1), chart.get("appVersion"), "the image tag the chart pulls by default");
    }

    /** The container's environment variables read from a Secret: name to the Secret's name. */
    static Map<String, String> secretEnv(RenderedChart chart) {
        Map<String, String> fromSecret = new LinkedHashMap<>();
        for (Object entry : list(chart.container().get("env"))) {
            Map<String, Object> env = map(entry);
            if (env.get("valueFrom") instanceof Map<?, ?> from && from.get("secretKeyRef") instanceof Map<?, ?> ref) {
                assertEquals(env.get("name"), ref.get("key"));
                fromSecret.put((String) env.get("name"), (String) ref.get("name"));
            }
        }
        return fromSecret;
    }

    static Map<String, Map<String, Object>> volumes(RenderedChart chart) {
        return list(chart.podSpec().get("volumes")).stream().map(RenderedChart::map)
                .collect(Collectors.toMap(v -> (String) v.get("name"), v -> v));
    }

    static Map<String, Object> mounts(RenderedChart chart) {
        return list(chart.container().get("volumeMounts")).stream().map(RenderedChart::map)
                .collect(Collectors.toMap(m -> (String) m.get("name"), m -> m.get("mountPath")));
    }

    static Object[] concat(Object[] first, Object... more) {
        Object[] all = new Object[first.length + more.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
