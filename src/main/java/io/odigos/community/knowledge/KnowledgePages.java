package io.odigos.community.knowledge;

import io.odigos.community.web.PublicPage;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * GET /kb (search, topics, kinds, the latest guides), /kb/topic/{name}, /kb/kind/{kind}, /kb/{id} and /kb/feed.atom:
 * the public knowledge base, read-only; distinct from the /kb slash command, which answers in Slack.
 */
final class KnowledgePages extends HttpServlet {

    static final String PATH = "/kb/*";
    static final String FEED = "/kb/feed.atom";
    private static final String TOPIC = "/topic/";
    private static final String KIND = "/kind/";

    private final PublicKnowledge knowledge;
    private final String publicUrl;

    KnowledgePages(PublicKnowledge knowledge, String publicUrl) {
        this.knowledge = knowledge;
        this.publicUrl = publicUrl;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path == null || path.equals("/")) {
            home(req, resp);
        } else if (path.equals("/feed.atom")) {
            PublicPage.send(req, resp, 200, PublicPage.ATOM, knowledge.newGuides().xml());
        } else if (path.startsWith(TOPIC)) {
            String topic = PublicEntry.topicOf(path.substring(TOPIC.length()));
            Optional<List<PublicEntry>> entries = knowledge.inTopic(topic);
            if (entries.isEmpty()) {
                PublicPage.notFound(req, resp, "There is no such topic.");
                return;
            }
            list(req, resp, topic, PublicEntry.topicPath(topic), entries.get());
        } else if (path.startsWith(KIND)) {
            Optional<EntryKind> kind = PublicEntry.kindBySlug(path.substring(KIND.length()));
            if (kind.isEmpty()) {
                PublicPage.notFound(req, resp, "There is no such kind of guide.");
                return;
            }
            list(req, resp, kind.get().label(), PublicEntry.kindPath(kind.get()), knowledge.ofKind(kind.get()));
        } else {
            OptionalLong id = PublicPage.id(path);
            Optional<PublicEntry> entry = id.isPresent() ? knowledge.entry(id.getAsLong()) : Optional.empty();
            if (entry.isEmpty()) {
                PublicPage.notFound(req, resp, "There is no published guide at this address.");
                return;
            }
            PublicPage.html(req, resp, "site/entry.jte", Map.of("e", entry.get(), "publicUrl", publicUrl));
        }
    }

    private void home(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<String, Object> params = new HashMap<>();
        params.put("topics", knowledge.topics());
        params.put("kinds", knowledge.kinds());
        params.put("latest", knowledge.latest());
        params.put("publicUrl", publicUrl);
        String words = req.getParameter("q");
        String query = words == null || words.isBlank() ? null : words.strip();
        params.put("query", query);
        params.put("results", List.of());
        params.put("problem", null);
        if (query != null && query.length() > EntrySearch.MAX_WORDS) {
            params.put("problem", "Search with at most " + EntrySearch.MAX_WORDS + " characters.");
        } else if (query != null) {
            params.put("results", knowledge.search(query));
        }
        PublicPage.html(req, resp, "site/kb.jte", params);
    }

    private void list(HttpServletRequest req, HttpServletResponse resp, String heading, String path,
                      List<PublicEntry> entries) throws IOException {
        PublicPage.html(req, resp, "site/kb-list.jte", Map.of("heading", heading, "path", path, "entries", entries,
                "publicUrl", publicUrl));
    }
}
