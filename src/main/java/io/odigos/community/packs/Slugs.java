package io.odigos.community.packs;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/** The URL name of a pack: its name in lower-case ASCII words joined by dashes, numbered when already taken. */
final class Slugs {

    static final int MAX_LENGTH = 60;

    private Slugs() {
    }

    /** @param taken whether a slug is already some pack's */
    static String of(String name, Predicate<String> taken) {
        String base = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (base.length() > MAX_LENGTH) {
            base = base.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        if (base.isEmpty()) {
            base = "pack";
        }
        String slug = base;
        for (int n = 2; taken.test(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
