package io.odigos.community.slack;

import io.odigos.community.core.AuditLog;
import io.odigos.community.core.BotConfig;
import io.odigos.community.core.Database;
import io.odigos.community.core.Members;
import java.time.Clock;

/** The shared parts every feature is built from, wired once in CommunityBot. */
public record Platform(BotConfig config, Database database, Clock clock, Members members, AuditLog audit,
                       SlackPoster poster, SlackOutbox outbox, AfterAck afterAck, HomeTab home, AdminCommands admin) {
}
