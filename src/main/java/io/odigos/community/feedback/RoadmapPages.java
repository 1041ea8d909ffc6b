package io.odigos.community.feedback;

import io.odigos.community.web.PublicPage;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** GET /roadmap, /roadmap/{id} and /roadmap/feed.atom: the public roadmap, read-only, nothing private on it. */
final class RoadmapPages extends HttpServlet {

    static final String PATH = "/roadmap/*";
    static final String FEED = "/roadmap/feed.atom";

    private final PublicRoadmap roadmap;
    private final String publicUrl;

    RoadmapPages(PublicRoadmap roadmap, String publicUrl) {
        this.roadmap = roadmap;
        this.publicUrl = publicUrl;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path == null || path.equals("/")) {
            PublicRoadmap.Columns columns = roadmap.columns();
            PublicPage.html(req, resp, "site/roadmap.jte", Map.of("planned", columns.planned(),
                    "inProgress", columns.inProgress(), "shipped", columns.shipped(), "declined", columns.declined(),
                    "threshold", roadmap.threshold(), "showsDeclined", roadmap.showsDeclined(),
                    "publicUrl", publicUrl));
        } else if (path.equals("/feed.atom")) {
            PublicPage.send(req, resp, 200, PublicPage.ATOM, roadmap.shippedFeed().xml());
        } else {
            OptionalLong id = PublicPage.id(path);
            Optional<PublicRequest> request = id.isPresent() ? roadmap.request(id.getAsLong()) : Optional.empty();
            if (request.isEmpty()) {
                PublicPage.notFound(req, resp, "There is no public roadmap item at this address. Requests show here "
                        + "once they are planned.");
                return;
            }
            PublicPage.html(req, resp, "site/request.jte", Map.of("r", request.get(), "publicUrl", publicUrl));
        }
    }
}
