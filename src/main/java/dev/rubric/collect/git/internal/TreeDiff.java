package dev.rubric.collect.git.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
 * previous comparison are kept: each changed tree is loaded once instead of twice.
 * {@link PackedTrees} keeps a load to about one inflate; what remains is comparing the trees,
 * which skips runs of unchanged entries (see {@link #diff}).
 */
public final class TreeDiff {
    private static final byte[] EMPTY = new byte[0];

    private final PackedTrees trees;
    private Map<ObjectId, byte[]> previous = new HashMap<>();
    private Map<ObjectId, byte[]> current = new HashMap<>();

    public TreeDiff(PackedTrees trees) {
        this.trees = trees;
    }

    /** Calls {@code changed} with every file path (repository-relative) that differs; null for an empty tree. */
    public void compare(AnyObjectId oldTree, AnyObjectId newTree, Consumer<String> changed) throws IOException {
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

    /**
     * Merges two sorted entry lists, as git orders them (a tree sorts as its name followed by '/').
     * Most entries of a changed tree are unchanged, and sit in runs of identical bytes in both:
     * each run is passed with one comparison of bytes instead of entry by entry.
     */
    private void diff(byte[] a, byte[] b, String prefix, Consumer<String> changed) throws IOException {
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            int same = Arrays.mismatch(a, i, a.length, b, j, b.length);
            if (same < 0) {
                return;
            }
            // the entries that end before the first differing byte are the same in both trees
            int skip = Entry.startOfEntryHolding(a, i, i + same) - i;
            i += skip;
            j += skip;
            if (i == a.length || j == b.length) {
                break;
            }
            Entry x = Entry.at(a, i);
            Entry y = Entry.at(b, j);
            int order = Paths.compare(a, x.nameStart, x.nameEnd, x.mode, b, y.nameStart, y.nameEnd, y.mode);
            if (order <= 0) {
                i = x.end();
            }
            if (order >= 0) {
                j = y.end();
            }
            if (order < 0) {
                removedOrAdded(a, x, prefix, changed);
            } else if (order > 0) {
                removedOrAdded(b, y, prefix, changed);
            } else if (x.mode != y.mode || !Arrays.equals(a, x.idStart, x.end(), b, y.idStart, y.end())) {
                String path = prefix + x.name(a);
                if (x.isTree()) {
                    diff(load(x.id(a)), load(y.id(b)), path + "/", changed);
                } else {
                    changed.accept(path);
                }
            }
        }
        for (; i < a.length; i = Entry.at(a, i).end()) {
            removedOrAdded(a, Entry.at(a, i), prefix, changed);
        }
        for (; j < b.length; j = Entry.at(b, j).end()) {
            removedOrAdded(b, Entry.at(b, j), prefix, changed);
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

    /** One entry of a raw tree: "mode SP name NUL id(20 bytes)". */
    private record Entry(int mode, int nameStart, int nameEnd, int idStart) {
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

        /** Where the entry holding byte {@code position} starts, entries counted from {@code from}; the end if none. */
        static int startOfEntryHolding(byte[] raw, int from, int position) {
            int start = from;
            while (start < raw.length) {
                int end = start;
                while (raw[end] != 0) {
                    end++;
                }
                end += 1 + Constants.OBJECT_ID_LENGTH;
                if (end > position) {
                    return start;
                }
                start = end;
            }
            return start;
        }

        int end() {
            return idStart + Constants.OBJECT_ID_LENGTH;
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
