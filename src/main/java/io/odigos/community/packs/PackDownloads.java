package io.odigos.community.packs;

import io.odigos.community.core.Database;
import io.odigos.community.web.PublicPage;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GET /packs/{slug}/v{n}.yaml: a published version's exact bytes, for {@code kubectl apply -f}. Served whether or not
 * the portal pages are (the install command is the pack's point), and only for a visible pack's published version.
 * Each full answer counts: an install when kubectl asked (its User-Agent), a download otherwise; a 304 to a client
 * that already holds the bytes counts nothing.
 */
public final class PackDownloads extends HttpServlet {

    static final String PATH = PackUrls.PREFIX + "/*";
    static final String YAML = "application/yaml;charset=utf-8";
    /** /{slug}/v{n}.yaml, the slug as {@link Slugs} writes them. */
    private static final Pattern VERSION = Pattern.compile("/([a-z0-9-]{1,80})/v([1-9][0-9]{0,5})\\.yaml");

    private final Database database;
    private final PacksStore store;

    PackDownloads(Database database, PacksStore store) {
        this.database = database;
        this.store = store;
    }

    /** Whether the path names a version's YAML, so the portal's servlet hands it here. */
    static boolean isYaml(String path) {
        return path != null && VERSION.matcher(path).matches();
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        serve(req, resp);
    }

    void serve(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Matcher m = VERSION.matcher(req.getPathInfo() == null ? "" : req.getPathInfo());
        Optional<PackVersion> version = m.matches() ? database.inTransaction(em -> store.bySlug(em, m.group(1))
                .filter(Pack::visible)
                .flatMap(p -> store.version(em, p.id(), Integer.parseInt(m.group(2))))
                .filter(v -> v.status() == PackStatus.PUBLISHED)) : Optional.empty();
        if (version.isEmpty()) {
            PublicPage.notFound(req, resp, "There is no published pack version at this address.");
            return;
        }
        PackVersion v = version.get();
        resp.setHeader("X-Checksum-Sha256", v.sha256());
        resp.setHeader("Content-Disposition", "inline; filename=\"" + m.group(1) + "-v" + v.number() + ".yaml\"");
        PublicPage.send(req, resp, 200, YAML, v.content());
        if (resp.getStatus() == 200 && !"HEAD".equals(req.getMethod())) {
            boolean install = Optional.ofNullable(req.getHeader("User-Agent")).orElse("")
                    .toLowerCase(Locale.ROOT).startsWith("kubectl");
            database.runInTransaction(em -> store.countFetch(em, v.id(), install));
        }
    }
}
