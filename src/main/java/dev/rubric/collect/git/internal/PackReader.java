package dev.rubric.collect.git.internal;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.eclipse.jgit.internal.storage.file.PackIndex;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;

/**
 * The entries of one pack file, read by offset: an entry's header, and its data inflated — the
 * object itself, or the delta that rebuilds it from a base. Resolving deltas is the caller's
 * business.
 *
 * <p>The file is read in aligned blocks kept in a cache shared by all packs of a reader: one
 * positional read per tree cost more than inflating it, while a history walk reads the trees
 * of a pack close together. Blocks are plain arrays read with positional reads, not mapped, so
 * a pack of any size works and no file stays mapped (on Windows a mapped file cannot be
 * deleted, and cloned repositories are). Opened read-only. Not thread-safe.
 */
public final class PackReader implements Closeable {
    public static final int OBJ_OFS_DELTA = 6;
    public static final int OBJ_REF_DELTA = 7;
    static final int BLOCK = 64 * 1024;

    /** Largest array the JVM hands out. */
    private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;
    /** The longest entry header: 10 bytes of type and size, 20 of a REF_DELTA base id. */
    private static final int MAX_HEADER = 32;
    private static final int HEADER_START = 12;

    /**
     * One entry: a whole object (type 1 to 4) whose data is its content, or a delta whose data
     * rebuilds it from the entry at {@code baseOffset} in this pack (OFS_DELTA) or from the object
     * {@code baseId} wherever it is (REF_DELTA).
     */
    public record Entry(int type, byte[] data, long baseOffset, ObjectId baseId) {
        public boolean isDelta() {
            return type == OBJ_OFS_DELTA || type == OBJ_REF_DELTA;
        }
    }

    private final File file;
    private final FileChannel channel;
    private final long size;
    private final PackIndex index;
    private final ObjectLru blocks;
    private final long blockKey;
    private final byte[] header = new byte[MAX_HEADER];
    private final byte[] spare = new byte[1];

    private PackReader(File file, FileChannel channel, PackIndex index, ObjectLru blocks, long blockKey)
            throws IOException {
        this.file = file;
        this.channel = channel;
        this.size = channel.size();
        this.index = index;
        this.blocks = blocks;
        this.blockKey = blockKey;
    }

    /**
     * Opens a pack whose index is already loaded; fails on anything but a version 2 or 3 pack.
     *
     * @param blockKey added to a block's number to key it in {@code blocks}, distinct for each pack
     */
    public static PackReader open(File pack, PackIndex index, ObjectLru blocks, long blockKey) throws IOException {
        FileChannel channel = FileChannel.open(pack.toPath(), StandardOpenOption.READ);
        try {
            PackReader reader = new PackReader(pack, channel, index, blocks, blockKey);
            byte[] b = new byte[HEADER_START];
            int version = reader.copy(0, b) < b.length ? -1
                    : (b[4] & 0xff) << 24 | (b[5] & 0xff) << 16 | (b[6] & 0xff) << 8 | (b[7] & 0xff);
            if (b[0] != 'P' || b[1] != 'A' || b[2] != 'C' || b[3] != 'K' || (version != 2 && version != 3)) {
                throw new IOException("not a pack file this reader knows: " + pack);
            }
            return reader;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** The offset of an object in this pack, or -1. */
    public long find(AnyObjectId id) {
        return index.findOffset(id);
    }

    public Entry read(long offset, Inflater inflater) throws IOException, DataFormatException {
        int n = copy(offset, header);
        int p = 0;
        int c = header[p++] & 0xff;
        int type = (c >> 4) & 7;
        long length = c & 15;
        for (int shift = 4; (c & 0x80) != 0; shift += 7) {
            if (shift > 56) {
                throw corrupt(offset, "an entry size that does not end");
            }
            c = header[p++] & 0xff;
            length += (long) (c & 0x7f) << shift;
        }
        long baseOffset = -1;
        ObjectId baseId = null;
        if (type == OBJ_OFS_DELTA) {
            c = header[p++] & 0xff;
            long back = c & 0x7f;
            while ((c & 0x80) != 0) {
                if (p == MAX_HEADER || back > (Long.MAX_VALUE >>> 8)) {
                    throw corrupt(offset, "a base offset that does not end");
                }
                c = header[p++] & 0xff;
                back = ((back + 1) << 7) | (c & 0x7f);
            }
            baseOffset = offset - back;
            if (back <= 0 || baseOffset < HEADER_START) {
                throw corrupt(offset, "a base offset outside the pack");
            }
        } else if (type == OBJ_REF_DELTA) {
            baseId = ObjectId.fromRaw(header, p);
            p += Constants.OBJECT_ID_LENGTH;
        } else if (type < Constants.OBJ_COMMIT || type > Constants.OBJ_TAG) {
            throw corrupt(offset, "an entry of unknown type " + type);
        }
        // near the end of the file the header array holds stale bytes past n: check the header fitted
        if (p >= n) {
            throw corrupt(offset, "an entry cut short by the end of the file");
        }
        if (length > MAX_ARRAY) {
            throw corrupt(offset, "an entry too large to load (" + length + " bytes)");
        }
        return new Entry(type, inflate(offset + p, (int) length, inflater), baseOffset, baseId);
    }

    /** Inflates exactly {@code length} bytes from the compressed data starting at {@code position}. */
    private byte[] inflate(long position, int length, Inflater inflater) throws IOException, DataFormatException {
        byte[] out = new byte[length];
        int done = 0;
        inflater.reset();
        long next = feed(position, inflater);
        while (!inflater.finished()) {
            // past the expected length, a spare byte tells a stream that only has its end left from one that is too long
            int got = done < length ? inflater.inflate(out, done, length - done) : inflater.inflate(spare);
            if (done >= length && got > 0) {
                throw corrupt(position, "an entry longer than its header says");
            }
            done += got;
            if (inflater.finished()) {
                break;
            }
            if (inflater.needsInput()) {
                next = feed(next, inflater);
            } else if (got == 0) {
                throw corrupt(position, "compressed data that does not inflate");
            }
        }
        if (done != length) {
            throw corrupt(position, "an entry shorter than its header says");
        }
        return out;
    }

    /** Gives the inflater the rest of the block holding {@code position}; where the next input starts. */
    private long feed(long position, Inflater inflater) throws IOException {
        byte[] block = block(position / BLOCK);
        int at = (int) (position % BLOCK);
        if (at >= block.length) {
            throw corrupt(position, "compressed data cut short by the end of the file");
        }
        // the inflater keeps a reference to the array, so a block evicted meanwhile stays valid
        inflater.setInput(block, at, block.length - at);
        return position + block.length - at;
    }

    /** Copies up to {@code into.length} bytes from {@code position}; how many there were before the end of the file. */
    private int copy(long position, byte[] into) throws IOException {
        int n = 0;
        while (n < into.length && position + n < size) {
            byte[] block = block((position + n) / BLOCK);
            int at = (int) ((position + n) % BLOCK);
            int count = Math.min(into.length - n, block.length - at);
            System.arraycopy(block, at, into, n, count);
            n += count;
        }
        return n;
    }

    private byte[] block(long number) throws IOException {
        byte[] block = blocks.get(blockKey + number);
        if (block == null) {
            long start = number * BLOCK;
            if (start >= size) {
                throw corrupt(start, "a read past the end of the file");
            }
            block = new byte[(int) Math.min(BLOCK, size - start)];
            ByteBuffer target = ByteBuffer.wrap(block);
            while (target.hasRemaining()) {
                if (channel.read(target, start + target.position()) < 0) {
                    throw corrupt(start + target.position(), "a file shorter than when it was opened");
                }
            }
            blocks.put(blockKey + number, block);
        }
        return block;
    }

    private IOException corrupt(long offset, String what) {
        return new IOException(file + " at " + offset + ": " + what);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
