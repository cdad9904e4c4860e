package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.rubric.evidence.Json;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Git targets end to end: what is printed, the exit code, what is written, and that the system
 * temporary folder holds nothing afterwards, whatever happened.
 */
class GitCliTest {
    @TempDir
    Path tmp;

    Path systemTemp;
    String savedTemp;
    Path bare;

    @BeforeEach
    void setUp() throws Exception {
        savedTemp = System.getProperty("java.io.tmpdir");
        systemTemp = Files.createDirectories(tmp.resolve("system-temp"));
        System.setProperty("java.io.tmpdir", systemTemp.toString());
        Path work = Files.createDirectories(tmp.resolve("work"));
        PersonIdent alice = new PersonIdent("Alice", "alice@example.com", Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC);
        try (Git git = Git.init().setDirectory(work.toFile()).setInitialBranch("main").call()) {
            Files.createDirectories(work.resolve("prompts"));
            Files.writeString(work.resolve("prompts/triage.prompty"), "---\nname: triage\nmetadata: {version: \"1\"}\n---\nsystem:\nOld\n");
            git.add().addFilepattern(".").call();
            git.commit().setMessage("v1").setAuthor(alice).setCommitter(alice).setSign(false).call();
            git.tag().setName("v1.0.0").call();
            Files.writeString(work.resolve("prompts/triage.prompty"), "---\nname: triage\nmetadata: {version: \"2\"}\n---\nsystem:\nNew\n");
            git.add().addFilepattern(".").call();
            git.commit().setMessage("v2").setAuthor(alice).setCommitter(alice).setSign(false).call();
        }
        bare = tmp.resolve("shop.git");
        Git.cloneRepository().setURI(work.toUri().toString()).setDirectory(bare.toFile()).setBare(true).call().close();
    }

    @AfterEach
    void restore() {
        System.setProperty("java.io.tmpdir", savedTemp);
    }

    @Test
    void a_url_with_ref_is_cloned_audited_at_the_tag_and_removed() throws IOException {
        Path out = tmp.resolve("evidence.json");
        CliRun run = CliRun.of("collect", bare.toUri().toString(), "--ref", "v1.0.0", "--evidence-out", out.toString(), "--verbose");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).containsPattern("rubric: history of shop: 1 commits, 1 artifact paths, \\d+ ms");
        JsonNode evidence = Json.mapper().readTree(out.toFile());
        assertThat(evidence.at("/sources/0/kind").asText()).isEqualTo("repository");
        assertThat(evidence.at("/prompts/0/version").asText()).isEqualTo("1");
        assertThat(evidence.at("/repositories/0/headTags/0").asText()).isEqualTo("v1.0.0");
        assertThat(systemTemp).isEmptyDirectory();
    }

    @Test
    void an_authentication_failure_is_one_line_exit_3_a_written_report_and_no_credentials_anywhere() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"git\"");
            exchange.sendResponseHeaders(401, -1);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://bob:s3cret-token@127.0.0.1:" + server.getAddress().getPort() + "/org/repo.git";
            Path report = tmp.resolve("report");
            CliRun run = CliRun.of("audit", url, "-o", report.toString(), "--reproducible");

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.SOURCE_UNREADABLE);
            String stripped = "http://127.0.0.1:" + server.getAddress().getPort() + "/org/repo.git";
            assertThat(run.err()).isEqualTo("rubric: " + stripped + " could not be read: authentication failed "
                    + "(set GIT_TOKEN, GITHUB_TOKEN or GITLAB_TOKEN for https, or load an ssh key)" + System.lineSeparator());
            String written = Files.readString(report.resolve("rubric-report.json"));
            JsonNode json = Json.mapper().readTree(written);
            assertThat(json.path("complete").asBoolean(true)).isFalse();
            assertThat(json.at("/sources/0/status").asText()).isEqualTo("failed");
            assertThat(written + run.out() + run.err()).doesNotContain("s3cret").doesNotContain("bob");
            assertThat(systemTemp).isEmptyDirectory();
        } finally {
            server.stop(0);
        }
    }

    @Test
    void an_unreachable_host_is_exit_3() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        CliRun run = CliRun.of("collect", "http://127.0.0.1:" + port + "/repo.git", "--evidence-out", tmp.resolve("e.json").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.SOURCE_UNREADABLE);
        assertThat(run.err().lines()).singleElement().asString().contains("could not be read: cannot reach it");
        assertThat(Files.exists(tmp.resolve("e.json"))).isTrue();
        assertThat(systemTemp).isEmptyDirectory();
    }

    @Test
    void usage_errors_are_one_line_and_exit_2() throws IOException {
        Path plain = Files.createDirectories(tmp.resolve("plain"));
        String[][] cases = {
                {"collect", "ftp://bob:pw@example.com/repo.git"},
                {"collect", bare.toString(), "--ref", "v7"},
                {"collect", bare.toUri().toString(), "--ref", "no-such-branch"},
                {"collect", plain.toString(), "--ref", "main"},
                {"collect", bare.toString(), "--depth", "0"},
        };
        String[] expected = {
                "rubric: target 'ftp://example.com/repo.git' is not a valid repository URL: unsupported scheme 'ftp'",
                "rubric: target '" + bare.toString().replace('\\', '/') + "': --ref 'v7': no such tag, branch or commit",
                "rubric: target '" + bare.toUri() + "': --ref 'no-such-branch': no such tag, branch or commit",
                "rubric: target '" + plain.toString().replace('\\', '/') + "' is not a git repository; --ref needs one",
                "rubric: --depth takes a number of commits, 1 or more",
        };
        for (int i = 0; i < cases.length; i++) {
            String[] args = java.util.Arrays.copyOf(cases[i], cases[i].length + 2);
            args[args.length - 2] = "--evidence-out";
            args[args.length - 1] = tmp.resolve("e" + i + ".json").toString();
            CliRun run = CliRun.of(args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err().lines()).as(String.join(" ", args)).singleElement().asString().startsWith(expected[i]);
            assertThat(run.err()).doesNotContain("pw@");
        }
        assertThat(systemTemp).isEmptyDirectory();
    }
}
