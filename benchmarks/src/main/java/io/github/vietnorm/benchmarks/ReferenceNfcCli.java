package io.github.vietnorm.benchmarks;

import com.ibm.icu.text.Normalizer2;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The reference for the whole-CLI target: a bare Java program that reads UTF-8 lines, normalizes
 * each to NFC with ICU4J and writes them to standard output. {@code ./vietnorm normalize} should
 * take at most 1.5× its wall time on the same input ({@link CliWallTime} measures both).
 */
public final class ReferenceNfcCli {
    private ReferenceNfcCli() {
    }

    public static void main(String[] args) throws IOException {
        Normalizer2 nfc = Normalizer2.getNFCInstance();
        try (BufferedWriter out = new BufferedWriter(
                new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16)) {
            for (String file : args) {
                try (BufferedReader in = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        out.write(nfc.normalize(line));
                        out.write('\n');
                    }
                }
            }
        }
    }
}
