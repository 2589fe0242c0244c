package dev.triangulate.ingest.internal;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** Reading files with transparent gzip and a size cap. */
public final class Bytes {
    private Bytes() {}

    /** Thrown when an input exceeds its size cap. */
    public static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        /** @param limit the cap in bytes */
        public TooLargeException(long limit) {
            super("larger than the " + describe(limit) + " limit, skipped");
        }
    }

    /** A stream over {@code file}, decompressed when it starts with the gzip magic bytes. */
    public static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        return isGzip(in) ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /** Whether the (mark-supporting) stream starts with the gzip magic bytes; the stream is not consumed. */
    public static boolean isGzip(InputStream in) throws IOException {
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        return b1 == 0x1f && b2 == 0x8b;
    }

    /**
     * All bytes of {@code file} (decompressed when gzip), at most {@code limit}.
     *
     * @throws TooLargeException when the (decompressed) content is larger than {@code limit}
     * @throws IOException       with a readable message for truncated or corrupt gzip data
     */
    public static byte[] read(Path file, long limit) throws IOException {
        try (InputStream in = open(file)) {
            return readCapped(in, limit);
        } catch (EOFException | ZipException e) {
            throw new IOException("truncated or corrupt gzip data (" + message(e) + ")", e);
        }
    }

    /** At most {@code limit} bytes of {@code in}; more is a {@link TooLargeException}. */
    public static byte[] readCapped(InputStream in, long limit) throws IOException {
        int cap = (int) Math.min(Integer.MAX_VALUE - 16, limit);
        byte[] bytes = in.readNBytes(cap);
        if (bytes.length == cap && in.read() >= 0) throw new TooLargeException(limit);
        return bytes;
    }

    /** "16 MiB", "512 KiB", "100 bytes". */
    public static String describe(long bytes) {
        if (bytes >= 1 << 20 && bytes % (1 << 20) == 0) return (bytes >> 20) + " MiB";
        if (bytes >= 1 << 10 && bytes % (1 << 10) == 0) return (bytes >> 10) + " KiB";
        return bytes + " bytes";
    }

    private static String message(Exception e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.toLowerCase(Locale.ROOT);
    }
}
