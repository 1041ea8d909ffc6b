package io.odigos.community.ownership;

/** What a member offers to lead: a planned roadmap item, or a plugin they propose to build. */
public enum ClaimKind {
    ITEM, PLUGIN
}
