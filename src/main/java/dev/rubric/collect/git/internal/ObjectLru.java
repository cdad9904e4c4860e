package dev.rubric.collect.git.internal;

import java.util.Iterator;
import java.util.LinkedHashMap;

/**
 * Object contents by a long key, the least recently used dropped first once their total size
 * passes a limit. Each entry is charged a fixed overhead besides its bytes, so that a flood of
 * tiny objects is bounded too. Not thread-safe.
 */
public final class ObjectLru {
    /** About what a map entry, its boxed key and the array header cost on the heap. */
    static final int ENTRY_OVERHEAD = 96;

    private final long limit;
    private final LinkedHashMap<Long, byte[]> entries = new LinkedHashMap<>(1024, 0.75f, true);
    private long size;

    public ObjectLru(long limitBytes) {
        this.limit = limitBytes;
    }

    byte[] get(long key) {
        return entries.get(key);
    }

    void put(long key, byte[] value) {
        byte[] old = entries.put(key, value);
        if (old != null) {
            size -= cost(old);
        }
        size += cost(value);
        Iterator<byte[]> oldest = entries.values().iterator();
        while (size > limit && oldest.hasNext()) {
            size -= cost(oldest.next());
            oldest.remove();
        }
    }

    /** The bytes charged for what is held now, overhead included. */
    long size() {
        return size;
    }

    int count() {
        return entries.size();
    }

    private static long cost(byte[] value) {
        return value.length + (long) ENTRY_OVERHEAD;
    }
}
