package io.github.vietnorm.dictionaries;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Build step: compiles the standard lexicon from its text files into {@code lexicon/standard.bin}
 * next to the compiled classes, so {@link Lexicon#standard()} reads arrays instead of parsing
 * (about 20 ms instead of 0.3–1 s on first use). Run by the dictionaries module's build after
 * compilation:
 *
 * <pre>java -cp target/classes io.github.vietnorm.dictionaries.LexiconSnapshot target/classes</pre>
 *
 * <p>Without the snapshot (a build that skipped the step) the lexicon is built from the text
 * files, with the same result; a test checks that the two agree byte for byte.
 */
final class LexiconSnapshot {
    private LexiconSnapshot() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: LexiconSnapshot <classes directory>");
            System.exit(2);
        }
        Path out = Path.of(args[0]).resolve("io/github/vietnorm/dictionaries").resolve(Lexicon.SNAPSHOT);
        Files.createDirectories(out.getParent());
        Path tmp = Files.createTempFile(out.getParent(), "standard", ".tmp");
        try {
            try (OutputStream os = Files.newOutputStream(tmp)) {
                write(Lexicon.standardFromText(), os);
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Writes {@code lexicon}'s snapshot to {@code out}. */
    static void write(Lexicon lexicon, OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
        lexicon.writeSnapshot(data);
        data.flush();
    }
}
