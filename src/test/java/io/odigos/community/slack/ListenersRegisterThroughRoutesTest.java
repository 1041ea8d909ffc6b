package io.odigos.community.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every listener registers through SlackRoutes, which answers refusals and hands commands the text as typed. */
class ListenersRegisterThroughRoutesTest {

    /** Reaching Bolt's App from routes, or registering on an App directly. */
    private static final Pattern AROUND_ROUTES = Pattern.compile("\\.app\\(\\)|\\bapp\\.(command|blockAction|"
            + "blockSuggestion|viewSubmission|viewClosed|messageShortcut|globalShortcut|event|message|"
            + "attachmentAction|dialog\\w*)\\(");

    @Test
    void noListenerRegistersAroundSlackRoutes() throws IOException {
        List<String> found = new ArrayList<>();
        int scanned = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                scanned++;
                if (file.endsWith(Path.of("slack", "SlackRoutes.java"))) {
                    continue;
                }
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (AROUND_ROUTES.matcher(lines.get(i)).find()) {
                        found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertTrue(scanned > 100, "scanned only " + scanned + " files; is the working directory the project?");
        assertEquals(List.of(), found);
    }
}
