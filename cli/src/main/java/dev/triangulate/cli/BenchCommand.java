package dev.triangulate.cli;

import picocli.CommandLine.Command;

/** {@code triangulate bench}: speed measurements. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Speed benchmarks.",
        subcommands = {BenchAnalyzeCommand.class, BenchClusterCommand.class, BenchServeCommand.class})
final class BenchCommand {}
