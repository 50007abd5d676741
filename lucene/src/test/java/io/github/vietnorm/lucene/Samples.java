package io.github.vietnorm.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.tests.util.LuceneTestCase;

/** The real articles in {@code ../shared/samples}, read at test time; tests skip when absent. */
final class Samples {

    private Samples() {
    }

    static Path dir() {
        String shared = System.getProperty("vietnorm.shared", "../../shared");
        return Path.of(shared, "samples");
    }

    /** Skips the calling test when the samples are absent. */
    static void assumePresent() {
        LuceneTestCase.assumeTrue("../shared/samples absent: skipping", Files.isDirectory(dir()));
    }

    /** Every sample, in file-name order. */
    static List<String> all() {
        assumePresent();
        try (Stream<Path> files = Files.list(dir())) {
            List<String> texts = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(p, StandardCharsets.UTF_8));
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample file whose name starts with {@code prefix}. */
    static String named(String prefix) {
        assumePresent();
        try (Stream<Path> files = Files.list(dir())) {
            Path p = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new AssertionError("no sample " + prefix));
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sentence (up to and including {@code end}) of a sample that starts with {@code start}. */
    static String sentence(String samplePrefix, String start, String end) {
        String text = named(samplePrefix);
        int s = text.indexOf(start);
        LuceneTestCase.assertTrue("sample " + samplePrefix + " lacks \"" + start + "\"", s >= 0);
        int e = text.indexOf(end, s);
        LuceneTestCase.assertTrue("sample " + samplePrefix + " lacks \"" + end + "\" after \"" + start + "\"", e >= 0);
        return text.substring(s, e + end.length());
    }

    /**
     * A random text made of pieces of the samples (so real Vietnamese words, numbers, codes and
     * punctuation) cut at random places and joined by random separators, some of them hostile:
     * decomposed marks, zero-width and non-breaking spaces, line breaks, lone surrogates.
     */
    static String randomMix(java.util.Random random, List<String> samples, int maxLength) {
        StringBuilder sb = new StringBuilder();
        String[] seps = {" ", " ", "  ", "\n", "\n\n", "\t", "\u00A0", "\u200B", "\u00AD", "\u0301", "\u0323",
            ".", ", ", " - ", "\uD800", "\r\n", "&", "/"};
        while (sb.length() < maxLength) {
            String s = samples.get(random.nextInt(samples.size()));
            int from = random.nextInt(s.length());
            int len = Math.min(1 + random.nextInt(80), s.length() - from);
            sb.append(s, from, from + len);
            sb.append(seps[random.nextInt(seps.length)]);
        }
        sb.setLength(Math.min(sb.length(), maxLength));
        return sb.toString();
    }
}
