package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.collect.kubernetes.UnreachableCluster;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cluster options on the command line, and the exit codes a cluster gives (DESIGN.md §5). */
class ClusterOptionsTest {
    @TempDir
    Path dir;

    @Test
    void anUnreachableClusterIsExitThreeWithOneMessage() throws Exception {
        UnreachableCluster gone = UnreachableCluster.write(dir, "prod");
        Path kubeconfig = gone.kubeconfig();
        CliRun run = CliRun.of("collect", "--cluster", "--kubeconfig", kubeconfig.toString(), "--request-timeout", "2s",
                "--evidence-out", dir.resolve("evidence.json").toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.SOURCE_UNREADABLE);
        assertThat(run.err()).contains("cannot reach the cluster at " + gone.url()).doesNotContain("Exception");
        assertThat(dir.resolve("evidence.json")).exists();
    }

    @Test
    void clusterOptionsWithoutClusterAreAUsageError() {
        CliRun run = CliRun.of("collect", "-n", "shop", "--evidence-out", dir.resolve("e.json").toString(), dir.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("add --cluster");
    }

    @Test
    void aMissingContextIsAUsageError() throws Exception {
        Path kubeconfig = dir.resolve("config");
        Files.writeString(kubeconfig, "apiVersion: v1\nkind: Config\nclusters: []\ncontexts: []\nusers: []\n");
        CliRun run = CliRun.of("collect", "--cluster", "--kubeconfig", kubeconfig.toString(), "--context", "nowhere",
                "--evidence-out", dir.resolve("e.json").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("context 'nowhere' is not in " + kubeconfig);
    }

    @Test
    void aBadTimeoutIsAUsageError() {
        CliRun run = CliRun.of("collect", "--cluster", "--request-timeout", "soon", "--evidence-out", dir.resolve("e.json").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--request-timeout takes a duration such as 500ms, 30s or 2m, not 'soon'");
    }
}
