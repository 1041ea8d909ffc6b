package io.odigos.community.packs;

/**
 * The addresses of a pack on this bot's public URL: its page, and each version's YAML, which never changes once
 * published, so {@code kubectl apply -f} of it installs the same bytes its sha256 names.
 */
public final class PackUrls {

    public static final String PREFIX = "/packs";

    private final String publicUrl;

    public PackUrls(String publicUrl) {
        this.publicUrl = publicUrl;
    }

    public String page(String slug) {
        return publicUrl + PREFIX + "/" + slug;
    }

    public String yaml(String slug, int version) {
        return page(slug) + "/v" + version + ".yaml";
    }

    /** The exact command the card and the page show. */
    public String installCommand(String slug, int version) {
        return "kubectl apply -f " + yaml(slug, version);
    }
}
