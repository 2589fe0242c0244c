package dev.triangulate.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code triangulate} command line. */
@Command(name = "triangulate", mixinStandardHelpOptions = true, version = "triangulate 0.1.0",
        description = "Cross-checks the news: groups reports of one event into stories and reconciles their facts.",
        subcommands = {AnalyzeCommand.class, ClusterCommand.class, ExplainCommand.class, ServeCommand.class, EvalCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main {
    /** Lucene logs a hint about the incubating vector API on every start; not actionable for users. Held so it is not collected. */
    private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (used by tests). */
    public static int run(String... args) {
        LUCENE_LOG.setLevel(java.util.logging.Level.SEVERE);
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("triangulate: error: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return 1;
        });
        return cl.execute(args);
    }
}
