package dev.triangulate.cli;

import dev.triangulate.eval.ClusterBenchmark;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code triangulate bench cluster}: online clustering throughput and latency as the story index grows. */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = "Cluster synthetic incident reports until the index holds N stories; print articles/s, "
                + "p50/p99 add() latency at 10%, 50% and 100% of N, and peak heap.")
final class BenchClusterCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--stories", defaultValue = "100000", description = "Stories to reach (default 100000).")
    int stories;

    @Option(names = "--dir", paramLabel = "INDEX_DIR", description = "Keep the index on disk here (default: in memory).")
    Path dir;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        out.printf("JVM max heap %d MiB, %d cores, index %s%n", Runtime.getRuntime().maxMemory() / 1048576,
                Runtime.getRuntime().availableProcessors(), dir == null ? "in memory" : dir);
        out.flush();
        java.io.PrintStream progress = new java.io.PrintStream(new java.io.OutputStream() {
            @Override public void write(int b) { out.write(b); }
            @Override public void flush() { out.flush(); }
        }, true);
        ClusterBenchmark.Result r = ClusterBenchmark.run(stories, dir, progress);
        out.println(r);
        out.flush();
        return 0;
    }
}
