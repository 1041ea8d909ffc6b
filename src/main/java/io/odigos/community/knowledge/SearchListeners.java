package io.odigos.community.knowledge;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import io.odigos.community.core.Database;
import io.odigos.community.core.Refusal;
import io.odigos.community.slack.OutgoingMessage;
import io.odigos.community.slack.SlackOutbox;
import io.odigos.community.slack.SlackRoutes;
import java.util.List;
import java.util.Optional;

/**
 * {@code /kb}: alone, the menu; with words, the best matches. Browsing a topic or a kind from the menu answers, only
 * to the member, with the newest entries there. Searching is milliseconds, so the answer comes with the ack.
 */
final class SearchListeners {

    private final Database database;
    private final KnowledgeStore store;
    private final EntrySearch search;
    private final SlackOutbox outbox;

    SearchListeners(Database database, KnowledgeStore store, EntrySearch search, SlackOutbox outbox) {
        this.database = database;
        this.store = store;
        this.search = search;
        this.outbox = outbox;
    }

    void register(SlackRoutes routes) {
        routes.command(KnowledgeViews.COMMAND, (req, ctx) -> {
            String words = req.getPayload().getText() == null ? "" : req.getPayload().getText().strip();
            if (words.isEmpty()) {
                var latest = search.find("", Optional.empty(), Optional.empty(), SearchViews.LATEST);
                return ctx.ack(r -> r.responseType("ephemeral").text(SearchViews.menuText())
                        .blocks(SearchViews.menu(topics(), latest)));
            }
            var found = search.find(words, Optional.empty(), Optional.empty(), SearchViews.RESULTS);
            return ctx.ack(r -> r.responseType("ephemeral").text(SearchViews.foundText(words))
                    .blocks(SearchViews.found(words, found, found.isEmpty() ? topics() : List.of())));
        });
        routes.blockAction(SearchViews.BROWSE_TOPIC, (req, ctx) -> {
            var chosen = req.getPayload().getActions().get(0).getSelectedOption();
            List<String> topics = topics();
            if (chosen == null || !topics.contains(chosen.getValue())) {
                throw new Refusal(SearchViews.topicGone());
            }
            String topic = chosen.getValue();
            answer(req.getPayload(), topic, search.find("", Optional.of(topic), Optional.empty(), SearchViews.RESULTS),
                    topics);
            return ctx.ack();
        });
        routes.blockAction(SearchViews.BROWSE_ANY_KIND, (req, ctx) -> {
            EntryKind kind = kind(req.getPayload().getActions().get(0).getValue());
            answer(req.getPayload(), kind.label(), search.find("", Optional.empty(), Optional.of(kind),
                    SearchViews.RESULTS), topics());
            return ctx.ack();
        });
    }

    private void answer(BlockActionPayload click, String what, List<KnowledgeEntry> found, List<String> topics) {
        outbox.send(OutgoingMessage.replyTo(click, SearchViews.browsedText(what), SearchViews.browsed(what, found, topics)));
    }

    private List<String> topics() {
        return database.inTransaction(store::topics);
    }

    private static EntryKind kind(String value) {
        try {
            return EntryKind.valueOf(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new Refusal(SearchViews.brokenButton());
        }
    }
}
