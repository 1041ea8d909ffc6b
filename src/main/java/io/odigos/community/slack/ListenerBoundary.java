package io.odigos.community.slack;

import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;

/**
 * Bolt's last middleware, where its own reading of a request ends and dispatch to the bot's listeners begins. Bolt's
 * middleware still reads members of some requests (its filter of the bot's own events reads an event's user) and
 * fails on a malformed one with whatever exception the JSON gave; a failure past this point is the bot's. So the
 * servlet can answer the first 400 and the second 500.
 */
public final class ListenerBoundary implements Middleware {

    /** A listener (or Bolt's dispatch to it) failed: the request was read, the bot could not serve it. */
    public static final class ListenerFailure extends RuntimeException {

        ListenerFailure(RuntimeException cause) {
            super(cause.getMessage(), cause);
        }
    }

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        try {
            return chain.next(req);
        } catch (RuntimeException e) {
            throw new ListenerFailure(e);
        }
    }
}
