package dev.triangulate.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code triangulate} command line. */
@Command(name = "triangulate", mixinStandardHelpOptions = true, version = "triangulate 0.1.0",
        description = "Cross-checks the news: groups reports of one event into stories and reconciles their facts.",
        subcommands = {AnalyzeCommand.class, ClusterCommand.class, ExplainCommand.class, CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (used by tests). */
    public static int run(String... args) {
        // Lucene logs a hint about the incubating vector API on every start; it is not actionable for users.
        java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization").setLevel(java.util.logging.Level.SEVERE);
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("triangulate: error: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return 1;
        });
        return cl.execute(args);
    }
}
