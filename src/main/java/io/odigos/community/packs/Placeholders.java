package io.odigos.community.packs;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names that belong to one cluster, which a shared pack must leave as placeholders for the installer to fill in:
 * {@code <name>} or {@code ${NAME}}, the whole value (or, in a host name, each label before {@code .svc}).
 */
final class Placeholders {

    static final String ODIGOS_NAMESPACE = "odigos-system";

    private static final String ONE = "<[A-Za-z0-9_.-]+>|\\$\\{[A-Za-z0-9_]+\\}";
    private static final Pattern PLACEHOLDER = Pattern.compile(ONE);
    private static final Pattern IPV4 = Pattern.compile("(?<![\\d.])(\\d{1,3}(\\.\\d{1,3}){3})(?![\\d.])");
    /** A cluster-local service host: labels (or placeholders) followed by .svc, with or without .cluster.local. */
    private static final Pattern CLUSTER_HOST = Pattern.compile(
            "((?:[A-Za-z0-9-]+|" + ONE + ")(?:\\.(?:[A-Za-z0-9-]+|" + ONE + "))*)\\.svc(\\.cluster\\.local)?\\b");

    private Placeholders() {
    }

    /** "a placeholder like <tempo-host> or ${TEMPO_HOST}", for the messages. */
    static String example(String name) {
        return "a placeholder like <" + name + "> or ${" + name.toUpperCase(Locale.ROOT).replace('-', '_') + "}";
    }

    static boolean isPlaceholder(String value) {
        return PLACEHOLDER.matcher(value).matches();
    }

    /**
     * What in a destination's value names one cluster: an IPv4 address other than 0.0.0.0 and 127.0.0.1, or a
     * {@code *.svc[.cluster.local]} host with a label that is not a placeholder.
     */
    static Optional<String> clusterSpecific(String value) {
        Matcher ip = IPV4.matcher(value);
        while (ip.find()) {
            if (!ip.group(1).equals("0.0.0.0") && !ip.group(1).equals("127.0.0.1")) {
                return Optional.of("the IP address " + ip.group(1));
            }
        }
        Matcher host = CLUSTER_HOST.matcher(value);
        while (host.find()) {
            for (String label : host.group(1).split("\\.(?![^<]*>)")) {
                if (!isPlaceholder(label)) {
                    return Optional.of("the in-cluster host " + host.group());
                }
            }
        }
        return Optional.empty();
    }
}
