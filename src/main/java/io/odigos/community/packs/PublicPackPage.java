package io.odigos.community.packs;

import io.odigos.community.web.SafeHtml;
import java.util.List;
import java.util.Map;

/**
 * What a pack's public page shows: its listing line, the README as escaped mrkdwn, the files and YAML of its newest
 * published version with the install command, every published version, the ratings by stars and the confirmations
 * by Odigos release, as counts only (never who rated or confirmed).
 *
 * @param starCounts    how many rated it 1, 2, 3, 4 and 5 stars (index 0 is one star)
 * @param confirmations confirmations by Odigos release ("1.4" -> 3), oldest release first
 */
public record PublicPackPage(PublicPack pack, SafeHtml readme, List<File> files, String yaml, Version latest,
                             List<Version> versions, List<Long> starCounts, Map<String, Long> confirmations) {

    /** One Kubernetes document of the newest version. */
    public record File(String apiVersion, String kind, String name, int line) {
    }

    /** A published version, with the command that installs exactly its bytes. */
    public record Version(int number, String published, List<String> triedOn, String changes, String sha256,
                          String yamlPath, String installCommand) {
    }

    /** The star counts from five stars down, as the page lists them. */
    public List<Map.Entry<Integer, Long>> starsFromFive() {
        return List.of(Map.entry(5, starCounts.get(4)), Map.entry(4, starCounts.get(3)), Map.entry(3, starCounts.get(2)),
                Map.entry(2, starCounts.get(1)), Map.entry(1, starCounts.get(0)));
    }
}
