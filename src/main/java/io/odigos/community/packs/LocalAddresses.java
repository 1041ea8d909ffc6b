package io.odigos.community.packs;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * Whether a link's host is inside a network rather than on the internet: loopback, private (10/8, 172.16/12,
 * 192.168/16, fc00::/7), link-local (169.254/16 with cloud metadata services, fe80::/10), unspecified or multicast.
 * A member's link must not make the bot read from the network it runs in (PACKS_LINKS_PRIVATE allows it).
 * The host is resolved here and again by the HTTP client, so a name that changes its address in between is not
 * caught: the fetch is GET-only, bounded and its answer must pass the validator, which limits what that could leak.
 */
final class LocalAddresses {

    private LocalAddresses() {
    }

    /** @throws UnknownHostException when the name does not resolve */
    static boolean isLocal(String host) throws UnknownHostException {
        return Arrays.stream(InetAddress.getAllByName(host)).anyMatch(LocalAddresses::isLocal);
    }

    static boolean isLocal(InetAddress a) {
        return a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress() || (a instanceof Inet6Address && (a.getAddress()[0] & 0xfe) == 0xfc);
    }
}
