package io.odigos.community.packs;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What looks like a credential in a pack (the patterns are listed in docs/ARCHITECTURE.md): a value of a
 * credential-named key that is a literal rather than a placeholder, or anything in the text, comments included,
 * shaped like a well-known token. References to Secrets ({@code secretRef}, {@code secretKeyRef}) are maps, never
 * literal values, so they pass.
 */
final class Credentials {

    private record Shape(String name, Pattern pattern) {
    }

    private static final List<Shape> SHAPES = List.of(
            new Shape("an AWS access key id", Pattern.compile("\\b(AKIA|ASIA)[0-9A-Z]{16}\\b")),
            new Shape("a GitHub token", Pattern.compile("\\b(gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})")),
            new Shape("a Slack token", Pattern.compile("\\bxox[abposr]-[A-Za-z0-9-]{10,}")),
            new Shape("a Google API key", Pattern.compile("\\bAIza[0-9A-Za-z_-]{35}")),
            new Shape("a JSON Web Token", Pattern.compile("\\beyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}")),
            new Shape("a private key", Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----")),
            new Shape("a bearer token", Pattern.compile("(?i)\\bbearer\\s+[A-Za-z0-9._~+/=-]{20,}")));

    /** Words that name a credential in a key, after camelCase is split: {@code apiKey} reads as {@code api_key}. */
    private static final Pattern CREDENTIAL_KEY = Pattern.compile(
            "password|passwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|(^|[_.-])auth(orization)?($|[_.-])");
    /** Keys that name where a credential is kept, not the credential: secretName, tokenFile, password_path... */
    private static final Pattern REFERENCE_KEY = Pattern.compile("[_.-](name|ref|file|path|env)$");

    private Credentials() {
    }

    /** The kind of token {@code line} holds, if it holds one. */
    static Optional<String> tokenIn(String line) {
        return SHAPES.stream().filter(s -> s.pattern().matcher(line).find()).map(Shape::name).findFirst();
    }

    /** Whether a literal under this key is a credential written into the pack. */
    static boolean isCredentialKey(String key) {
        String words = key.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
        return CREDENTIAL_KEY.matcher(words).find() && !REFERENCE_KEY.matcher(words).find();
    }
}
