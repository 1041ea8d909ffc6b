package io.odigos.community.slack;

import io.odigos.community.core.AdminWrites;
import io.odigos.community.core.AuditLog;
import io.odigos.community.core.BotConfig;
import io.odigos.community.core.Database;
import io.odigos.community.core.JobScheduler;
import io.odigos.community.core.Members;
import java.time.Clock;

/** The shared parts every feature is built from, wired once in CommunityBot. Posting goes through the poster. */
public record Platform(BotConfig config, Database database, Clock clock, Members members, AuditLog audit,
                       AdminWrites adminWrites, SlackPoster poster, SlackOutbox outbox, AfterAck afterAck,
                       DurableTasks tasks, HomeTab home, AdminCommands admin, JobScheduler scheduler,
                       Modals modals) {
}
