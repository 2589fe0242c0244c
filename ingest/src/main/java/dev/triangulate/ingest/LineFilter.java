package dev.triangulate.ingest;

import java.util.Optional;

/** One noise-removal stage over a single line of article text. */
@FunctionalInterface
public interface LineFilter {
    /**
     * Decides about one line.
     *
     * @param line a line without line terminator
     * @return empty to drop the line, else the line to keep (possibly rewritten)
     */
    Optional<String> apply(String line);
}
