package dev.rubric.collect.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.util.Paths;

/**
 * The paths that differ between two trees, read straight from the raw tree objects. Subtrees
 * with the same id are skipped without being loaded. Walking history newest first, the parent's
 * trees loaded for one commit are the commit's own trees at the next step, so the trees of the
 * previous comparison are kept: each changed tree is loaded once instead of twice. Loading is
 * where the time goes (delta resolution in the pack), which {@link PackedTrees} keeps to about
 * one inflate a tree.
 */
final class TreeDiff {
    private static final byte[] EMPTY = new byte[0];

    private final PackedTrees trees;
    private Map<ObjectId, byte[]> previous = new HashMap<>();
    private Map<ObjectId, byte[]> current = new HashMap<>();

    TreeDiff(PackedTrees trees) {
        this.trees = trees;
    }

    /** Calls {@code changed} with every file path (repository-relative) that differs; null for an empty tree. */
    void compare(AnyObjectId oldTree, AnyObjectId newTree, Consumer<String> changed) throws IOException {
        diff(oldTree == null ? EMPTY : load(oldTree), load(newTree), "", changed);
        previous = current;
        current = new HashMap<>();
    }

    private byte[] load(AnyObjectId id) throws IOException {
        byte[] raw = previous.get(id);
        if (raw == null) {
            raw = current.get(id);
        }
        if (raw == null) {
            raw = trees.load(id);
        }
        current.put(id.copy(), raw);
        return raw;
    }

    /** Merges two sorted entry lists, as git orders them (a tree sorts as its name followed by '/'). */
    private void diff(byte[] a, byte[] b, String prefix, Consumer<String> changed) throws IOException {
        Entry x = Entry.first(a);
        Entry y = Entry.first(b);
        while (x != null || y != null) {
            int order = x == null ? 1 : y == null ? -1
                    : Paths.compare(a, x.nameStart, x.nameEnd, x.mode, b, y.nameStart, y.nameEnd, y.mode);
            if (order < 0) {
                removedOrAdded(a, x, prefix, changed);
                x = x.next(a);
            } else if (order > 0) {
                removedOrAdded(b, y, prefix, changed);
                y = y.next(b);
            } else {
                if (!sameId(a, x, b, y) || x.mode != y.mode) {
                    String path = prefix + x.name(a);
                    if (x.isTree()) {
                        diff(load(x.id(a)), load(y.id(b)), path + "/", changed);
                    } else {
                        changed.accept(path);
                    }
                }
                x = x.next(a);
                y = y.next(b);
            }
        }
    }

    private void removedOrAdded(byte[] raw, Entry entry, String prefix, Consumer<String> changed) throws IOException {
        String path = prefix + entry.name(raw);
        if (entry.isTree()) {
            diff(EMPTY, load(entry.id(raw)), path + "/", changed);
        } else {
            changed.accept(path);
        }
    }

    private static boolean sameId(byte[] a, Entry x, byte[] b, Entry y) {
        for (int i = 0; i < Constants.OBJECT_ID_LENGTH; i++) {
            if (a[x.idStart + i] != b[y.idStart + i]) {
                return false;
            }
        }
        return true;
    }

    /** One entry of a raw tree: "mode SP name NUL id(20 bytes)". */
    private record Entry(int mode, int nameStart, int nameEnd, int idStart) {
        static Entry first(byte[] raw) {
            return raw.length == 0 ? null : at(raw, 0);
        }

        static Entry at(byte[] raw, int start) {
            int mode = 0;
            int i = start;
            while (raw[i] != ' ') {
                mode = (mode << 3) + (raw[i++] - '0');
            }
            int nameStart = ++i;
            while (raw[i] != 0) {
                i++;
            }
            return new Entry(mode, nameStart, i, i + 1);
        }

        Entry next(byte[] raw) {
            int next = idStart + Constants.OBJECT_ID_LENGTH;
            return next >= raw.length ? null : at(raw, next);
        }

        boolean isTree() {
            return (mode & 0170000) == 0040000;
        }

        String name(byte[] raw) {
            return new String(raw, nameStart, nameEnd - nameStart, StandardCharsets.UTF_8);
        }

        ObjectId id(byte[] raw) {
            return ObjectId.fromRaw(raw, idStart);
        }
    }
}
