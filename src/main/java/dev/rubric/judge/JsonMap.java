package dev.rubric.judge;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A read-only JSON object as two arrays, keys in document order; objects of the same shape (every
 * subject of a collection, mostly) share one key array. A subject has a few dozen keys at
 * most, so a scan finds one as fast as hashing would, and the map takes a fraction of a
 * LinkedHashMap's memory: over 200,000 subjects that is the difference between fitting in the
 * heap and not.
 */
final class JsonMap extends AbstractMap<String, Object> {
    private final String[] keys;
    private final Object[] values;

    JsonMap(String[] keys, Object[] values) {
        this.keys = keys;
        this.values = values;
    }

    @Override
    public Object get(Object key) {
        int index = indexOf(key);
        return index < 0 ? null : values[index];
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public int size() {
        return keys.length;
    }

    private int indexOf(Object key) {
        if (!(key instanceof String wanted)) {
            return -1;
        }
        // String caches its hash, so comparing hashes first spares most equals calls
        int hash = wanted.hashCode();
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == wanted || keys[i].hashCode() == hash && keys[i].equals(wanted)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(keys[i], values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return keys.length;
            }
        };
    }
}
