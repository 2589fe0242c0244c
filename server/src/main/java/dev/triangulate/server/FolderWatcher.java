package dev.triangulate.server;

import dev.triangulate.ingest.InputFormat;
import dev.triangulate.model.Problem;
import dev.triangulate.server.store.Store;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Polls a folder for article files (the formats of {@code analyze}) and adds new or changed
 * ones. A file is read once it has not changed for one poll interval, so a file still being
 * written is not read half-way. Files already added are recognised by their article ids on a
 * restart, so nothing is stored twice.
 */
final class FolderWatcher implements Runnable {
    private record Seen(long size, long modified) {}

    private final Path dir;
    private final Store store;
    private final ArticleInput input;
    private final Map<Path, Seen> done = new HashMap<>();
    private final Map<Path, Seen> settling = new HashMap<>();
    private int added;

    FolderWatcher(Path dir, Store store, ArticleInput input) {
        this.dir = dir;
        this.store = store;
        this.input = input;
    }

    /** Articles newly stored from the folder so far. */
    synchronized int added() { return added; }

    @Override
    public synchronized void run() {
        try {
            if (!Files.isDirectory(dir)) return;
            for (Path f : files()) {
                BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                Seen now = new Seen(a.size(), a.lastModifiedTime().toMillis());
                if (now.equals(done.get(f))) continue;
                if (!now.equals(settling.put(f, now))) continue; // changed since the last poll: wait
                settling.remove(f);
                done.put(f, now);
                ingest(f);
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("triangulate: watching " + dir + ": " + e);
        }
    }

    private void ingest(Path f) throws IOException {
        ArticleInput.Parsed p;
        try {
            p = input.fromFile(f.getFileName().toString(), Files.readAllBytes(f));
        } catch (ArticleInput.BadInput e) {
            System.err.println("triangulate: skipped " + f + ": " + e.getMessage());
            return;
        }
        for (Problem pr : p.problems()) System.err.println("triangulate: skipped " + f + " (" + pr.origin() + "): " + pr.message());
        if (p.articles().isEmpty()) return;
        for (Store.AddResult r : store.add(p.articles())) if (r.status() == Store.AddStatus.STORED) added++;
    }

    private List<Path> files() throws IOException {
        List<Path> out = new ArrayList<>();
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                return !d.equals(dir) && d.getFileName().toString().startsWith(".") ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                String n = f.getFileName().toString();
                if (attrs.isRegularFile() && !n.startsWith(".") && !n.startsWith("README") && !n.startsWith("EXPECTED")
                        && InputFormat.byExtension(f).isPresent()) out.add(f);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path f, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        out.sort(null);
        return out;
    }
}
