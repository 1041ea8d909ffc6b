package io.odigos.community.packs;

import java.util.Set;

/** What the author says about a pack, checked ({@link PackTags} for the tags); a new version may change it. */
public record PackDetails(String name, String summary, String readme, Set<String> tags) {
}
