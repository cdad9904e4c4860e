package dev.rubric.collect.git;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.jgit.errors.NoRemoteRepositoryException;
import org.eclipse.jgit.transport.URIish;
import org.junit.jupiter.api.Test;

/** JGit's messages start with the URL: numbers in it are not HTTP statuses. */
class TransportProblemsTest {
    private static String of(String message) {
        return TransportProblems.of(new Exception(message));
    }

    @Test
    void statuses_and_words_of_refusal_are_authentication_failures() {
        assertThat(of("https://git.example.com/team/app.git: not authorized")).isEqualTo(TransportProblems.AUTHENTICATION_FAILED);
        assertThat(of("https://git.example.com/team/app.git: 401 Unauthorized")).isEqualTo(TransportProblems.AUTHENTICATION_FAILED);
        assertThat(of("https://git.example.com/team/app.git: 403 Forbidden")).isEqualTo(TransportProblems.AUTHENTICATION_FAILED);
        assertThat(of("https://git.example.com/team/app.git: Authentication is required but no CredentialsProvider has been registered"))
                .isEqualTo(TransportProblems.AUTHENTICATION_FAILED);
    }

    @Test
    void ports_and_paths_holding_the_digits_are_not_statuses() {
        assertThat(of("http://127.0.0.1:40363/repo.git: cannot open git-upload-pack")).startsWith("cannot reach it: ");
        assertThat(of("http://127.0.0.1:14031/repo.git: Connection refused")).startsWith("cannot reach it: ");
        assertThat(of("http://127.0.0.1:403/repo.git: Connection refused")).startsWith("cannot reach it: ");
        assertThat(of("https://git.example.com/org403/app.git: Connection reset")).startsWith("cannot reach it: ");
        assertThat(of("http://127.0.0.1:24040/repo.git: Connection refused")).startsWith("cannot reach it: ");
    }

    @Test
    void a_missing_repository_is_not_found() {
        assertThat(of("https://git.example.com/team/app.git: 404 Not Found")).isEqualTo(TransportProblems.NOT_FOUND);
        assertThat(of("ssh://git@host/app.git: fatal: '/app.git' does not appear to be a git repository"))
                .isEqualTo(TransportProblems.NOT_FOUND);
    }

    @Test
    void a_refused_ssh_key_behind_an_invalid_remote_is_an_authentication_failure() throws Exception {
        URIish uri = new URIish("ssh://git@127.0.0.1:2222/app.git");
        Exception refused = new Exception("Invalid remote: origin",
                new NoRemoteRepositoryException(uri, "git@127.0.0.1: Permission denied (publickey)."));
        Exception missing = new Exception("Invalid remote: origin",
                new NoRemoteRepositoryException(uri, "fatal: '/app.git' does not appear to be a git repository"));
        assertThat(TransportProblems.ofInvalidRemote(refused)).isEqualTo(TransportProblems.AUTHENTICATION_FAILED);
        assertThat(TransportProblems.ofInvalidRemote(missing)).isEqualTo(TransportProblems.NOT_FOUND);
        assertThat(TransportProblems.ofInvalidRemote(new Exception("Invalid remote: origin"))).isEqualTo(TransportProblems.NOT_FOUND);
    }
}
