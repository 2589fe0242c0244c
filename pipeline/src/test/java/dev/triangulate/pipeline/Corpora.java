package dev.triangulate.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Where the test inputs live: the project's example corpus and the shared seeds beside the checkout. */
final class Corpora {
    private Corpora() {}

    static Path root() {
        String r = System.getProperty("triangulate.root");
        Path p = r == null ? Path.of("..") : Path.of(r);
        return p.toAbsolutePath().normalize();
    }

    static Path exampleCorpus() {
        return root().resolve("examples/corpus");
    }

    /** The seeds are shared data outside the repository; tests that need them are skipped where absent. */
    static Path seeds() {
        Path s = root().resolve("../shared/seeds").normalize();
        Assumptions.assumeTrue(Files.isDirectory(s), "shared seeds not present at " + s);
        return s;
    }
}
