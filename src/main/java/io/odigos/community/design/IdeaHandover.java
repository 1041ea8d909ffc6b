package io.odigos.community.design;

/**
 * How a brainstorm idea becomes a feature request: CommunityBot builds it from feedback's submit, so this package never
 * reads feedback's tables. Answers the new request's number; refuses as feedback refuses (a banned author, a bad title).
 */
@FunctionalInterface
public interface IdeaHandover {

    long submit(String authorId, String title, String problem);
}
