package dev.triangulate.cli;

import dev.triangulate.ingest.IngestProgress;
import java.io.Console;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Ingest progress on stderr for long batches. On a terminal: a bar redrawn in place at most
 * ten times a second. Otherwise (a log, a pipe): a line every five seconds. Batches that
 * finish within a second print nothing.
 */
final class IngestProgressBar implements IngestProgress {
    private static final int WIDTH = 30;
    private final PrintStream err;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private long last;
    private boolean drawn;
    private int seen;

    IngestProgressBar(PrintStream err) {
        this(err, isTerminal());
    }

    IngestProgressBar(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public synchronized void update(int done, int total, int articles) {
        if (done <= seen) return; // inputs are read in parallel: a late report of an earlier count
        seen = done;
        long now = System.nanoTime();
        if (now - start < 1_000_000_000L && done < total) return;
        if (!drawn && done == total && now - start < 1_000_000_000L) return;
        long interval = terminal ? 100_000_000L : 5_000_000_000L;
        if (done < total && now - last < interval) return;
        last = now;
        double seconds = (now - start) / 1e9;
        String rate = String.format(Locale.ROOT, "%.1f inputs/s", seconds > 0 ? done / seconds : 0);
        if (terminal) {
            int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
            err.print("\r  reading [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total
                    + " inputs, " + articles + " articles, " + rate + "  ");
            if (done == total) err.println();
        } else {
            err.println("  reading: " + done + "/" + total + " inputs, " + articles + " articles, " + rate);
        }
        err.flush();
        drawn = true;
    }

    private static boolean isTerminal() {
        Console c = System.console();
        if (c == null) return false;
        try {
            // Java 22+: a console exists even when redirected; ask whether it is a terminal
            return (Boolean) Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException e) {
            return true; // Java 21: a console exists only on a terminal
        }
    }
}
