package io.odigos.community.packs;

import io.odigos.community.web.PublicPage;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * GET /packs (search and filters, best first) and /packs/{slug}: the public packs portal, read-only; distinct from the
 * /packs slash command, which answers in Slack. A version's YAML (/packs/{slug}/v{n}.yaml) goes to
 * {@link PackDownloads}, which this servlet stands in for while the portal is on.
 */
final class PackPages extends HttpServlet {

    static final String PATH = PackDownloads.PATH;
    /** "/{slug}" as {@link Slugs} writes them; any other path names nothing. */
    private static final Pattern PACK = Pattern.compile("/[a-z0-9-]{1,80}");

    private final PublicPacks packs;
    private final PackDownloads downloads;
    private final String publicUrl;

    PackPages(PublicPacks packs, PackDownloads downloads, String publicUrl) {
        this.packs = packs;
        this.downloads = downloads;
        this.publicUrl = publicUrl;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path == null || path.equals("/")) {
            PackFilter filter = PackFilter.of(req.getParameter("q"), req.getParameter("tag"),
                    req.getParameter("release"), req.getParameter("verified"));
            PublicPage.html(req, resp, "site/packs.jte", Map.of("listing", packs.list(filter),
                    "publicUrl", publicUrl));
        } else if (PackDownloads.isYaml(path)) {
            downloads.serve(req, resp);
        } else {
            Optional<PublicPackPage> page = PACK.matcher(path).matches() ? packs.pack(path.substring(1))
                    : Optional.empty();
            if (page.isEmpty()) {
                PublicPage.notFound(req, resp, "There is no published pack at this address.");
                return;
            }
            PublicPage.html(req, resp, "site/packs-pack.jte", Map.of("p", page.get(), "publicUrl", publicUrl));
        }
    }
}
