package io.odigos.community.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.odigos.community.core.Refusal;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class ModalStateTest {

    enum Kind { BUG, FEATURE }

    record Form(Kind kind, long id, String note) {
        Form {
            Objects.requireNonNull(kind, "kind");
        }
    }

    record Note(String text) {
    }

    @Test
    void aRecordComesBackAsItWasWritten() {
        Form form = new Form(Kind.BUG, 42, "ünïcode \"quoted\" <b>");
        assertEquals(form, ModalState.read(ModalState.write(form), Form.class));
        Form withoutNote = new Form(Kind.FEATURE, 7, null);
        assertEquals(withoutNote, ModalState.read(ModalState.write(withoutNote), Form.class));
    }

    @Test
    void writingMoreThanSlackKeepsFails() {
        String wrapper = ModalState.write(new Note(""));
        String fits = "x".repeat(ModalState.MAX_LENGTH - wrapper.length());
        assertEquals(ModalState.MAX_LENGTH, ModalState.write(new Note(fits)).length());
        assertThrows(IllegalStateException.class, () -> ModalState.write(new Note(fits + "x")));
    }

    @Test
    void anythingElseIsAFormOutOfDate() {
        // a bare id and listing:query are what forms carried before; {} lacks a required component
        for (String unreadable : new String[] {null, "", "42", "top:ebpf", "{\"kind\":", "{}", "{\"kind\":\"GONE\"}"}) {
            Refusal refusal = assertThrows(Refusal.class, () -> ModalState.read(unreadable, Form.class), unreadable);
            assertEquals("This form is out of date; open it again.", refusal.getMessage());
        }
    }
}
