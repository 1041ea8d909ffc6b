package io.odigos.community.packs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The pack files under src/test/resources/packs. */
final class PackFiles {

    private PackFiles() {
    }

    static Path path(String name) {
        try {
            return Path.of(PackFiles.class.getResource("/packs/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(path(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The file with its TOKEN_* words replaced by values of each credential's shape, put together here so that no
     * token-shaped string is committed (they are made up: none was ever a credential).
     */
    static byte[] withCredentialShapes(String file) {
        String alphabet = "abcdefghijklmnopqrstuvwxyz";
        String text = new String(bytes(file), StandardCharsets.UTF_8)
                .replace("TOKEN_AWS", "AKIA" + "IOSFODNN7" + "TESTONE")
                .replace("TOKEN_GITHUB", "gh" + "p_" + alphabet + "ABCDEFGHIJ")
                .replace("TOKEN_SLACK", "xo" + "xb-" + "1234567890-" + alphabet.substring(0, 10))
                .replace("TOKEN_JWT", "ey" + "JhbGciOiJIUzI1NiJ9." + "ey" + "JzdWIiOiJ0ZXN0In0." + alphabet + "0123")
                .replace("TOKEN_PEM", "-----BEGIN RSA " + "PRIVATE KEY-----");
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
