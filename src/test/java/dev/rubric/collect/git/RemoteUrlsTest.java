package dev.rubric.collect.git;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Credentials never leave the process: every URL form loses its user info when written. */
class RemoteUrlsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "https://user:ghp_s3cret@github.com/org/repo.git | https://github.com/org/repo.git",
            "https://x-access-token:tok@github.com/org/repo  | https://github.com/org/repo",
            "https://oauth2:glpat-abc@gitlab.com/g/p.git    | https://gitlab.com/g/p.git",
            "https://user@host:8443/a/b.git                 | https://host:8443/a/b.git",
            "https://us:er:p@ss@host/a.git                  | https://host/a.git",
            "https://github.com/org/repo.git                | https://github.com/org/repo.git",
            "ssh://git:pw@host:2222/srv/repo.git            | ssh://host:2222/srv/repo.git",
            "git@github.com:org/repo.git                    | git@github.com:org/repo.git",
            "deploy@example.com:org/repo.git                | example.com:org/repo.git",
            "file:///srv/git/repo.git                       | file:///srv/git/repo.git",
    })
    void user_info_is_stripped(String url, String expected) {
        assertThat(RemoteUrls.strip(url)).isEqualTo(expected);
        assertThat(RemoteUrls.isUrl(url)).isTrue();
    }

    @Test
    void urls_inside_messages_are_redacted() {
        assertThat(RemoteUrls.redact("https://bob:t0ken@host/r.git: not authorized; retry ssh://a:b@h/x"))
                .isEqualTo("https://host/r.git: not authorized; retry ssh://h/x");
    }

    @Test
    void paths_are_not_urls() {
        assertThat(RemoteUrls.isUrl("./services/app")).isFalse();
        assertThat(RemoteUrls.isUrl("/srv/git/repo.git")).isFalse();
        assertThat(RemoteUrls.isUrl("C:\\work\\repo")).isFalse();
        assertThat(RemoteUrls.isUrl("team@2024/notes")).isFalse();
    }

    @Test
    void the_form_of_a_url_is_checked() {
        assertThat(RemoteUrls.problem("https://github.com/org/repo.git")).isEmpty();
        assertThat(RemoteUrls.problem("file:///srv/repo.git")).isEmpty();
        assertThat(RemoteUrls.problem("git@github.com:org/repo.git")).isEmpty();
        assertThat(RemoteUrls.problem("ftp://host/repo")).hasValueSatisfying(p -> assertThat(p).contains("unsupported scheme 'ftp'"));
        assertThat(RemoteUrls.problem("https:///repo")).hasValue("no host");
        assertThat(RemoteUrls.problem("https://host")).hasValue("no repository path");
    }

    @Test
    void repository_names_make_target_ids() {
        assertThat(RemoteUrls.repositoryName("https://tok@github.com/org/invoice-rpa.git")).isEqualTo("invoice-rpa");
        assertThat(RemoteUrls.repositoryName("git@github.com:org/consumer-rag")).isEqualTo("consumer-rag");
        assertThat(RemoteUrls.repositoryName("file:///srv/git/lora/")).isEqualTo("lora");
    }
}
