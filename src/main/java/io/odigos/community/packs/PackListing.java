package io.odigos.community.packs;

import java.util.List;

/**
 * The /packs page: the filter as asked, the packs it found best first (at most a page of {@code total}), the sentence
 * that explains an empty list, and the choices the filters offer.
 *
 * @param tagsInUse the tags visible packs carry, by kind, with their counts: the links
 * @param allTags   every tag {@link PackTags} offers, by kind: the select
 * @param releases  Odigos releases some visible pack was tried or confirmed on, newest first
 */
public record PackListing(PackFilter filter, List<PublicPack> packs, int total, String empty,
                          List<TagGroup> tagsInUse, List<TagGroup> allTags, List<String> releases) {

    public record TagGroup(String label, List<TagChoice> tags) {
    }

    public record TagChoice(PublicPack.Tag tag, long count) {
    }
}
