package dev.rubric.collect.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rubric.engine.CollectRequest;
import dev.rubric.engine.Engine;
import dev.rubric.evidence.Evidence;
import dev.rubric.evidence.Json;
import dev.rubric.evidence.Repository;
import dev.rubric.evidence.Source;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ssh:// remotes through the system ssh, against a real sshd started by the test on a free local
 * port (its own host key, authorized key and configuration; stopped by PID afterwards). It needs
 * an OpenSSH server: RUBRIC_TEST_SSHD names its binary. Without it the test is skipped locally;
 * under .ci/run (RUBRIC_CI=1) a missing sshd is a failure, never a silent skip.
 */
class SshRemoteTest {
    @TempDir
    Path temp;

    Process sshd;
    int port;
    Path clientKey;
    Path otherKey;
    Path bare;
    Path clones;

    @BeforeEach
    void sshServerWithABareRepository() throws Exception {
        String binary = System.getenv("RUBRIC_TEST_SSHD");
        if (binary == null || binary.isBlank()) {
            if ("1".equals(System.getenv("RUBRIC_CI"))) {
                fail("RUBRIC_TEST_SSHD is not set: .ci/run must install and name an OpenSSH server");
            }
            assumeTrue(false, "RUBRIC_TEST_SSHD is not set (path of an sshd binary); ssh remotes not tested");
        }
        Path work = Files.createDirectories(temp.resolve("work"));
        try (TestRepo repo = TestRepo.init(work)) {
            repo.write("prompts/triage.prompty", GitCollectorTest.prompty("triage", "1")).commit("Alice", "first");
            repo.write("prompts/triage.prompty", GitCollectorTest.prompty("triage", "2")).commit("Bob", "second");
        }
        bare = temp.resolve("served/app.git");
        Git.cloneRepository().setURI(work.toUri().toString()).setDirectory(bare.toFile()).setBare(true).call().close();
        clones = Files.createDirectories(temp.resolve("clones"));

        Path keys = Files.createDirectories(temp.resolve("keys"));
        Path hostKey = keygen(keys.resolve("host"));
        clientKey = keygen(keys.resolve("client"));
        otherKey = keygen(keys.resolve("other"));
        Path authorized = keys.resolve("authorized_keys");
        Files.copy(keys.resolve("client.pub"), authorized);
        port = freePort();
        Path config = keys.resolve("sshd_config");
        Files.writeString(config, String.join("\n",
                "Port " + port, "ListenAddress 127.0.0.1", "HostKey " + hostKey, "AuthorizedKeysFile " + authorized,
                "PidFile none", "StrictModes no", "UsePAM no", "PasswordAuthentication no",
                "KbdInteractiveAuthentication no", "PermitRootLogin prohibit-password", "LogLevel ERROR", ""));
        sshd = new ProcessBuilder(binary, "-D", "-e", "-f", config.toString())
                .redirectErrorStream(true).redirectOutput(temp.resolve("sshd.log").toFile()).start();
        awaitPort();
    }

    @AfterEach
    void stopSshd() throws InterruptedException {
        if (sshd != null) {
            sshd.destroy();
            if (!sshd.waitFor(10, TimeUnit.SECONDS)) {
                sshd.destroyForcibly();
            }
        }
    }

    @Test
    void an_ssh_url_is_cloned_through_the_system_ssh_audited_and_removed() throws Exception {
        String url = "ssh://" + System.getProperty("user.name") + "@127.0.0.1:" + port + bare;
        Evidence evidence = collect(url, clientKey);

        Source source = evidence.sources().get(0);
        assertThat(source.status()).as(source.error() + "\n" + Files.readString(temp.resolve("sshd.log"))).isEqualTo(Source.OK);
        Repository repository = evidence.repositories().get(0);
        assertThat(repository.commitCount()).isEqualTo(2);
        assertThat(GitCollectorTest.prompt(evidence, "triage").version()).isEqualTo("2");
        assertThat(GitCollectorTest.file(evidence, "prompts/triage.prompty").revisions()).isEqualTo(2);
        assertThat(Json.pretty(evidence)).as("the user name of the URL is never written")
                .doesNotContain(System.getProperty("user.name") + "@127.0.0.1");
        assertThat(clones).isEmptyDirectory();
    }

    @Test
    void a_key_the_server_does_not_know_is_an_authentication_failure() throws Exception {
        String url = "ssh://" + System.getProperty("user.name") + "@127.0.0.1:" + port + bare;
        Evidence evidence = collect(url, otherKey);

        Source source = evidence.sources().get(0);
        assertThat(source.status()).isEqualTo(Source.FAILED);
        assertThat(source.error()).startsWith("authentication failed");
        assertThat(clones).isEmptyDirectory();
    }

    private Evidence collect(String url, Path key) {
        // as a user would set it: git's own variable for the ssh command line
        String ssh = "ssh -i " + key + " -o IdentitiesOnly=yes -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null"
                + " -o LogLevel=ERROR";
        return new Engine().collect(new CollectRequest(List.of(url), 1 << 20, Set.of(), null, null, clones,
                Map.of("GIT_SSH_COMMAND", ssh), null));
    }

    private static Path keygen(Path key) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key.toString())
                .redirectErrorStream(true).start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("ssh-keygen " + new String(process.getInputStream().readAllBytes())).isZero();
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
        return key;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void awaitPort() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (!sshd.isAlive()) {
                fail("sshd exited: " + Files.readString(temp.resolve("sshd.log")));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        fail("sshd did not listen on port " + port + ": " + Files.readString(temp.resolve("sshd.log")));
    }
}
