package dev.rubric.collect.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.engine.CollectRequest;
import dev.rubric.engine.Engine;
import dev.rubric.engine.UserError;
import dev.rubric.evidence.ArtifactFile;
import dev.rubric.evidence.Evidence;
import dev.rubric.evidence.Json;
import dev.rubric.evidence.Prompt;
import dev.rubric.evidence.Repository;
import dev.rubric.evidence.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Repositories built here with fixed authors and dates: history facts, a bare remote cloned over
 * file://, a --ref audit of an older tag, uncommitted edits, signatures, CODEOWNERS and errors.
 */
class GitCollectorTest {
    @TempDir
    Path temp;

    Path work;
    Path clones;
    List<String> log = new ArrayList<>();
    RevCommit c1;
    RevCommit c2;
    RevCommit c3;
    RevCommit c4;

    static String prompty(String name, String version) {
        return "---\nname: " + name + "\nmetadata: {version: \"" + version + "\"}\n---\nsystem:\nYou are prompt " + name
                + " version " + version + ".\n";
    }

    /**
     * c1 alice: triage v1 + README; c2 bob: triage v2 + an eval; c3 alice: triage v3 (tag v1.0.0);
     * c4 carol: triage v4, a new summary prompt, CODEOWNERS owning triage (tags nightly, v1.1.0).
     */
    @BeforeEach
    void history() throws Exception {
        work = Files.createDirectories(temp.resolve("app"));
        clones = Files.createDirectories(temp.resolve("clones"));
        try (TestRepo repo = TestRepo.init(work)) {
            c1 = repo.write("prompts/triage.prompty", prompty("triage", "1")).write("README.md", "app\n")
                    .commit("Alice", "first prompt");
            c2 = repo.write("prompts/triage.prompty", prompty("triage", "2")).write("evals/triage.yaml", "cases: []\n")
                    .commit("Bob", "tune triage with its eval");
            c3 = repo.write("prompts/triage.prompty", prompty("triage", "3")).commit("Alice", "quick fix");
            repo.tag("v1.0.0");
            c4 = repo.write("prompts/triage.prompty", prompty("triage", "4"))
                    .write("prompts/summary.prompty", prompty("summary", "1"))
                    .write(".github/CODEOWNERS", "# owners\n*.md @docs\n/prompts/triage.prompty @team-ai @alice\n")
                    .commit("Carol", "summary prompt");
            repo.tag("nightly");
            repo.annotatedTag("v1.1.0");
        }
    }

    Evidence collect(String target, String ref, Integer depth) {
        return new Engine().collect(new CollectRequest(List.of(target), 1 << 20, Set.of(), ref, depth, clones,
                Map.of(), log::add));
    }

    static ArtifactFile file(Evidence evidence, String path) {
        return evidence.files().stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow();
    }

    static Prompt prompt(Evidence evidence, String name) {
        return evidence.prompts().stream().filter(p -> name.equals(p.name())).findFirst().orElseThrow();
    }

    @Test
    void a_working_tree_gets_repository_facts_and_per_file_history() {
        Evidence evidence = collect(work.toString(), null, null);

        assertThat(evidence.sources()).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo("repository");
            assertThat(s.status()).isEqualTo(Source.OK);
        });
        Repository repo = evidence.repositories().get(0);
        assertThat(repo.id()).isEqualTo("app#repository");
        assertThat(repo.headCommit()).isEqualTo(c4.name());
        assertThat(repo.headCommitDate()).isEqualTo("2024-01-04T00:00:00Z");
        assertThat(repo.branch()).isEqualTo("main");
        assertThat(repo.bare()).isFalse();
        assertThat(repo.tags()).containsExactly("nightly", "v1.0.0", "v1.1.0");
        assertThat(repo.headTags()).containsExactly("nightly", "v1.1.0");
        assertThat(repo.releaseTags()).containsExactly("v1.0.0", "v1.1.0");
        assertThat(repo.dirty()).isFalse();
        assertThat(repo.modifiedFiles()).isEmpty();
        assertThat(repo.untrackedFiles()).isEmpty();
        assertThat(repo.remotes()).isEmpty();
        assertThat(repo.url()).isNull();
        assertThat(repo.commitCount()).isEqualTo(4);
        assertThat(repo.signedCommits()).isZero();
        assertThat(repo.signedCommitRatio()).isEqualTo(0.0);
        assertThat(repo.shallow()).isFalse();
        assertThat(repo.codeowners()).isEqualTo(".github/CODEOWNERS");
        assertThat(file(evidence, "prompts/summary.prompty").owners()).as("CODEOWNERS names no owner for it").isEmpty();

        ArtifactFile triage = file(evidence, "prompts/triage.prompty");
        assertThat(triage.tracked()).isTrue();
        assertThat(triage.revisions()).isEqualTo(4);
        assertThat(triage.firstCommit()).isEqualTo(c1.name());
        assertThat(triage.firstCommitDate()).isEqualTo("2024-01-01T00:00:00Z");
        assertThat(triage.lastCommit()).isEqualTo(c4.name());
        assertThat(triage.lastCommitDate()).isEqualTo("2024-01-04T00:00:00Z");
        assertThat(triage.authors()).isEqualTo(3);
        assertThat(triage.changesWithoutEval()).as("c1, c3 and c4 changed no eval file").isEqualTo(3);
        assertThat(triage.owners()).containsExactly("@alice", "@team-ai");

        Prompt summary = prompt(evidence, "summary");
        assertThat(summary.revisions()).isEqualTo(1);
        assertThat(summary.authors()).isEqualTo(1);
        assertThat(summary.lastCommit()).isEqualTo(c4.name());
        assertThat(summary.changesWithoutEval()).isEqualTo(1);
        assertThat(summary.owners()).isEmpty();
        assertThat(prompt(evidence, "triage").revisions()).isEqualTo(4);

        assertThat(log).filteredOn(line -> line.startsWith("history of"))
                .singleElement().asString().as("two prompts and CODEOWNERS, which the supply-chain parser records")
                .startsWith("history of app: 4 commits, 3 artifact paths, ");
        assertThat(log).as("each phase is timed").anyMatch(line -> line.startsWith("work tree status of app: "))
                .anyMatch(line -> line.startsWith("collected app (repository): ") && line.contains("filesRead=5"))
                .anyMatch(line -> line.startsWith("evidence assembled: "));
    }

    @Test
    void the_evidence_is_deterministic_and_valid() throws IOException {
        String first = Json.pretty(collect(work.toString(), null, null));
        String second = Json.pretty(collect(work.toString(), null, null));
        assertThat(first).isEqualTo(second);
        assertThat(dev.rubric.engine.Schemas.validate("evidence", Json.mapper().readTree(first))).isEmpty();
    }

    @Test
    void uncommitted_prompt_edits_make_the_tree_dirty_and_are_listed() throws IOException {
        Files.writeString(work.resolve("prompts/triage.prompty"), prompty("triage", "5-draft"));
        Files.writeString(work.resolve("prompts/new.prompty"), prompty("new", "0"));
        Files.writeString(work.resolve("notes.txt"), "untracked, but not an artifact\n");

        Evidence evidence = collect(work.toString(), null, null);

        Repository repo = evidence.repositories().get(0);
        assertThat(repo.dirty()).isTrue();
        assertThat(repo.modifiedFiles()).containsExactly("prompts/triage.prompty");
        assertThat(repo.untrackedFiles()).containsExactly("prompts/new.prompty");
        assertThat(prompt(evidence, "triage").version()).isEqualTo("5-draft");
        ArtifactFile added = file(evidence, "prompts/new.prompty");
        assertThat(added.tracked()).isFalse();
        assertThat(added.revisions()).isZero();
        assertThat(added.lastCommit()).isNull();
        assertThat(added.owners()).isEmpty();
    }

    @Test
    void a_subfolder_of_a_working_tree_keeps_paths_relative_to_itself() {
        Evidence evidence = collect(work.resolve("prompts").toString(), null, null);
        assertThat(evidence.sources().get(0).id()).isEqualTo("prompts");
        ArtifactFile triage = file(evidence, "triage.prompty");
        assertThat(triage.revisions()).isEqualTo(4);
        assertThat(triage.owners()).containsExactly("@alice", "@team-ai");
        assertThat(file(evidence, "summary.prompty").owners()).isEmpty();
    }

    @Test
    void ref_audits_an_older_tag_from_git_without_touching_the_working_tree() throws Exception {
        Files.writeString(work.resolve("prompts/triage.prompty"), prompty("triage", "5-draft"));

        Evidence evidence = collect(work.toString(), "v1.0.0", null);

        assertThat(prompt(evidence, "triage").version()).as("the prompt as tagged").isEqualTo("3");
        assertThat(evidence.prompts()).extracting(Prompt::name).containsExactly("triage");
        Repository repo = evidence.repositories().get(0);
        assertThat(repo.ref()).isEqualTo("v1.0.0");
        assertThat(repo.headCommit()).isEqualTo(c3.name());
        assertThat(repo.headTags()).containsExactly("v1.0.0");
        assertThat(repo.branch()).isNull();
        assertThat(repo.dirty()).isFalse();
        assertThat(repo.commitCount()).isEqualTo(3);
        assertThat(repo.codeowners()).as("no CODEOWNERS in v1.0.0").isNull();
        assertThat(file(evidence, "prompts/triage.prompty").owners()).as("no owners without CODEOWNERS").isNull();
        ArtifactFile triage = file(evidence, "prompts/triage.prompty");
        assertThat(triage.revisions()).isEqualTo(3);
        assertThat(triage.owners()).isNull();
        assertThat(triage.sha256()).isEqualTo(dev.rubric.collect.tree.FileTypes.sha256(
                prompty("triage", "3").getBytes(StandardCharsets.UTF_8)));

        // the working tree is exactly as it was: the draft on disk, HEAD and the branch unchanged
        assertThat(Files.readString(work.resolve("prompts/triage.prompty"))).isEqualTo(prompty("triage", "5-draft"));
        try (Git git = Git.open(work.toFile())) {
            assertThat(git.getRepository().resolve("HEAD")).isEqualTo(c4);
            assertThat(git.getRepository().getBranch()).isEqualTo("main");
            assertThat(git.status().call().getModified()).containsExactly("prompts/triage.prompty");
        }
    }

    @Test
    void ref_takes_branches_and_commits_too() throws Exception {
        try (Git git = Git.open(work.toFile())) {
            git.branchCreate().setName("release/1.0").setStartPoint(c2.name()).call();
        }
        Evidence onBranch = collect(work.toString(), "release/1.0", null);
        assertThat(onBranch.repositories().get(0).branch()).isEqualTo("release/1.0");
        assertThat(prompt(onBranch, "triage").version()).isEqualTo("2");

        Evidence onCommit = collect(work.toString(), c1.name().substring(0, 10), null);
        assertThat(onCommit.repositories().get(0).headCommit()).isEqualTo(c1.name());
        assertThat(prompt(onCommit, "triage").version()).isEqualTo("1");
    }

    @Test
    void a_bare_remote_is_cloned_over_file_url_audited_and_removed() throws Exception {
        Path bare = temp.resolve("remote.git");
        Git.cloneRepository().setURI(work.toUri().toString()).setDirectory(bare.toFile()).setBare(true).call().close();
        String url = bare.toUri().toString();

        Evidence evidence = collect(url, null, null);

        Source source = evidence.sources().get(0);
        assertThat(source.id()).isEqualTo("remote");
        assertThat(source.kind()).isEqualTo("repository");
        assertThat(source.target()).isEqualTo(url);
        assertThat(source.status()).isEqualTo(Source.OK);
        Repository repo = evidence.repositories().get(0);
        assertThat(repo.url()).isEqualTo(url);
        assertThat(repo.bare()).isTrue();
        assertThat(repo.branch()).isEqualTo("main");
        assertThat(repo.headCommit()).isEqualTo(c4.name());
        assertThat(repo.tags()).containsExactly("nightly", "v1.0.0", "v1.1.0");
        assertThat(repo.commitCount()).isEqualTo(4);
        assertThat(repo.remotes()).extracting(Repository.Remote::url).containsExactly(url);
        assertThat(prompt(evidence, "triage").version()).isEqualTo("4");
        assertThat(file(evidence, "prompts/triage.prompty").revisions()).isEqualTo(4);
        assertThat(clones).isEmptyDirectory();
    }

    @Test
    void a_bare_repository_on_disk_is_audited_at_its_head_and_a_shallow_clone_says_so() throws Exception {
        Path bare = temp.resolve("remote.git");
        Git.cloneRepository().setURI(work.toUri().toString()).setDirectory(bare.toFile()).setBare(true).call().close();

        Evidence local = collect(bare.toString(), null, null);
        assertThat(local.repositories().get(0).bare()).isTrue();
        assertThat(prompt(local, "summary").revisions()).isEqualTo(1);

        Evidence shallow = collect(bare.toUri().toString(), "v1.0.0", 1);
        Repository repo = shallow.repositories().get(0);
        assertThat(repo.shallow()).isTrue();
        assertThat(repo.commitCount()).isEqualTo(1);
        assertThat(prompt(shallow, "triage").version()).isEqualTo("3");
        assertThat(clones).isEmptyDirectory();
    }

    @Test
    void signed_commits_are_counted() throws Exception {
        try (TestRepo repo = new TestRepoOpener(work).open()) {
            repo.write("README.md", "signed change\n");
            repo.commitSigned("Dana", "a signed commit");
        }
        Repository repo = collect(work.toString(), null, null).repositories().get(0);
        assertThat(repo.commitCount()).isEqualTo(5);
        assertThat(repo.signedCommits()).isEqualTo(1);
        assertThat(repo.signedCommitRatio()).isEqualTo(0.2);
    }

    @Test
    void missing_ref_and_ref_outside_git_are_usage_errors() throws IOException {
        assertThatThrownBy(() -> collect(work.toString(), "v9.9.9", null))
                .isInstanceOf(UserError.class).hasMessageContaining("--ref 'v9.9.9': no such tag, branch or commit");
        Path plain = Files.createDirectories(temp.resolve("plain"));
        assertThatThrownBy(() -> collect(plain.toString(), "v1.0.0", null))
                .isInstanceOf(UserError.class).hasMessageContaining("is not a git repository; --ref needs one");
    }

    @Test
    void a_missing_ref_in_a_clone_leaves_nothing_behind() throws Exception {
        Path bare = temp.resolve("remote.git");
        Git.cloneRepository().setURI(work.toUri().toString()).setDirectory(bare.toFile()).setBare(true).call().close();
        assertThatThrownBy(() -> collect(bare.toUri().toString(), "nope", null)).isInstanceOf(UserError.class);
        assertThat(clones).isEmptyDirectory();
    }

    @Test
    void a_url_that_is_not_a_repository_fails_the_source_and_leaves_nothing_behind() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("not-a-repo"));
        Evidence evidence = collect(empty.toUri().toString(), null, null);
        Source source = evidence.sources().get(0);
        assertThat(source.status()).isEqualTo(Source.FAILED);
        assertThat(source.error()).isEqualTo("not a git repository, or not found");
        assertThat(evidence.repositories()).isEmpty();
        assertThat(clones).isEmptyDirectory();
    }

    @Test
    void bad_urls_are_refused_before_anything_is_cloned() {
        for (String url : List.of("ftp://example.com/repo.git", "https://", "https://example.com/", "git@example.com:")) {
            assertThatThrownBy(() -> collect(url, null, null)).as(url)
                    .isInstanceOf(UserError.class).hasMessageContaining("is not a valid repository URL");
        }
        assertThat(clones).isEmptyDirectory();
    }

    /** Opens an existing work tree as a TestRepo whose next commit is on day 5. */
    private record TestRepoOpener(Path dir) {
        TestRepo open() throws Exception {
            TestRepo repo = TestRepo.open(dir);
            repo.skipDays(4);
            return repo;
        }
    }
}
