package dev.rubric.collect.git;

import dev.rubric.collect.git.internal.ObjectLru;
import dev.rubric.collect.git.internal.PackReader;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.internal.storage.file.ObjectDirectory;
import org.eclipse.jgit.internal.storage.file.Pack;
import org.eclipse.jgit.internal.storage.file.PackIndex;
import org.eclipse.jgit.internal.storage.pack.PackWriter;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.pack.PackConfig;
import org.eclipse.jgit.treewalk.TreeWalk;

/** Packs a test repository's objects in the ways git and JGit do, and tells what the packs hold. */
final class Packs {
    private Packs() {
    }

    /** JGit's aggressive gc: one pack, OFS_DELTA chains as deep as its search makes them; loose objects pruned. */
    static void gc(Repository repository) throws Exception {
        Git.wrap(repository).gc().setAggressive(true).call();
    }

    /** Writes one pack of what {@code want} reaches and {@code have} does not, with REF_DELTA or OFS_DELTA entries. */
    static void write(Repository repository, Path packDir, Set<ObjectId> want, Set<ObjectId> have, boolean refDeltas)
            throws IOException {
        PackConfig config = new PackConfig(repository);
        config.setMaxDeltaDepth(50);
        try (ObjectReader reader = repository.newObjectReader(); PackWriter writer = new PackWriter(config, reader)) {
            writer.setDeltaBaseAsOffset(!refDeltas);
            writer.preparePack(NullProgressMonitor.INSTANCE, want, have);
            Files.createDirectories(packDir);
            Path pack = Files.createTempFile(packDir, "incoming", ".pack");
            try (OutputStream out = Files.newOutputStream(pack)) {
                writer.writePack(NullProgressMonitor.INSTANCE, NullProgressMonitor.INSTANCE, out);
            }
            String name = "pack-" + writer.computeName().name();
            try (OutputStream out = Files.newOutputStream(packDir.resolve(name + ".idx"))) {
                writer.writeIndex(out);
            }
            Files.move(pack, packDir.resolve(name + ".pack"));
        }
    }

    /** Deletes the loose objects, as {@code git prune-packed} does once they are in a pack. */
    static void pruneLoose(Path objects) throws IOException {
        try (Stream<Path> dirs = Files.list(objects)) {
            for (Path dir : dirs.filter(d -> d.getFileName().toString().matches("[0-9a-f]{2}")).toList()) {
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(file);
                    }
                }
            }
        }
    }

    /** Every tree a commit reachable from {@code start} holds, newest commit first, each once. */
    static List<ObjectId> trees(Repository repository, ObjectId start) throws IOException {
        List<ObjectId> trees = new ArrayList<>();
        Set<ObjectId> seen = new HashSet<>();
        try (RevWalk walk = new RevWalk(repository)) {
            walk.markStart(walk.parseCommit(start));
            for (var commit = walk.next(); commit != null; commit = walk.next()) {
                if (seen.add(commit.getTree().copy())) {
                    trees.add(commit.getTree().copy());
                }
                try (TreeWalk tree = new TreeWalk(repository)) {
                    tree.addTree(commit.getTree());
                    while (tree.next()) {
                        if (tree.isSubtree()) {
                            if (seen.add(tree.getObjectId(0))) {
                                trees.add(tree.getObjectId(0));
                            }
                            tree.enterSubtree();
                        }
                    }
                }
            }
        }
        return trees;
    }

    /** What the packs of a repository hold: how its trees are stored. */
    record Shape(int packs, int wholeTrees, int ofsDeltas, int refDeltas, int refDeltasToOtherPacks, int deepestChain) {
    }

    /** Reads every entry's header and follows every delta chain to its end, with this package's own reader. */
    static Shape shape(Repository repository) throws IOException, DataFormatException {
        List<Pack> packs = List.copyOf(((ObjectDirectory) repository.getObjectDatabase()).getPacks());
        List<PackReader> readers = new ArrayList<>();
        int whole = 0;
        int ofs = 0;
        int ref = 0;
        int refElsewhere = 0;
        int deepest = 0;
        Inflater inflater = new Inflater();
        try {
            for (Pack pack : packs) {
                readers.add(PackReader.open(pack.getPackFile(), pack.getIndex(), new ObjectLru(0), 0));
            }
            for (int p = 0; p < packs.size(); p++) {
                for (PackIndex.MutableEntry entry : packs.get(p).getIndex()) {
                    PackReader.Entry first = readers.get(p).read(entry.getOffset(), inflater);
                    PackReader.Entry last = first;
                    int depth = 0;
                    for (int at = p; last.isDelta(); depth++) {
                        if (last.baseId() != null) {
                            at = holder(readers, last.baseId());
                            last = readers.get(at).read(readers.get(at).find(last.baseId()), inflater);
                        } else {
                            last = readers.get(at).read(last.baseOffset(), inflater);
                        }
                    }
                    if (last.type() != Constants.OBJ_TREE) {
                        continue;
                    }
                    deepest = Math.max(deepest, depth);
                    if (first.type() == PackReader.OBJ_OFS_DELTA) {
                        ofs++;
                    } else if (first.type() == PackReader.OBJ_REF_DELTA) {
                        ref++;
                        if (readers.get(p).find(first.baseId()) < 0) {
                            refElsewhere++;
                        }
                    } else {
                        whole++;
                    }
                }
            }
        } finally {
            inflater.end();
            for (PackReader reader : readers) {
                reader.close();
            }
        }
        return new Shape(packs.size(), whole, ofs, ref, refElsewhere, deepest);
    }

    private static int holder(List<PackReader> readers, ObjectId id) throws IOException {
        for (int p = 0; p < readers.size(); p++) {
            if (readers.get(p).find(id) >= 0) {
                return p;
            }
        }
        throw new IOException("no pack holds the delta base " + id.name());
    }

    static File packDirectory(Repository repository) {
        return ((ObjectDirectory) repository.getObjectDatabase()).getPackDirectory();
    }
}
