package io.odigos.community.recognition;

import io.odigos.community.core.Refusal;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GET /github/callback?code=...&state=...: GitHub sends the member's browser back here. The state says which Slack
 * member started the flow; the code says, through GitHub, which login they control; the two are linked. Anything
 * short of that answers a page saying what went wrong, with nothing changed: 400 for the link or the member's
 * choice, 502 when GitHub could not be asked.
 */
final class GitHubCallbackServlet extends HttpServlet {

    private static final Logger log = LoggerFactory.getLogger(GitHubCallbackServlet.class);
    private static final String NOT_LINKED = "Nothing was linked";
    private static final String AGAIN = " Run /profile github in Slack to try again.";

    private final GitHubOAuth oauth;
    private final GitHubContributions github;

    GitHubCallbackServlet(GitHubOAuth oauth, GitHubContributions github) {
        this.oauth = oauth;
        this.github = github;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        OAuthStates.Claim state;
        try {
            state = oauth.states().verify(req.getParameter("state"));
        } catch (OAuthStates.Invalid e) {
            GitHubPages.write(resp, 400, NOT_LINKED, e.getMessage());
            return;
        }
        String error = req.getParameter("error");
        if (error != null) {
            GitHubPages.write(resp, 400, NOT_LINKED, ("access_denied".equals(error)
                    ? "You did not authorize the app on GitHub." : "GitHub answered: " + clip(error) + ".") + AGAIN);
            return;
        }
        String code = req.getParameter("code");
        if (code == null || code.isBlank()) {
            GitHubPages.write(resp, 400, NOT_LINKED, "GitHub sent no code back." + AGAIN);
            return;
        }
        String login;
        try {
            login = oauth.loginFor(code);
        } catch (GitHubOAuth.Refused e) {
            log.info("GitHub refused the OAuth code of member {}: {}", state.memberId(), e.getMessage());
            GitHubPages.write(resp, 400, NOT_LINKED, "GitHub refused the sign-in (" + e.getMessage() + ")." + AGAIN);
            return;
        } catch (GitHubApi.Unavailable e) {
            log.warn("GitHub could not tell which login member {} controls: {}", state.memberId(), e.getMessage());
            GitHubPages.write(resp, 502, NOT_LINKED, "GitHub could not be reached or did not answer as expected. "
                    + "Try again in a few minutes." + AGAIN);
            return;
        }
        GitHubContributions.VerifiedLink linked;
        try {
            linked = github.linkVerified(state, login);
        } catch (Refusal e) {
            GitHubPages.write(resp, 400, NOT_LINKED, e.getMessage().replace("`", ""));
            return;
        }
        GitHubPages.write(resp, 200, "GitHub linked", "Linked @" + linked.login()
                + " to your Slack account; you can close this tab.");
    }

    private static String clip(String text) {
        return text.length() > 100 ? text.substring(0, 100) + "…" : text;
    }
}
