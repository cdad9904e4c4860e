package dev.rubric.collect.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.GpgSignature;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * A git repository built by a test: fixed authors and dates (one day apart from 2024-01-01), so
 * commit ids and every history fact are the same on every run.
 */
final class TestRepo implements AutoCloseable {
    static final Instant EPOCH = Instant.parse("2024-01-01T00:00:00Z");

    final Path dir;
    final Git git;
    private int day;

    private TestRepo(Path dir, Git git) {
        this.dir = dir;
        this.git = git;
    }

    static TestRepo init(Path dir) throws GitAPIException {
        return new TestRepo(dir, Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call());
    }

    static TestRepo open(Path dir) throws IOException {
        return new TestRepo(dir, Git.open(dir.toFile()));
    }

    void skipDays(int days) {
        day += days;
    }

    TestRepo write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return this;
    }

    static PersonIdent person(String name, Instant when) {
        return new PersonIdent(name, name.toLowerCase() + "@example.com", when, ZoneOffset.UTC);
    }

    /** Stages everything (including deletions) and commits as {@code author}, the next day. */
    RevCommit commit(String author, String message) throws GitAPIException {
        Instant when = EPOCH.plusSeconds(86_400L * day++);
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        return git.commit().setMessage(message).setAuthor(person(author, when)).setCommitter(person(author, when))
                .setSign(false).call();
    }

    /** A commit of the staged tree carrying a gpgsig header (not a real signature: only its presence counts). */
    ObjectId commitSigned(String author, String message) throws GitAPIException, IOException {
        Instant when = EPOCH.plusSeconds(86_400L * day++);
        git.add().addFilepattern(".").call();
        var repository = git.getRepository();
        try (ObjectInserter inserter = repository.newObjectInserter()) {
            CommitBuilder builder = new CommitBuilder();
            builder.setTreeId(repository.readDirCache().writeTree(inserter));
            builder.setParentId(repository.resolve(Constants.HEAD));
            builder.setAuthor(person(author, when));
            builder.setCommitter(person(author, when));
            builder.setMessage(message);
            builder.setGpgSignature(new GpgSignature(
                    "-----BEGIN PGP SIGNATURE-----\n\niQEzBAABCAAdFiEEtest\n=abcd\n-----END PGP SIGNATURE-----".getBytes(StandardCharsets.US_ASCII)));
            ObjectId id = inserter.insert(builder);
            inserter.flush();
            RefUpdate update = repository.updateRef(Constants.HEAD);
            update.setNewObjectId(id);
            update.forceUpdate();
            return id;
        }
    }

    void tag(String name) throws GitAPIException {
        git.tag().setName(name).setAnnotated(false).call();
    }

    void annotatedTag(String name) throws GitAPIException {
        git.tag().setName(name).setTagger(person("Releaser", EPOCH)).setMessage("release " + name).setSigned(false).call();
    }

    @Override
    public void close() {
        git.close();
    }
}
