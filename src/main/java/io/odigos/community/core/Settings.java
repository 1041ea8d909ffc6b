package io.odigos.community.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Every setting the bot reads, resolved once at start: defaults from application.properties (bundled in the jar),
 * then ./config/application.properties, then environment variables in upper snake case.
 * A missing or malformed value throws {@link SettingsException} naming the key and the fix.
 */
public final class Settings {

    private static final Pattern USER_ID = Pattern.compile("[UW][A-Z0-9]{2,}");
    private static final Pattern CHANNEL_ID = Pattern.compile("[CGD][A-Z0-9]{2,}");

    private final Map<String, String> values;

    private Settings(Map<String, String> values) {
        this.values = values;
    }

    /** Reads the bundled defaults, the working directory's config file and the process environment. */
    public static Settings load() {
        Map<String, String> merged = new HashMap<>(bundledDefaults());
        Path local = Path.of("config", "application.properties");
        if (Files.isRegularFile(local)) {
            merged.putAll(readProperties(local));
        }
        return from(merged, System.getenv());
    }

    /** Bundled defaults overlaid by the given keys (dotted or env style), for tests and tools. */
    public static Settings withOverrides(Map<String, String> overrides) {
        return from(bundledDefaults(), overrides);
    }

    private static Settings from(Map<String, String> base, Map<String, String> environment) {
        Map<String, String> merged = new HashMap<>(base);
        for (String key : base.keySet()) {
            String env = environment.get(envName(key));
            String dotted = environment.get(key);
            if (env != null) {
                merged.put(key, env.trim());
            } else if (dotted != null) {
                merged.put(key, dotted.trim());
            }
        }
        return new Settings(merged);
    }

    public static String envName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_');
    }

    private static Map<String, String> bundledDefaults() {
        try (InputStream in = Settings.class.getResourceAsStream("/application.properties")) {
            if (in == null) {
                throw new IllegalStateException("application.properties is missing from the classpath");
            }
            Properties p = new Properties();
            p.load(in);
            return toMap(p);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read bundled application.properties", e);
        }
    }

    private static Map<String, String> readProperties(Path file) {
        try (Reader in = Files.newBufferedReader(file)) {
            Properties p = new Properties();
            p.load(in);
            return toMap(p);
        } catch (IOException e) {
            throw new SettingsException("cannot read " + file + ": " + e.getMessage());
        }
    }

    private static Map<String, String> toMap(Properties p) {
        Map<String, String> m = new HashMap<>();
        p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k).trim()));
        return m;
    }

    /** The value, or empty when blank. */
    public Optional<String> optional(String key) {
        if (!values.containsKey(key)) {
            throw new IllegalArgumentException("unknown setting " + key);
        }
        String v = values.get(key);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v);
    }

    public String required(String key, String howToFix) {
        return optional(key).orElseThrow(() -> new SettingsException(envName(key) + " is not set: " + howToFix));
    }

    public String string(String key) {
        return optional(key).orElse("");
    }

    public int integer(String key, int min, int max) {
        String raw = required(key, "give a whole number from " + min + " to " + max);
        try {
            int v = Integer.parseInt(raw);
            if (v < min || v > max) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new SettingsException(envName(key) + "=" + raw + " is not a whole number from " + min + " to " + max);
        }
    }

    /** A value read by the parser; when it throws, start-up stops naming the setting and what it expects. */
    public <T> T parsed(String key, String expected, java.util.function.Function<String, T> parser) {
        String raw = required(key, "give " + expected);
        try {
            return parser.apply(raw);
        } catch (RuntimeException e) {
            throw new SettingsException(envName(key) + "=" + raw + " is not " + expected);
        }
    }

    /** {@code true} or {@code false}, in any case. */
    public boolean flag(String key) {
        String raw = required(key, "give true or false");
        if (raw.equalsIgnoreCase("true") || raw.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(raw);
        }
        throw new SettingsException(envName(key) + "=" + raw + " is neither true nor false");
    }

    /** A number (decimals allowed) from min to max. */
    public double decimal(String key, double min, double max) {
        String raw = required(key, "give a number from " + plain(min) + " to " + plain(max));
        try {
            double v = Double.parseDouble(raw);
            if (!(v >= min && v <= max)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new SettingsException(envName(key) + "=" + raw + " is not a number from " + plain(min) + " to "
                    + plain(max));
        }
    }

    /** A goal's target: a number, or growth over the baseline written "+40%". */
    public double target(String key, double baseline) {
        String raw = required(key, "give a number, or growth over the baseline like +40%");
        try {
            if (raw.startsWith("+") && raw.endsWith("%")) {
                double growth = Double.parseDouble(raw.substring(1, raw.length() - 1).strip());
                if (growth >= 0 && growth <= 10_000 && baseline > 0) {
                    return baseline * (1 + growth / 100);
                }
            } else {
                double v = Double.parseDouble(raw);
                if (v > 0 && v <= 1_000_000) {
                    return v;
                }
            }
        } catch (NumberFormatException e) {
            // answered below with the forms that are accepted
        }
        throw new SettingsException(envName(key) + "=" + raw + " is neither a positive number nor growth like +40% "
                + "over a baseline above 0");
    }

    private static String plain(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    /** Slack user ids, comma separated. */
    public List<String> userIds(String key) {
        List<String> ids = Arrays.stream(string(key).split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
        for (String id : ids) {
            if (!USER_ID.matcher(id).matches()) {
                throw new SettingsException(envName(key) + " has '" + id
                        + "', which is not a Slack user id (like U012ABCDEF); list ids separated by commas");
            }
        }
        return ids;
    }

    public Optional<String> channelId(String key) {
        Optional<String> v = optional(key);
        if (v.isPresent() && !CHANNEL_ID.matcher(v.get()).matches()) {
            throw new SettingsException(envName(key) + "=" + v.get()
                    + " is not a channel id (like C012ABCDEF); copy it from the channel's details in Slack");
        }
        return v;
    }

    /** A secret that must start with the prefix Slack gives it (xoxb-, xapp-). */
    public Optional<String> token(String key, String prefix) {
        Optional<String> v = optional(key);
        if (v.isPresent() && !v.get().startsWith(prefix)) {
            throw new SettingsException(envName(key) + " does not start with " + prefix
                    + "; copy it again from your Slack app's settings");
        }
        return v;
    }

    /** ISO-8601 durations, comma separated, each positive (e.g. "PT24H,PT1H"). */
    public List<java.time.Duration> durations(String key) {
        List<java.time.Duration> durations = new java.util.ArrayList<>();
        for (String part : string(key).split(",")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                java.time.Duration d = java.time.Duration.parse(part.strip());
                if (d.isNegative() || d.isZero()) {
                    throw new java.time.format.DateTimeParseException("not positive", part, 0);
                }
                durations.add(d);
            } catch (java.time.format.DateTimeParseException e) {
                throw new SettingsException(envName(key) + " has '" + part.strip()
                        + "', which is not a positive ISO-8601 duration like PT24H or PT30M");
            }
        }
        return durations;
    }

    public String url(String key, String... schemes) {
        String v = required(key, "give a URL");
        for (String scheme : schemes) {
            if (v.startsWith(scheme)) {
                return v;
            }
        }
        throw new SettingsException(envName(key) + "=" + v + " must start with " + String.join(" or ", schemes));
    }
}
