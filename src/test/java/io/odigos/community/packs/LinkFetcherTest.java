package io.odigos.community.packs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The link fetcher against a real local https server, whose self-signed certificate is made here with the JDK's
 * keytool (nothing of it is committed); the fetcher's client trusts that certificate only.
 */
class LinkFetcherTest {

    private static final byte[] PACK = PackFiles.bytes("valid-every-kind.yaml");
    /** Holds the stalled answer until the tests end, so only the fetcher's deadline ends that fetch. */
    private static final CountDownLatch RELEASE_STALLED = new CountDownLatch(1);

    private static HttpsServer server;
    private static LinkFetcher fetcher;
    private static String base;

    @BeforeAll
    static void startServer() throws Exception {
        Path dir = Files.createTempDirectory("link-fetcher");
        Path keystore = dir.resolve("server.p12");
        char[] password = UUID.randomUUID().toString().toCharArray();
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "server", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", new String(password), "-keypass", new String(password))
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes());
        assertTrue(keytool.waitFor(60, TimeUnit.SECONDS) && keytool.exitValue() == 0, output);

        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            keys.load(in, password);
        }
        KeyManagerFactory km = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        km.init(keys, password);
        SSLContext serverSsl = SSLContext.getInstance("TLS");
        serverSsl.init(km.getKeyManagers(), null, null);

        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("server", keys.getCertificate("server"));
        TrustManagerFactory tm = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tm.init(trusted);
        SSLContext clientSsl = SSLContext.getInstance("TLS");
        clientSsl.init(null, tm.getTrustManagers(), null);
        Files.delete(keystore);
        Files.delete(dir);

        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(serverSsl));
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "link-fetcher-test-server");
            t.setDaemon(true);
            return t;
        }));
        base = "https://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/pack.yaml", ex -> answer(ex, 200, PACK));
        server.createContext("/big.yaml", ex -> answer(ex, 200, new byte[PackValidator.MAX_BYTES + 10]));
        server.createContext("/missing.yaml", ex -> answer(ex, 404, "not found".getBytes()));
        server.createContext("/stalled.yaml", ex -> {
            try {
                RELEASE_STALLED.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answer(ex, 200, PACK);
        });
        server.createContext("/to-http.yaml", ex -> redirect(ex, "http://127.0.0.1:"
                + server.getAddress().getPort() + "/pack.yaml"));
        server.createContext("/moved.yaml", ex -> redirect(ex, "/pack.yaml"));
        server.start();
        fetcher = new LinkFetcher(BoundedDownload.client(clientSsl), true); // the test server is on 127.0.0.1
    }

    @AfterAll
    static void stopServer() {
        RELEASE_STALLED.countDown();
        server.stop(0);
    }

    private static void answer(HttpExchange ex, int status, byte[] body) throws IOException {
        try (ex) {
            ex.sendResponseHeaders(status, body.length);
            ex.getResponseBody().write(body);
        }
    }

    private static void redirect(HttpExchange ex, String location) throws IOException {
        try (ex) {
            ex.getResponseHeaders().set("Location", location);
            ex.sendResponseHeaders(302, -1);
        }
    }

    private static String refusal(String link) {
        return assertThrows(FetchRefused.class, () -> fetcher.fetch(link)).getMessage();
    }

    @Test
    void aRawFileOverHttpsIsReadWithItsLinkAsTheSource() {
        FetchedPack fetched = fetcher.fetch(base + "/pack.yaml");
        assertArrayEquals(PACK, fetched.bytes());
        assertEquals(base + "/pack.yaml", fetched.source());
    }

    @Test
    void aRedirectToAnotherHttpsAddressIsFollowed() {
        assertArrayEquals(PACK, fetcher.fetch(base + "/moved.yaml").bytes());
    }

    @Test
    void aFileOverTheLimitIsRefusedWithoutReadingItAll() {
        assertEquals(PackMessages.linkTooBig(), refusal(base + "/big.yaml"));
    }

    @Test
    void anErrorStatusIsRefusedWithTheStatus() {
        String why = refusal(base + "/missing.yaml");
        assertTrue(why.startsWith("The link answered HTTP 404 instead of the file"), why);
    }

    @Test
    void anAnswerThatNeverComesIsGivenUpAtTheDeadline() {
        String why = refusal(base + "/stalled.yaml");
        assertEquals("127.0.0.1 does not answer within 2 seconds; check the link or upload the file instead. Nothing "
                + "was stored.", why);
    }

    @Test
    void aRedirectToHttpIsRefused() {
        String why = refusal(base + "/to-http.yaml");
        assertTrue(why.startsWith("The link redirects to http://127.0.0.1:"), why);
    }

    @Test
    void anHttpOrOtherLinkIsRefusedBeforeAnythingIsFetched() {
        assertEquals(PackMessages.notHttps(), refusal("http://127.0.0.1:" + server.getAddress().getPort()
                + "/pack.yaml"));
        assertEquals(PackMessages.notHttps(), refusal("ftp://example.com/pack.yaml"));
        assertEquals(PackMessages.notHttps(), refusal("not a link"));
    }

    @Test
    void withoutPrivateLinksAllowedNoAddressInsideANetworkIsFetched() throws Exception {
        LinkFetcher publicOnly = new LinkFetcher(BoundedDownload.client(null), false); // refuses before connecting
        for (String host : new String[] {"127.0.0.1", "10.1.2.3", "192.168.0.10", "172.16.5.4", "169.254.169.254",
                "[::1]", "[fd00::1]", "0.0.0.0"}) {
            FetchRefused refused = assertThrows(FetchRefused.class, () -> publicOnly.fetch("https://" + host + ":"
                    + server.getAddress().getPort() + "/pack.yaml"));
            assertTrue(refused.getMessage().contains("is a private or local address"), host + ": " + refused.getMessage());
        }
        assertFalse(LocalAddresses.isLocal(InetAddress.getByName("203.0.113.7")), "a public address may be fetched");
        assertEquals("127.0.0.1 does not answer within 2 seconds; check the link or upload the file instead. Nothing "
                + "was stored.", refusal(base + "/stalled.yaml"), "allowed, a local address is fetched as any other");
    }
}
