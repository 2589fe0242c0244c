package dev.triangulate.cli;

import picocli.CommandLine.Command;

/** {@code triangulate eval}: quality on public datasets (see docs/evaluation.md). */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Quality measured on public datasets.",
        subcommands = {EvalClusterCommand.class, EvalFactsCommand.class, EvalExtractCommand.class, EvalAttributionCommand.class, EvalSyndicationCommand.class})
final class EvalCommand {}
