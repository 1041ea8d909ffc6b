package io.odigos.community.packs;

import io.odigos.community.core.Database;
import io.odigos.community.releases.OdigosVersion;
import io.odigos.community.web.PublicText;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.LongStream;

/**
 * The rules of the public packs portal: only visible packs exist there (pending, declined and hidden ones are "not
 * found"), only their published versions, README as escaped mrkdwn, and nobody's name or Slack id: the knowledge base
 * names an author only when they ticked "show my name", and a pack's publish form has no such choice.
 */
final class PublicPacks {

    static final int PER_PAGE = 50;
    /** Packs ranked for one listing at most: far more than the community shares, and a bound on one page's work. */
    static final int MAX_CANDIDATES = 1000;

    /** Links between the pages stay on the host the visitor used; the install command names the public URL. */
    private static final PackUrls ON_THIS_SITE = new PackUrls("");

    private final Database database;
    private final PacksStore store;
    private final PortalStore portal = new PortalStore();
    private final PackSummaries summaries;
    private final PackUrls urls;

    PublicPacks(Database database, PacksStore store, PackSummaries summaries, PackUrls urls) {
        this.database = database;
        this.store = store;
        this.summaries = summaries;
        this.urls = urls;
    }

    /** The packs the filter finds, best first, with the filters' choices. */
    PackListing list(PackFilter filter) {
        return database.inTransaction(em -> {
            Map<String, Long> tagCounts = portal.visibleTagCounts(em);
            Map<OdigosVersion, Set<Long>> byRelease = new TreeMap<>(Comparator.reverseOrder());
            portal.visibleReleases(em).forEach(r -> OdigosVersion.parse(r.release())
                    .ifPresent(v -> byRelease.computeIfAbsent(v, k -> new HashSet<>()).add(r.packId())));
            Optional<String> refusal = refusal(filter, byRelease);
            List<PackSummary> found = refusal.isPresent() ? List.of() : find(em, filter, byRelease);
            String empty = refusal.orElse(filter.narrowed()
                    ? "No pack matches. Try other words, or fewer filters."
                    : "No pack is published yet. Share one with /packs in Slack.");
            return new PackListing(filter, found.stream().limit(PER_PAGE).map(PublicPack::of).toList(), found.size(),
                    empty, groups(tagCounts::containsKey, tagCounts), groups(t -> true, tagCounts),
                    byRelease.keySet().stream().map(OdigosVersion::toString).toList());
        });
    }

    /** The pack's page; empty when no visible pack has this slug. */
    Optional<PublicPackPage> pack(String slug) {
        return database.inTransaction(em -> store.bySlug(em, slug).filter(Pack::visible)
                .flatMap(p -> page(em, summaries.of(em, p))));
    }

    private Optional<PublicPackPage> page(EntityManager em, PackSummary s) {
        if (s.latest().isEmpty()) {
            return Optional.empty();
        }
        Pack p = s.pack();
        PackVersion latest = s.latest().get();
        List<PublicPackPage.Version> versions = store.versions(em, p.id()).stream()
                .filter(v -> v.status() == PackStatus.PUBLISHED).map(v -> version(p, v)).toList();
        List<PublicPackPage.File> files = latest.documents().stream()
                .map(d -> new PublicPackPage.File(d.apiVersion(), d.kind(), d.name(), d.line())).toList();
        return Optional.of(new PublicPackPage(PublicPack.of(s), PublicText.mrkdwn(p.readme()), files, latest.text(),
                version(p, latest), versions, LongStream.of(portal.starCounts(em, p.id())).boxed().toList(),
                new TreeMap<>(s.confirmations())));
    }

    private PublicPackPage.Version version(Pack p, PackVersion v) {
        return new PublicPackPage.Version(v.number(), PublicText.day(v.publishedAt()), v.triedOn(), v.changes(),
                v.sha256(), ON_THIS_SITE.yaml(p.slug(), v.number()), urls.installCommand(p.slug(), v.number()));
    }

    /** Why the filter can find nothing: a tag no list offers, or a release nothing was tried or confirmed on. */
    private static Optional<String> refusal(PackFilter filter, Map<OdigosVersion, Set<Long>> byRelease) {
        if (filter.wordsTooLong()) {
            return Optional.of("Search with at most " + PackFilter.MAX_WORDS + " characters.");
        }
        if (filter.tag() != null && !PackTags.known(filter.tag())) {
            return Optional.of("There is no tag “" + filter.tag() + "”. Pick one from the list.");
        }
        if (filter.release() != null) {
            Optional<OdigosVersion> release = OdigosVersion.parse(filter.release());
            if (release.isEmpty()) {
                return Optional.of("“" + filter.release() + "” is not an Odigos release, like 1.4.");
            }
            if (!byRelease.containsKey(release.get())) {
                return Optional.of("No pack was tried or confirmed on Odigos " + release.get() + " yet.");
            }
        }
        return Optional.empty();
    }

    private List<PackSummary> find(EntityManager em, PackFilter filter, Map<OdigosVersion, Set<Long>> byRelease) {
        Optional<Collection<Long>> among = Optional.ofNullable(filter.release()).flatMap(OdigosVersion::parse)
                .map(byRelease::get);
        List<Pack> packs = portal.visibleMatching(em, filter.patterns(), Optional.ofNullable(filter.tag()), among,
                MAX_CANDIDATES);
        return summaries.of(em, packs).stream().filter(s -> !filter.verifiedOnly() || s.verified())
                .sorted(PackSummaries.BEST_FIRST).toList();
    }

    /** Each kind's tags that {@code shown} keeps, with how many visible packs carry them. */
    private static List<PackListing.TagGroup> groups(Predicate<String> shown,
                                                     Map<String, Long> counts) {
        return Arrays.stream(PackTags.values()).map(kind -> new PackListing.TagGroup(kind.label(), kind.choices()
                        .stream().map(kind::tag).filter(shown)
                        .map(t -> new PackListing.TagChoice(PublicPack.Tag.of(t), counts.getOrDefault(t, 0L)))
                        .toList()))
                .filter(g -> !g.tags().isEmpty()).toList();
    }
}
