package io.odigos.community.packs;

/**
 * The action ids of the buttons on a pack's card, which several listener classes answer: each button's value is the
 * pack id ({@link #RATE}, {@link #NEW_VERSION}) or the version id ({@link #CONFIRM}).
 */
final class PackActions {

    /** Opens the 1-5 star rating form. */
    static final String RATE = "pack_rate";
    /** Opens the *Works on my cluster* form for the version shown. */
    static final String CONFIRM = "pack_confirm";
    /** The author opens the publish form for a new version of their pack. */
    static final String NEW_VERSION = "pack_new_version";

    private PackActions() {
    }
}
