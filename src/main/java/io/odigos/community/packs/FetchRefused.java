package io.odigos.community.packs;

/** Why a pack's YAML could not be fetched, in the words shown under the file or link field; nothing was stored. */
final class FetchRefused extends RuntimeException {

    FetchRefused(String message) {
        super(message, null, false, false);
    }
}
