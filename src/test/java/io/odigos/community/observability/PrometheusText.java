package io.odigos.community.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One scrape of {@code /metrics} as Prometheus reads it: samples by name and labels. */
final class PrometheusText {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    record Sample(String name, Map<String, String> labels, double value) {
    }

    private final List<Sample> samples;
    final String contentType;

    private PrometheusText(List<Sample> samples, String contentType) {
        this.samples = samples;
        this.contentType = contentType;
    }

    /** GET {@code url}: answers what it got, or fails the test unless the answer was a 200. */
    static PrometheusText scrape(String url) {
        HttpResponse<String> response = get(url);
        assertEquals(200, response.statusCode(), response.body());
        List<Sample> samples = new ArrayList<>();
        for (String line : response.body().split("\n")) {
            Matcher m = SAMPLE.matcher(line);
            if (!line.startsWith("#") && m.matches()) {
                Map<String, String> labels = new LinkedHashMap<>();
                Matcher l = LABEL.matcher(m.group(2) == null ? "" : m.group(2));
                while (l.find()) {
                    labels.put(l.group(1), l.group(2));
                }
                samples.add(new Sample(m.group(1), labels, Double.parseDouble(m.group(3))));
            }
        }
        return new PrometheusText(samples, response.headers().firstValue("Content-Type").orElse(""));
    }

    static HttpResponse<String> get(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException("GET " + url + " failed", e);
        }
    }

    /** The value of the sample with this name whose labels include these (name, value pairs); empty if none. */
    Optional<Double> value(String name, String... labels) {
        return samples.stream().filter(s -> s.name().equals(name) && hasLabels(s, labels)).map(Sample::value)
                .findFirst();
    }

    /** As {@link #value}, 0 when there is no such sample (a counter never incremented). */
    double count(String name, String... labels) {
        return value(name, labels).orElse(0.0);
    }

    boolean has(String name) {
        return samples.stream().anyMatch(s -> s.name().equals(name));
    }

    private static boolean hasLabels(Sample s, String... labels) {
        for (int i = 0; i < labels.length; i += 2) {
            if (!labels[i + 1].equals(s.labels().get(labels[i]))) {
                return false;
            }
        }
        return true;
    }
}
