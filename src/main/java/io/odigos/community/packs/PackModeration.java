package io.odigos.community.packs;

import io.odigos.community.core.AdminWrites;
import io.odigos.community.core.AdminWrites.Audited;
import io.odigos.community.core.Database;
import io.odigos.community.core.Refusal;
import io.odigos.community.moderation.Moderatable;
import java.util.Optional;

/**
 * Packs in the moderation queue, as feedback is: a member reports a pack from its card, an admin hides it (it leaves
 * /packs, the portal, the install URLs and the digest; its card says it was hidden) or restores it. Audited.
 */
final class PackModeration implements Moderatable {

    static final String KIND = "pack";

    private final Database database;
    private final AdminWrites admin;
    private final PacksStore store;
    private final PackUrls urls;
    private final PackLivePosts cards;

    PackModeration(Database database, AdminWrites admin, PacksStore store, PackUrls urls, PackLivePosts cards) {
        this.database = database;
        this.admin = admin;
        this.store = store;
        this.urls = urls;
        this.cards = cards;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Optional<ModeratedItem> describe(String itemId) {
        return parse(itemId).flatMap(id -> database.inTransaction(em -> store.pack(em, id)))
                .map(p -> new ModeratedItem("Pack: " + p.name(), link(p), p.hidden()));
    }

    @Override
    public void hide(String itemId, String adminId) {
        moderate(itemId, adminId, true);
    }

    @Override
    public void restore(String itemId, String adminId) {
        moderate(itemId, adminId, false);
    }

    private void moderate(String itemId, String adminId, boolean hide) {
        long id = parse(itemId).orElseThrow(() -> new Refusal("There is no pack " + itemId + "."));
        admin.write(adminId, hide ? "pack.hide" : "pack.restore", em -> {
            Pack pack = store.lockedPack(em, id).orElseThrow(() -> new Refusal("There is no pack " + itemId + "."));
            if (pack.hidden() == hide) {
                throw new Refusal("The pack " + pack.name() + " is already " + (hide ? "hidden." : "visible."));
            }
            pack.hide(hide);
            cards.changed(pack); // its card says it was hidden, or shows the pack again
            return new Audited<>(pack, KIND + ":" + id, pack.name());
        });
    }

    /** Its channel post when it has one (the page would 404 while hidden), else its page. */
    private String link(Pack p) {
        return p.postTs() != null
                ? "https://slack.com/archives/" + p.postChannel() + "/p" + p.postTs().replace(".", "")
                : urls.page(p.slug());
    }

    private static Optional<Long> parse(String itemId) {
        try {
            return Optional.of(Long.parseLong(itemId));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
