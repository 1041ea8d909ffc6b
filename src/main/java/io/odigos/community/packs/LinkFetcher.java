package io.odigos.community.packs;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * Fetches a pack's YAML from a public https link to a raw file, within {@link BoundedDownload#BUDGET}: https only,
 * redirects followed only to https addresses, a 2xx answer only, and at most one byte over the size limit read.
 */
final class LinkFetcher {

    /** A raw file behind a short link or a moved repository is found; more hops than this are a loop. */
    static final int MAX_REDIRECTS = 3;

    private final BoundedDownload download;
    private final boolean localHosts;

    /** @param localHosts whether links may lead to private or local addresses (PACKS_LINKS_PRIVATE) */
    LinkFetcher(boolean localHosts) {
        this(BoundedDownload.client(null), localHosts);
    }

    /** {@code client}: one made by {@link BoundedDownload#client}, trusting other certificates in tests. */
    LinkFetcher(HttpClient client, boolean localHosts) {
        this.download = new BoundedDownload(client);
        this.localHosts = localHosts;
    }

    /** The refusal under the link field when the link is not one the bot fetches; null when it is. */
    static String problem(String link) {
        URI uri = https(link);
        return uri == null ? PackMessages.notHttps() : null;
    }

    FetchedPack fetch(String link) {
        URI uri = https(link);
        if (uri == null) {
            throw new FetchRefused(PackMessages.notHttps());
        }
        Instant deadline = BoundedDownload.deadline();
        URI at = uri;
        for (int hop = 0; ; hop++) {
            refuseLocal(at);
            BoundedDownload.Answer answer;
            try {
                answer = download.get(at, Map.of("Accept", "application/yaml, text/plain, */*"), deadline);
            } catch (TimeoutException e) {
                throw new FetchRefused(PackMessages.noAnswer(uri.getHost()));
            } catch (IOException e) {
                throw new FetchRefused(PackMessages.linkFailed(uri.getHost(), e));
            }
            if (answer.status() >= 300 && answer.status() < 400 && answer.location().isPresent()) {
                URI next = https(at.resolve(answer.location().get()).toString());
                if (next == null) {
                    throw new FetchRefused(PackMessages.redirectNotHttps(answer.location().get()));
                }
                if (hop + 1 > MAX_REDIRECTS) {
                    throw new FetchRefused(PackMessages.tooManyRedirects(MAX_REDIRECTS));
                }
                at = next;
                continue;
            }
            if (answer.status() < 200 || answer.status() >= 300) {
                throw new FetchRefused(PackMessages.linkStatus(answer.status()));
            }
            if (answer.tooBig()) {
                throw new FetchRefused(PackMessages.linkTooBig());
            }
            return new FetchedPack(answer.body(), link.strip());
        }
    }

    /** Every hop is checked, so a public link cannot redirect into the bot's own network. */
    private void refuseLocal(URI at) {
        if (localHosts) {
            return;
        }
        try {
            if (LocalAddresses.isLocal(at.getHost())) {
                throw new FetchRefused(PackMessages.localAddress(at.getHost()));
            }
        } catch (UnknownHostException e) {
            throw new FetchRefused(PackMessages.unknownHost(at.getHost()));
        }
    }

    /** The link as an absolute https URI with a host, or null. */
    private static URI https(String link) {
        if (link == null) {
            return null;
        }
        try {
            URI uri = new URI(link.strip());
            return "https".equals(uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT))
                    && uri.getHost() != null ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
