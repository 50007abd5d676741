package io.github.vietnorm;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Access to {@code ../shared} (samples and corpora), which tests read but never copy. */
final class SharedData {
    private SharedData() {
    }

    /** The shared folder; the test is skipped with a clear message when it is absent. */
    static Path dir(String relative) {
        Path root = Path.of(System.getProperty("vietnorm.shared", "../shared"));
        Path dir = root.resolve(relative);
        assumeTrue(Files.isDirectory(dir), () -> dir + " is absent (../shared beside the repository): skipping");
        return dir;
    }

    /** The sample articles, sorted by name. */
    static List<Path> samples() {
        try (Stream<Path> s = Files.list(dir("samples"))) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
