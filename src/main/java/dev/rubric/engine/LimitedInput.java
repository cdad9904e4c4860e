package dev.rubric.engine;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A stream that fails once more than a limit has been read: a file may grow after it was measured. */
final class LimitedInput extends FilterInputStream {
    static final class LimitReached extends IOException {
        LimitReached() {
            super("size limit reached");
        }
    }

    private long left;

    LimitedInput(InputStream in, long limit) {
        super(in);
        this.left = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    private void count(long n) throws LimitReached {
        left -= n;
        if (left < 0) {
            throw new LimitReached();
        }
    }
}
