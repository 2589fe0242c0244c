package dev.triangulate.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines without decoding it, so that one badly encoded line can be
 * reported and skipped instead of aborting the whole file (a Reader would throw mid-stream).
 */
final class ByteLines implements Closeable {
    private final InputStream in;
    private final byte[] chunk = new byte[1 << 16];
    private int pos;
    private int limit;
    private byte[] line = new byte[1 << 12];
    private int lineLength;
    private boolean eof;

    ByteLines(InputStream in) {
        this.in = in;
    }

    /**
     * Advances to the next line; its bytes (without "\n" or "\r\n") are then
     * {@link #bytes()}[0, {@link #length()}).
     *
     * @return false at the end of the stream
     */
    boolean next() throws IOException {
        lineLength = 0;
        boolean sawBytes = false;
        while (true) {
            if (pos == limit && !fill()) {
                // A stream ending in "\n" has no extra empty last line.
                if (!sawBytes) return false;
                stripCarriageReturn();
                return true;
            }
            sawBytes = true;
            int start = pos;
            while (pos < limit && chunk[pos] != '\n') pos++;
            append(start, pos);
            if (pos < limit) {
                pos++;
                stripCarriageReturn();
                return true;
            }
        }
    }

    private boolean fill() throws IOException {
        if (eof) return false;
        int n = in.read(chunk);
        if (n <= 0) {
            eof = true;
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }

    private void stripCarriageReturn() {
        if (lineLength > 0 && line[lineLength - 1] == '\r') lineLength--;
    }

    private void append(int from, int to) {
        int n = to - from;
        if (lineLength + n > line.length) line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + n));
        System.arraycopy(chunk, from, line, lineLength, n);
        lineLength += n;
    }

    /** The buffer holding the current line (valid until the next call to {@link #next()}). */
    byte[] bytes() {
        return line;
    }

    /** Length of the current line in bytes. */
    int length() {
        return lineLength;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
