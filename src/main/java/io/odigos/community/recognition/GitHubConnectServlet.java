package io.odigos.community.recognition;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * GET /github/connect?state=...: where the Connect GitHub button leads; sends the browser on to GitHub's authorize
 * page. The state is checked first, so a forged or stale link stops here instead of at GitHub.
 */
final class GitHubConnectServlet extends HttpServlet {

    private final GitHubOAuth oauth;

    GitHubConnectServlet(GitHubOAuth oauth) {
        this.oauth = oauth;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String state = req.getParameter("state");
        try {
            oauth.states().verify(state);
        } catch (OAuthStates.Invalid e) {
            GitHubPages.write(resp, 400, "Nothing was linked", e.getMessage());
            return;
        }
        resp.setHeader("Cache-Control", "no-store");
        resp.setHeader("Referrer-Policy", "no-referrer");
        resp.setStatus(302);
        resp.setHeader("Location", oauth.authorizeUrl(state).toString());
    }
}
