package io.odigos.community.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.odigos.community.core.AdminWrites.Audited;
import io.odigos.community.testing.TestBot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An admin's change and its audit entry commit together; a non-admin or a refused change leaves no trace. */
class AdminWritesTest {

    static TestBot t;

    @BeforeAll
    static void start() throws Exception {
        t = TestBot.start();
        t.slack.addUser("UMEMBER", "Mo Member", "UTC", false, false);
    }

    @AfterAll
    static void stop() {
        t.close();
    }

    long audited(String action) {
        return t.bot.platform().database().inTransaction(em -> em.createQuery(
                "select count(a) from AuditEntry a where a.action = :a", Long.class).setParameter("a", action)
                .getSingleResult());
    }

    @Test
    void anAdminsChangeIsRecordedWithWhatItReports() {
        String result = t.bot.platform().adminWrites().write(TestBot.ADMIN, "test.change",
                em -> new Audited<>("done", "thing:1", "before -> after"));
        assertEquals("done", result);
        assertEquals(1, audited("test.change"));
        String detail = t.bot.platform().database().inTransaction(em -> em.createQuery(
                "select a.detail from AuditEntry a where a.action = 'test.change'", String.class).getSingleResult());
        assertEquals("before -> after", detail);
    }

    @Test
    void aNonAdminIsRefusedBeforeTheChangeRuns() {
        boolean[] ran = {false};
        assertThrows(Refusal.class, () -> t.bot.platform().adminWrites().write("UMEMBER", "test.refused", em -> {
            ran[0] = true;
            return new Audited<>(1, "thing:2", "x");
        }));
        assertEquals(false, ran[0]);
        assertEquals(0, audited("test.refused"));
    }

    @Test
    void aChangeThatRefusesLeavesNoAuditEntry() {
        assertThrows(Refusal.class, () -> t.bot.platform().adminWrites().write(TestBot.ADMIN, "test.rolled-back", em -> {
            throw new Refusal("not like that");
        }));
        assertEquals(0, audited("test.rolled-back"));
    }
}
