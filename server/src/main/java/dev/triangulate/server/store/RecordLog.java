package dev.triangulate.server.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import java.util.zip.CRC32C;

/**
 * An append-only, checksummed log of JSON records, one a line: {@code <crc32c as 8 hex digits> <json>\n}.
 *
 * <p>Appends are group-committed: one writer thread takes every batch queued so far, writes
 * them, calls {@link FileChannel#force} once, hands the records in log order to the
 * {@code applier} and only then completes the callers' futures. A record is therefore
 * acknowledged only once it is on disk, and the in-memory state is always applied in log order.
 *
 * <p>Recovery ({@link #replay}): records are read in order; a torn or unchecksummed tail (a
 * crash in the middle of a write, which was never acknowledged) is cut off. A damaged record
 * before intact ones (a disk fault, not a crash) is skipped and counted.
 */
public final class RecordLog implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Pending(List<ObjectNode> records, CompletableFuture<Void> done) {}


    private final Pending stopMarker = new Pending(List.of(), new CompletableFuture<>());
    private final Path file;
    private final FileChannel channel;
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Consumer<List<ObjectNode>> applier;
    private final Thread writer;
    private volatile IOException failure;
    private volatile boolean closed;
    private long bytes;
    private long syncs;

    /** What {@link #replay} found. */
    public record Recovery(long records, long skippedCorrupt, long truncatedBytes) {}

    /**
     * Opens (creating) the log for appending. Call {@link #replay} first: it cuts off a torn tail.
     *
     * @param applier receives every durable batch, in log order, on the writer thread
     */
    public RecordLog(Path file, Consumer<List<ObjectNode>> applier) throws IOException {
        this.file = file;
        this.applier = applier;
        boolean created = !Files.exists(file);
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        bytes = channel.size();
        if (created) {
            channel.force(true);
            syncDirectory(file.toAbsolutePath().getParent());
        }
        writer = new Thread(this::writeLoop, "triangulate-log-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /** Reads every intact record in order and truncates a torn tail. */
    public static Recovery replay(Path file, Consumer<ObjectNode> records) throws IOException {
        if (!Files.exists(file)) return new Recovery(0, 0, 0);
        byte[] all = Files.readAllBytes(file);
        long good = 0, skipped = 0;
        int pos = 0;
        int lastGoodEnd = 0;
        while (pos < all.length) {
            int nl = indexOf(all, (byte) '\n', pos);
            if (nl < 0) break; // torn tail: no line end
            ObjectNode rec = decode(all, pos, nl);
            if (rec != null) {
                records.accept(rec);
                good++;
                lastGoodEnd = nl + 1;
            } else {
                skipped++;
            }
            pos = nl + 1;
        }
        // damaged records after the last intact one are a torn tail, not corruption
        long tailDamaged = 0;
        if (lastGoodEnd < all.length) {
            int p = lastGoodEnd;
            while (p < all.length) {
                int nl = indexOf(all, (byte) '\n', p);
                if (nl < 0) break;
                tailDamaged++;
                p = nl + 1;
            }
        }
        skipped -= tailDamaged;
        long truncated = all.length - lastGoodEnd;
        if (truncated > 0) {
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.truncate(lastGoodEnd);
                ch.force(true);
            }
        }
        return new Recovery(good, skipped, truncated);
    }

    private static int indexOf(byte[] a, byte b, int from) {
        for (int i = from; i < a.length; i++) if (a[i] == b) return i;
        return -1;
    }

    // "<8 hex> <json>" → the record, or null when the line is damaged
    private static ObjectNode decode(byte[] a, int from, int to) {
        if (to - from < 10 || a[from + 8] != ' ') return null;
        long expected;
        try {
            expected = Long.parseLong(new String(a, from, 8, StandardCharsets.US_ASCII), 16);
        } catch (NumberFormatException e) {
            return null;
        }
        CRC32C crc = new CRC32C();
        crc.update(a, from + 9, to - from - 9);
        if (crc.getValue() != expected) return null;
        try {
            JsonNode n = JSON.readTree(a, from + 9, to - from - 9);
            return n instanceof ObjectNode o ? o : null;
        } catch (IOException e) {
            return null;
        }
    }

    static byte[] encode(ObjectNode record) {
        byte[] json;
        try {
            json = JSON.writeValueAsBytes(record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CRC32C crc = new CRC32C();
        crc.update(json);
        byte[] line = new byte[json.length + 10];
        byte[] hex = String.format("%08x", crc.getValue()).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(hex, 0, line, 0, 8);
        line[8] = ' ';
        System.arraycopy(json, 0, line, 9, json.length);
        line[line.length - 1] = '\n';
        return line;
    }

    /**
     * Queues records; the future completes once they are durable and applied, or fails when the
     * log cannot be written (the store then refuses further writes).
     */
    public CompletableFuture<Void> append(List<ObjectNode> records) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (closed) {
            done.completeExceptionally(new IOException("store is closed"));
        } else if (failure != null) {
            done.completeExceptionally(new IOException("store is read-only after a write error: " + failure.getMessage()));
        } else {
            queue.add(new Pending(List.copyOf(records), done));
        }
        return done;
    }

    private void writeLoop() {
        List<Pending> batch = new ArrayList<>();
        while (true) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(batch);
            boolean stop = batch.remove(stopMarker);
            if (!batch.isEmpty()) writeBatch(batch);
            batch.clear();
            if (stop) {
                stopMarker.done().complete(null);
                return;
            }
        }
    }

    private void writeBatch(List<Pending> batch) {
        if (failure != null) {
            for (Pending p : batch) p.done().completeExceptionally(failure);
            return;
        }
        try {
            int size = 0;
            List<byte[]> lines = new ArrayList<>();
            for (Pending p : batch) for (ObjectNode r : p.records()) {
                byte[] l = encode(r);
                lines.add(l);
                size += l.length;
            }
            ByteBuffer buf = ByteBuffer.allocate(size);
            lines.forEach(buf::put);
            buf.flip();
            while (buf.hasRemaining()) channel.write(buf);
            channel.force(false);
            bytes += size;
            syncs++;
        } catch (IOException | RuntimeException e) {
            failure = e instanceof IOException io ? io : new IOException(e.toString(), e);
            for (Pending p : batch) p.done().completeExceptionally(failure);
            return;
        }
        List<ObjectNode> applied = new ArrayList<>();
        for (Pending p : batch) applied.addAll(p.records());
        try {
            applier.accept(applied);
        } catch (RuntimeException e) {
            // the records are durable; the in-memory state is rebuilt from the log on restart
            System.err.println("triangulate: error applying records: " + e);
        }
        for (Pending p : batch) p.done().complete(null);
    }

    /** Bytes in the log. */
    public long size() { return bytes; }

    /** fsync calls since opening (one per group commit). */
    public long syncs() { return syncs; }

    public Path file() { return file; }

    private static void syncDirectory(Path dir) {
        if (dir == null) return;
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // some file systems cannot open a directory for sync; the file itself was synced
        }
    }

    /** Writes everything queued so far, then stops the writer and closes the file. */
    @Override
    public void close() throws IOException {
        if (closed) return;
        closed = true;
        queue.add(stopMarker);
        try {
            writer.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // an append that raced with close and was queued behind the stop marker fails instead of waiting forever
        for (Pending p; (p = queue.poll()) != null; ) p.done().completeExceptionally(new IOException("store is closed"));
        channel.close();
    }
}
