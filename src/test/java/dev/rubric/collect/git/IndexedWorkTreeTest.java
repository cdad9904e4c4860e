package dev.rubric.collect.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.collect.EvidenceSink;
import dev.rubric.collect.PathTarget;
import dev.rubric.collect.tree.TreeCollector;
import dev.rubric.collect.tree.FileLimits;
import dev.rubric.collect.formats.Formats;
import dev.rubric.evidence.ArtifactFile;
import dev.rubric.evidence.EvidenceBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The status read from the collector's own walk must say what JGit's full status says. Files are
 * committed with modification times an hour old, so they are not racily clean and the stat
 * comparison decides, as it does in a real repository; each test then changes the tree one way
 * and compares both answers.
 */
class IndexedWorkTreeTest {
    private static final FileTime AN_HOUR_AGO = FileTime.from(Instant.now().minusSeconds(3600));

    @TempDir
    Path work;

    TestRepo repo;

    @BeforeEach
    void committedTree() throws Exception {
        repo = TestRepo.init(work);
        repo.write("prompts/triage.prompty", GitCollectorTest.prompty("triage", "1"))
                .write("prompts/summary.prompty", GitCollectorTest.prompty("summary", "1"))
                .write("src/app.py", "print('hello')\n")
                .write(".gitignore", "*.log\n")
                .write("generated/kept.prompty", GitCollectorTest.prompty("kept", "1"))
                .write("node_modules/lib/index.js", "module.exports = 1;\n");
        ageEverything();
        repo.commit("Alice", "first");
        // generated/ is ignored from now on, but kept.prompty stays tracked (as after `git add -f`)
        repo.write(".gitignore", "generated/\n*.log\n");
        ageEverything();
        repo.commit("Alice", "ignore generated files");
    }

    @Test
    void a_clean_tree_needs_no_status_from_git() throws Exception {
        Compared compared = compare();
        assertThat(compared.ours.trackedDirty()).isFalse();
        assertThat(compared.ours.changed()).isEmpty();
        assertThat(compared.index.timing()).as("only the file in node_modules, which the walk skips")
                .startsWith("from the walk, 1 of 6 tracked files checked by git");
    }

    @Test
    void an_edit_that_changes_the_size_is_a_modification() throws Exception {
        repo.write("prompts/triage.prompty", GitCollectorTest.prompty("triage", "22"));
        assertThat(compare().ours.changed()).containsExactly("prompts/triage.prompty");
    }

    @Test
    void an_edit_of_the_same_size_just_now_is_found_by_content() throws Exception {
        repo.write("prompts/triage.prompty", GitCollectorTest.prompty("triage", "2"));
        assertThat(compare().ours.changed()).containsExactly("prompts/triage.prompty");
    }

    /** "Racy git": an edit in the clock tick of the index write leaves the stat unchanged; the entry was smudged. */
    @Test
    void a_same_size_edit_with_an_unchanged_stat_right_after_the_index_was_written_is_found_by_content() throws Exception {
        FileTime tick = FileTime.from(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        Path fresh = work.resolve("prompts/fresh.prompty");
        repo.write("prompts/fresh.prompty", GitCollectorTest.prompty("fresh", "1"));
        Files.setLastModifiedTime(fresh, tick);
        repo.commit("Alice", "written and committed at once");
        repo.write("prompts/fresh.prompty", GitCollectorTest.prompty("fresh", "2"));
        Files.setLastModifiedTime(fresh, tick);
        // the index written in the same tick as the file: the file's stat cannot be trusted
        Files.setLastModifiedTime(work.resolve(".git/index"), tick);
        assertThat(compare().ours.changed()).containsExactly("prompts/fresh.prompty");
    }

    @Test
    void a_new_executable_bit_is_a_modification() throws Exception {
        Path script = work.resolve("src/app.py");
        Set<PosixFilePermission> permissions = new HashSet<>(Files.getPosixFilePermissions(script));
        permissions.add(PosixFilePermission.OWNER_EXECUTE);
        Files.setPosixFilePermissions(script, permissions);
        Files.setLastModifiedTime(script, AN_HOUR_AGO);
        assertThat(compare().ours.changed()).containsExactly("src/app.py");
    }

    @Test
    void a_deleted_file_makes_the_tree_dirty() throws Exception {
        Files.delete(work.resolve("prompts/summary.prompty"));
        Compared compared = compare();
        assertThat(compared.ours.trackedDirty()).isTrue();
        assertThat(compared.ours.changed()).as("missing files are not 'changed' in JGit's terms either").isEmpty();
    }

    @Test
    void staged_changes_and_added_files_are_changes() throws Exception {
        repo.write("prompts/triage.prompty", GitCollectorTest.prompty("triage", "33"))
                .write("prompts/new.prompty", GitCollectorTest.prompty("new", "1"));
        repo.git.add().addFilepattern("prompts").call();
        assertThat(compare().ours.changed()).containsExactlyInAnyOrder("prompts/triage.prompty", "prompts/new.prompty");
    }

    @Test
    void a_tracked_file_in_an_ignored_folder_is_walked_and_its_edits_count() throws Exception {
        repo.write("generated/kept.prompty", GitCollectorTest.prompty("kept", "22"))
                .write("generated/scratch.prompty", GitCollectorTest.prompty("scratch", "1"));
        Compared compared = compare();
        assertThat(compared.ours.changed()).containsExactly("generated/kept.prompty");
        assertThat(compared.ours.untracked()).as("its untracked neighbours stay ignored").isEmpty();
        assertThat(compared.files).contains("generated/kept.prompty").doesNotContain("generated/scratch.prompty");
    }

    @Test
    void a_tracked_file_in_a_folder_the_walk_skips_is_still_checked() throws Exception {
        repo.write("node_modules/lib/index.js", "module.exports = 22;\n");
        Compared compared = compare();
        assertThat(compared.ours.changed()).containsExactly("node_modules/lib/index.js");
        assertThat(compared.files).as("dependency folders are still not collected").noneMatch(f -> f.startsWith("node_modules"));
    }

    @Test
    void untracked_files_are_listed_unless_ignored() throws Exception {
        repo.write("prompts/draft.prompty", GitCollectorTest.prompty("draft", "1")).write("debug.log", "noise\n");
        Compared compared = compare();
        assertThat(compared.ours.untracked()).containsExactly("prompts/draft.prompty");
        assertThat(compared.ours.trackedDirty()).isFalse();
    }

    @Test
    void a_retargeted_symbolic_link_is_a_modification() throws Exception {
        Files.createSymbolicLink(work.resolve("current.prompty"), Path.of("prompts/triage.prompty"));
        repo.commit("Alice", "a link to the current prompt");
        Files.delete(work.resolve("current.prompty"));
        Files.createSymbolicLink(work.resolve("current.prompty"), Path.of("prompts/summary.prompty"));
        assertThat(compare().ours.changed()).containsExactly("current.prompty");
    }

    private void ageEverything() throws IOException {
        try (Stream<Path> files = Files.walk(work)) {
            for (Path file : files.filter(f -> !f.startsWith(work.resolve(".git")) && Files.isRegularFile(f)).toList()) {
                Files.setLastModifiedTime(file, AN_HOUR_AGO);
            }
        }
    }

    private record Compared(WorkTreeChanges ours, IndexedWorkTree index, List<String> files) {
    }

    /** Our status from a collector walk, checked against JGit's full status before it is returned. */
    private Compared compare() throws Exception {
        Repository repository = repo.git.getRepository();
        IndexedWorkTree index = IndexedWorkTree.read(repository, repository.parseCommit(repository.resolve("HEAD")));
        EvidenceBuilder evidence = new EvidenceBuilder();
        new TreeCollector(Formats.all(), FileLimits.defaults(), Set.of())
                .collect(new PathTarget("app", work.toString(), work), index, new EvidenceSink(evidence));
        WorkTreeChanges ours = index.changes();
        WorkTreeChanges git = WorkTreeChanges.of(repo.git.status().call());
        assertThat(ours.changed()).as("changed, as JGit's status says").isEqualTo(git.changed());
        assertThat(ours.trackedDirty()).as("dirty, as JGit's status says").isEqualTo(git.trackedDirty());
        // JGit also lists untracked files inside folders the collector never walks (node_modules)
        assertThat(ours.untracked()).as("untracked, as JGit's status says")
                .isEqualTo(git.untracked().stream().filter(p -> !p.startsWith("node_modules/")).collect(java.util.stream.Collectors.toSet()));
        List<String> files = evidence.build("test").files().stream().map(ArtifactFile::path).toList();
        return new Compared(ours, index, files);
    }
}
