package dev.triangulate.cli;

import dev.triangulate.ingest.IngestOptions;
import dev.triangulate.ingest.Ingestor;
import dev.triangulate.ingest.InputFormat;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Input options shared by the commands that read articles. */
final class Inputs {
    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Article files, directories (read recursively) or http(s) URLs of pages and feeds.")
    List<Path> paths;

    @Option(names = "--format", paramLabel = "text|jsonl|html|feed|warc|auto", defaultValue = "auto",
            description = "Input format; auto (default) decides per file by its content (WARC/ARC, RSS/Atom, HTML, "
                    + "JSONL, text), then by its extension.")
    String format;

    @Option(names = "--allow-private",
            description = "Allow URLs that resolve to loopback or private-network addresses (refused by default).")
    boolean allowPrivate;

    @Option(names = "--max-page-mb", paramLabel = "N", defaultValue = "16",
            description = "Skip pages, feeds and fetched bodies larger than N MiB (default 16).")
    int maxPageMb;

    InputFormat inputFormat() {
        return switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "text", "txt" -> InputFormat.TEXT;
            case "jsonl", "json" -> InputFormat.JSONL;
            case "html", "htm" -> InputFormat.HTML;
            case "feed", "rss", "atom" -> InputFormat.FEED;
            case "warc", "arc" -> InputFormat.WARC;
            case "auto" -> InputFormat.AUTO;
            default -> throw new IllegalArgumentException(
                    "unknown --format '" + format + "' (use text, jsonl, html, feed, warc or auto)");
        };
    }

    /** An ingestor with these options; progress goes to stderr unless {@code quiet}. */
    Ingestor ingestor(boolean quiet) {
        if (maxPageMb <= 0) throw new IllegalArgumentException("--max-page-mb must be positive");
        IngestOptions o = IngestOptions.defaults().withAllowPrivateAddresses(allowPrivate)
                .withMaxBytes((long) maxPageMb << 20);
        if (!quiet) o = o.withProgress(new IngestProgressBar(System.err));
        return new Ingestor(o);
    }
}
