package dev.rubric.collect.git;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jgit.transport.ChainingCredentialsProvider;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.NetRCCredentialsProvider;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

/**
 * Credentials for cloning over https, from the places CI systems put them: a token in
 * {@code GITHUB_TOKEN} (github hosts), {@code GITLAB_TOKEN} (gitlab hosts) or {@code GIT_TOKEN}
 * (any host), sent as basic auth, then {@code ~/.netrc}. ssh uses the external {@code ssh} (see
 * {@link SshTransport}), hence the agent and keys the user already has. Credentials are handed to
 * JGit only; nothing here is ever written out.
 */
final class GitCredentials {
    private GitCredentials() {
    }

    static CredentialsProvider forUrl(String url, Map<String, String> env) {
        List<CredentialsProvider> chain = new ArrayList<>();
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            String host = host(lower);
            String github = env.get("GITHUB_TOKEN");
            String gitlab = env.get("GITLAB_TOKEN");
            String generic = env.get("GIT_TOKEN");
            if (host.contains("github") && present(github)) {
                chain.add(new UsernamePasswordCredentialsProvider("x-access-token", github));
            } else if (host.contains("gitlab") && present(gitlab)) {
                chain.add(new UsernamePasswordCredentialsProvider("oauth2", gitlab));
            } else if (present(generic)) {
                chain.add(new UsernamePasswordCredentialsProvider(env.getOrDefault("GIT_USERNAME", "git"), generic));
            }
        }
        chain.add(new NetRCCredentialsProvider());
        return new ChainingCredentialsProvider(chain.toArray(CredentialsProvider[]::new));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String host(String url) {
        String rest = url.substring(url.indexOf("://") + 3);
        int slash = rest.indexOf('/');
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        return authority.substring(authority.lastIndexOf('@') + 1);
    }
}
