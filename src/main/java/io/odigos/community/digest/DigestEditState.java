package io.odigos.community.digest;

import java.util.Objects;

/** The digest edit form's private_metadata: which draft it edits. */
record DigestEditState(String ref) {

    DigestEditState {
        Objects.requireNonNull(ref, "ref");
    }
}
