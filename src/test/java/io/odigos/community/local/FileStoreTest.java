package io.odigos.community.local;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.methods.response.files.FilesGetUploadURLExternalResponse;
import com.slack.api.methods.response.files.FilesInfoResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A member's uploaded file as the bot reads it: files.info through the SDK, then its private URL with a token. */
class FileStoreTest extends EmulatorClientTest {

    private final HttpClient http = HttpClient.newHttpClient();

    private String upload(String name, byte[] bytes) throws Exception {
        FilesGetUploadURLExternalResponse url = methods.filesGetUploadURLExternal(r -> r.filename(name)
                .length(bytes.length));
        assertTrue(url.isOk(), url.getError());
        HttpResponse<String> sent = http.send(HttpRequest.newBuilder(URI.create(url.getUploadUrl()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, sent.statusCode());
        return url.getFileId();
    }

    private HttpResponse<byte[]> download(String url, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void anUploadedFileIsDescribedAndServedOnlyToARequestWithABearerToken() throws Exception {
        byte[] yaml = "apiVersion: odigos.io/v1alpha1\n".getBytes(StandardCharsets.UTF_8);
        String id = upload("pack.yaml", yaml);
        FilesInfoResponse info = methods.filesInfo(r -> r.file(id));
        assertTrue(info.isOk(), info.getError());
        assertEquals("pack.yaml", info.getFile().getName());
        assertEquals(yaml.length, info.getFile().getSize());
        String url = info.getFile().getUrlPrivateDownload();

        assertEquals(403, download(url, null).statusCode());
        assertEquals(403, download(url, "Bearer ").statusCode());
        HttpResponse<byte[]> served = download(url, "Bearer " + TOKEN);
        assertEquals(200, served.statusCode());
        assertArrayEquals(yaml, served.body());
        assertEquals(404, download(url.replace(id, "F99999"), "Bearer " + TOKEN).statusCode());
    }

    @Test
    void aFileWhoseBytesNeverArrivedIsNotFound() throws Exception {
        FilesGetUploadURLExternalResponse url = methods.filesGetUploadURLExternal(r -> r.filename("x.yaml").length(1));
        assertEquals("file_not_found", methods.filesInfo(r -> r.file(url.getFileId())).getError());
        assertEquals("file_not_found", methods.filesInfo(r -> r.file("F99999")).getError());
    }
}
