package dev.rubric.collect.git.internal;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.eclipse.jgit.internal.storage.file.ObjectDirectory;
import org.eclipse.jgit.internal.storage.file.Pack;
import org.eclipse.jgit.internal.storage.pack.BinaryDelta;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;

/**
 * Raw tree objects for {@link TreeDiff}, read from the repository's pack files directly.
 *
 * <p>Why not JGit's reader: its delta-base cache keeps only the base right below the object
 * asked for, never the objects rebuilt on the way down a delta chain. Tree chains run 50 deep
 * after {@code git gc}, so loading trees commit after commit re-inflated about half a chain per
 * tree. Here every object rebuilt while resolving a chain is kept in an LRU bounded in bytes (as
 * git does), so a load costs about one inflate whichever way the chain runs.
 *
 * <p>Correctness first: whatever this reader cannot find or read in a pack — loose objects,
 * alternates, a pack format it does not know, a pack removed by a concurrent gc — is loaded
 * through JGit, which also reports missing objects and wrong types as before. Read-only; not
 * thread-safe (one inflater, one cache).
 */
public final class PackedTrees implements AutoCloseable {
    /** What the caches may hold together: a quarter for blocks of pack files, the rest for rebuilt trees. */
    public static final long DEFAULT_CACHE_BYTES = 64L << 20;

    /** git caps delta depth at 4095; anything deeper is a loop in a damaged pack. */
    private static final int MAX_CHAIN = 10_000;
    /** Cache keys are the pack's number above an offset's or a block number's 40 bits (packs up to 1 TiB). */
    private static final int OFFSET_BITS = 40;

    private final ObjectReader fallback;
    private final List<PackReader> packs = new ArrayList<>();
    private final ObjectLru cache;
    private final ObjectLru blocks;
    private final Inflater inflater = new Inflater();
    private long fromPacks;
    private long fromFallback;

    private PackedTrees(ObjectReader fallback, long cacheBytes) {
        this.fallback = fallback;
        this.cache = new ObjectLru(cacheBytes - cacheBytes / 4);
        this.blocks = new ObjectLru(cacheBytes / 4);
    }

    /** Reads the packs of a file repository (bare or not); any other kind of repository goes through JGit. */
    public static PackedTrees open(Repository repository, ObjectReader fallback, long cacheBytes) {
        PackedTrees trees = new PackedTrees(fallback, cacheBytes);
        if (repository.getObjectDatabase() instanceof ObjectDirectory objects) {
            // JGit's own pack list (newest first) and indexes: they are already in memory for the commit walk
            for (Pack pack : objects.getPacks()) {
                try {
                    trees.packs.add(PackReader.open(pack.getPackFile(), pack.getIndex(), trees.blocks,
                            (long) trees.packs.size() << OFFSET_BITS));
                } catch (IOException | RuntimeException e) {
                    // left to JGit, object by object
                }
            }
        }
        return trees;
    }

    /** The raw content of a tree object. */
    public byte[] load(AnyObjectId id) throws IOException {
        for (int pack = 0; pack < packs.size(); pack++) {
            long offset = packs.get(pack).find(id);
            if (offset >= 0) {
                try {
                    byte[] raw = resolve(pack, offset);
                    fromPacks++;
                    return raw;
                } catch (IOException | DataFormatException | RuntimeException e) {
                    break;
                }
            }
        }
        fromFallback++;
        return viaJGit(id);
    }

    /**
     * Walks down the delta chain to a whole object or a cached one, then rebuilds each object on
     * the way back up, caching every one of them: the next tree asked for is most often one of them.
     */
    private byte[] resolve(int pack, long offset) throws IOException, DataFormatException {
        Deque<Pending> pending = new ArrayDeque<>();
        byte[] base;
        while (true) {
            if (pending.size() > MAX_CHAIN) {
                throw new IOException("a delta chain deeper than " + MAX_CHAIN);
            }
            long key = key(pack, offset);
            base = cache.get(key);
            if (base != null) {
                break;
            }
            PackReader.Entry entry = packs.get(pack).read(offset, inflater);
            if (!entry.isDelta()) {
                if (entry.type() != Constants.OBJ_TREE) {
                    // not a tree: JGit reports the wrong type
                    throw new IOException("not a tree");
                }
                base = entry.data();
                cache.put(key, base);
                break;
            }
            pending.push(new Pending(key, entry.data()));
            if (entry.baseId() == null) {
                offset = entry.baseOffset();
                continue;
            }
            int holder = packHolding(entry.baseId(), pack);
            if (holder < 0) {
                base = viaJGit(entry.baseId());
                break;
            }
            pack = holder;
            offset = packs.get(holder).find(entry.baseId());
        }
        while (!pending.isEmpty()) {
            Pending next = pending.pop();
            base = BinaryDelta.apply(base, next.delta());
            cache.put(next.key(), base);
        }
        return base;
    }

    /** The pack holding an object, trying {@code likely} first (a REF_DELTA base is usually beside its delta); -1 if none. */
    private int packHolding(ObjectId id, int likely) {
        if (packs.get(likely).find(id) >= 0) {
            return likely;
        }
        for (int pack = 0; pack < packs.size(); pack++) {
            if (pack != likely && packs.get(pack).find(id) >= 0) {
                return pack;
            }
        }
        return -1;
    }

    private byte[] viaJGit(AnyObjectId id) throws IOException {
        return fallback.open(id, Constants.OBJ_TREE).getCachedBytes(Integer.MAX_VALUE - 8);
    }

    private static long key(int pack, long offset) throws IOException {
        if (offset >>> OFFSET_BITS != 0) {
            throw new IOException("a pack larger than this reader indexes");
        }
        return (long) pack << OFFSET_BITS | offset;
    }

    /** Trees loaded from the packs, and through JGit: how a test tells the two paths apart. */
    public long fromPacks() {
        return fromPacks;
    }

    public long fromFallback() {
        return fromFallback;
    }

    @Override
    public void close() {
        inflater.end();
        for (PackReader pack : packs) {
            try {
                pack.close();
            } catch (IOException e) {
                // read-only: nothing to lose
            }
        }
    }

    /** A delta read on the way down a chain, applied on the way back up. */
    private record Pending(long key, byte[] delta) {
    }
}
