package dev.triangulate.ingest;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the shared seeds and data sets next to the project; tests skip when they are absent. */
final class Seeds {
    private Seeds() {}

    static Path root() {
        return Path.of(System.getProperty("triangulate.root", "..")).toAbsolutePath().normalize();
    }

    static Path seedsDir() {
        Path dir = root().resolve("../shared/seeds").normalize();
        assumeTrue(Files.isDirectory(dir), "seeds not found at " + dir);
        return dir;
    }

    static Path seed(String prefix) throws Exception {
        try (var files = Files.list(seedsDir())) {
            Path p = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElse(null);
            assumeTrue(p != null, "seed " + prefix + " not found");
            return p;
        }
    }

    static Path data(String relative) {
        Path p = root().resolve("../shared/data").resolve(relative).normalize();
        assumeTrue(Files.exists(p), relative + " not found at " + p);
        return p;
    }
}
