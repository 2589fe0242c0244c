package dev.triangulate.cli;

import dev.triangulate.pipeline.Progress;
import java.io.PrintStream;

/** Prints progress to stderr at most every two seconds, so long runs show they are alive. */
final class ProgressPrinter implements Progress {
    private final PrintStream err;
    private long last = System.nanoTime();

    ProgressPrinter(PrintStream err) { this.err = err; }

    @Override
    public synchronized void update(String stage, int done, int total) {
        long now = System.nanoTime();
        if (done == total && total > 20 || now - last > 2_000_000_000L) {
            err.printf("  %s: %d/%d%n", stage, done, total);
            last = now;
        }
    }
}
