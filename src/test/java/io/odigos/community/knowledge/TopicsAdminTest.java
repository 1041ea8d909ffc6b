package io.odigos.community.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import io.odigos.community.core.AuditEntry;
import io.odigos.community.slack.AdminCommands;
import io.odigos.community.testing.ViewJson;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Admins edit the topics through /community-admin; the share form offers what they left; each change audited. */
class TopicsAdminTest extends KnowledgeJourneys {

    String admin(String user, String line) {
        HttpResponse<String> r = t.signed.slashCommand(user, AdminCommands.COMMAND, line);
        assertEquals(200, r.statusCode(), r.body());
        return JsonParser.parseString(r.body()).getAsJsonObject().get("text").getAsString();
    }

    @Test
    void adminsAddAndRemoveTopicsAndOthersCannot() {
        long filed = published(ANN, "Maps", EntryKind.GUIDE);
        assertTrue(admin(ANN, "kb-topic-add Operators").contains("Only community admins"));
        assertTrue(admin(ADMIN, "kb-topic-add OpenTelemetry <Operator>").contains("Added the topic *OpenTelemetry "
                + "&lt;Operator&gt;*"));
        assertTrue(admin(ADMIN, "kb-topic-add opentelemetry <operator>").contains("already a topic"));
        assertTrue(admin(ADMIN, "kb-topic-add <!channel>").contains("without commas, @channel or @here"));
        assertTrue(ViewJson.readable(openShare(BEN).toString()).contains("\"OpenTelemetry <Operator>\""),
                "offered in the form");

        assertTrue(admin(ADMIN, "kb-topic-remove eBPF").contains("Removed the topic *eBPF*"));
        assertTrue(admin(ADMIN, "kb-topic-remove eBPF").contains("no topic *eBPF*"));
        assertFalse(openShare(BEN).toString().contains("\"eBPF\""), "no longer offered");
        assertEquals(List.of("eBPF"), entry(filed).topics(), "entries filed under it keep it");

        List<String> actions = audit().stream().filter(a -> a.actorId().equals(ADMIN)).map(AuditEntry::action)
                .filter(a -> a.startsWith("kb-topic")).toList();
        assertEquals(List.of("kb-topic-remove", "kb-topic-add"), actions, "refusals are not audited");
    }
}
