package dev.triangulate.cli;

import dev.triangulate.ingest.InputFormat;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Input options shared by the commands that read articles. */
final class Inputs {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or directories (read recursively).")
    List<Path> paths;

    @Option(names = "--format", paramLabel = "text|jsonl|auto", defaultValue = "auto",
            description = "Input format; auto (default) decides by file extension (.jsonl[.gz] = jsonl, else text).")
    String format;

    InputFormat inputFormat() {
        return switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "text", "txt" -> InputFormat.TEXT;
            case "jsonl", "json" -> InputFormat.JSONL;
            case "auto" -> InputFormat.AUTO;
            default -> throw new IllegalArgumentException("unknown --format '" + format + "' (use text, jsonl or auto)");
        };
    }
}
