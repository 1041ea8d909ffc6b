package io.odigos.community.packs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each published version's YAML at its stable URL, as kubectl and browsers fetch it, counted. */
class PackDownloadsTest extends PacksJourneys {

    final HttpClient http = HttpClient.newHttpClient();

    @Override
    protected Map<String, String> settings() {
        // the install URL works with the portal pages off: installing is the pack's point
        return Map.of("PACKS_MAINTAINERS", MAX, "ODIGOS_CURRENT_VERSION", "v1.4.2", "PUBLIC_PAGES", "false");
    }

    HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + t.bot.port() + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aVersionServesItsExactBytesWithTheirHashAndCountsKubectlAsAnInstall() throws Exception {
        Pack pack = storedPack(ANN, "Tempo for Java", Set.of());
        PackVersion version = versions(pack.id()).get(0);
        HttpResponse<byte[]> byKubectl = get("/packs/tempo-for-java/v1.yaml", "User-Agent", "kubectl/v1.31.0 (linux/amd64)");
        assertEquals(200, byKubectl.statusCode());
        assertArrayEquals(file("valid-every-kind.yaml"), byKubectl.body());
        assertEquals(version.sha256(), byKubectl.headers().firstValue("X-Checksum-Sha256").orElseThrow());
        assertEquals("application/yaml;charset=utf-8", byKubectl.headers().firstValue("Content-Type").orElseThrow());
        HttpResponse<byte[]> byBrowser = get("/packs/tempo-for-java/v1.yaml");
        assertEquals(200, byBrowser.statusCode());
        String etag = byBrowser.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, get("/packs/tempo-for-java/v1.yaml", "If-None-Match", etag).statusCode(),
                "a client holding the bytes gets none again, and it is not counted");
        PackVersion counted = versions(pack.id()).get(0);
        assertEquals(1, counted.installs());
        assertEquals(1, counted.downloads());
    }

    @Test
    void nothingUnpublishedHiddenOrMalformedIsServed() throws Exception {
        Pack pack = storedPack(ANN, "Tempo for Java", Set.of());
        assertEquals(404, get("/packs/tempo-for-java/v2.yaml").statusCode(), "no such version");
        assertEquals(404, get("/packs/nothing-here/v1.yaml").statusCode());
        assertEquals(404, get("/packs/tempo-for-java/v1.yml").statusCode());
        assertEquals(404, get("/packs/Tempo-For-Java/v1.yaml").statusCode());
        assertEquals(404, get("/packs/tempo-for-java/v99999999999.yaml").statusCode());
        t.bot.platform().database().runInTransaction(em -> em.find(Pack.class, pack.id()).hide(true));
        assertEquals(404, get("/packs/tempo-for-java/v1.yaml").statusCode(), "a hidden pack is not installed from here");
        assertEquals(0, versions(pack.id()).get(0).downloads());
    }
}
