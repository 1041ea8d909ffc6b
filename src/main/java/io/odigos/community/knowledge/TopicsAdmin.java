package io.odigos.community.knowledge;

import io.odigos.community.core.AdminWrites;
import io.odigos.community.core.AdminWrites.Audited;
import io.odigos.community.core.Refusal;
import io.odigos.community.slack.SlackText;

/**
 * Admins edit the topics guides are filed under, each change audited. A removed topic is no longer offered; entries
 * filed under it keep the word, as a request keeps the area it chose.
 */
public final class TopicsAdmin {

    static final int MAX_TOPIC = 60;

    private final AdminWrites adminWrites;
    private final KnowledgeStore store;

    TopicsAdmin(AdminWrites adminWrites, KnowledgeStore store) {
        this.adminWrites = adminWrites;
        this.store = store;
    }

    public String add(String adminId, String name) {
        String topic = name == null ? "" : name.strip();
        if (topic.isEmpty() || topic.length() > MAX_TOPIC || SlackText.hasBroadcast(topic) || topic.contains(",")) {
            throw new Refusal("Give the topic a name of at most " + MAX_TOPIC + " characters, without commas, "
                    + "@channel or @here.");
        }
        return adminWrites.write(adminId, "kb-topic-add", em -> {
            if (store.topics(em).stream().anyMatch(t -> t.equalsIgnoreCase(topic))) {
                throw new Refusal("*" + SlackText.escape(topic) + "* is already a topic.");
            }
            store.addTopic(em, topic);
            return new Audited<>(topic, "kb-topic:" + topic, "added");
        });
    }

    public String remove(String adminId, String name) {
        String topic = name == null ? "" : name.strip();
        return adminWrites.write(adminId, "kb-topic-remove", em -> {
            if (!store.removeTopic(em, topic)) {
                throw new Refusal("There is no topic *" + SlackText.escape(topic) + "*.");
            }
            return new Audited<>(topic, "kb-topic:" + topic, "removed");
        });
    }
}
