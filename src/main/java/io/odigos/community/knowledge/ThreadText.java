package io.odigos.community.knowledge;

import com.slack.api.methods.MethodsClient;
import com.slack.api.model.Message;
import io.odigos.community.core.WebLinks;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What *Save to knowledge base* starts the form with: the thread's text when the message started one (the parent and
 * every reply, read with conversations.replies), else the message's own text; and a permalink to it. When Slack will
 * not give the thread (the bot is not in the channel), the message's text still makes a start.
 */
record ThreadText(String text, String permalink) {

    private static final Logger log = LoggerFactory.getLogger(ThreadText.class);

    static ThreadText copy(MethodsClient slack, String channel, Message message) {
        String own = message.getText() == null ? "" : message.getText();
        boolean startedThread = message.getTs().equals(message.getThreadTs())
                || message.getReplyCount() != null && message.getReplyCount() > 0;
        String text = own;
        String permalink = null;
        try {
            if (startedThread) {
                var replies = slack.conversationsReplies(r -> r.channel(channel).ts(message.getTs()).limit(200));
                if (replies.isOk()) {
                    text = replies.getMessages().stream().map(m -> m.getText() == null ? "" : m.getText())
                            .filter(t -> !t.isBlank()).collect(Collectors.joining("\n\n"));
                } else {
                    log.info("conversations.replies refused ({}); the form starts from the message alone",
                            replies.getError());
                }
            }
            var link = slack.chatGetPermalink(r -> r.channel(channel).messageTs(message.getTs()));
            // kept only when it fits the entry's column and works as a link
            permalink = link.isOk() && WebLinks.isHttp(link.getPermalink()) ? link.getPermalink() : null;
        } catch (Exception e) { // the form still opens with what we have: the member can fill in the rest
            log.warn("could not read the thread of {} in {}: {}", message.getTs(), channel, e.toString());
        }
        return new ThreadText(text, permalink);
    }
}
