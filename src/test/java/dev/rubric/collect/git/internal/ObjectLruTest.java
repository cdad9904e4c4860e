package dev.rubric.collect.git.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ObjectLruTest {
    static final int COST = 100 + ObjectLru.ENTRY_OVERHEAD;

    @Test
    void dropsTheLeastRecentlyUsedOnceTheBytesPassTheLimit() {
        ObjectLru cache = new ObjectLru(3L * COST);
        cache.put(1, new byte[100]);
        cache.put(2, new byte[100]);
        cache.put(3, new byte[100]);
        assertThat(cache.get(1)).isNotNull();

        cache.put(4, new byte[100]);

        assertThat(cache.get(2)).as("least recently used").isNull();
        assertThat(cache.get(1)).isNotNull();
        assertThat(cache.get(3)).isNotNull();
        assertThat(cache.get(4)).isNotNull();
        assertThat(cache.size()).isEqualTo(3L * COST);
    }

    @Test
    void oneLargeObjectMakesRoomForItselfOrIsNotKept() {
        ObjectLru cache = new ObjectLru(3L * COST);
        cache.put(1, new byte[100]);
        cache.put(2, new byte[100]);
        cache.put(3, new byte[3 * COST - ObjectLru.ENTRY_OVERHEAD]);
        assertThat(cache.count()).isEqualTo(1);
        assertThat(cache.get(3)).isNotNull();

        cache.put(4, new byte[3 * COST]);
        assertThat(cache.count()).isZero();
        assertThat(cache.size()).isZero();
    }

    @Test
    void replacingAnEntryChargesOnlyTheNewValue() {
        ObjectLru cache = new ObjectLru(10L * COST);
        cache.put(7, new byte[100]);
        cache.put(7, new byte[50]);
        assertThat(cache.count()).isEqualTo(1);
        assertThat(cache.size()).isEqualTo(50 + ObjectLru.ENTRY_OVERHEAD);
        assertThat(cache.get(7)).hasSize(50);
    }

    @Test
    void tinyObjectsAreBoundedByTheirOverhead() {
        ObjectLru cache = new ObjectLru(10L * ObjectLru.ENTRY_OVERHEAD);
        for (long key = 0; key < 1000; key++) {
            cache.put(key, new byte[0]);
        }
        assertThat(cache.count()).isEqualTo(10);
    }
}
