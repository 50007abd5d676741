package io.github.vietnorm.dictionaries;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Vietnamese stop words for search: function words (conjunctions, prepositions, aspect and degree
 * adverbs, pronouns, determiners, particles) at the level of the vietnorm tokenizer's words, so a
 * multi-syllable entry such as {@code tuy nhiên} matches the single token {@code tuy nhiên}.
 *
 * <pre>{@code
 * Set<String> stop = StopWords.standard();       // ~200 words, shared, unmodifiable
 * stop.contains("tuy nhiên");                    // true
 * Set<String> mine = StopWords.load(Path.of("my-stopwords.txt"));
 * }</pre>
 *
 * <p>File format (the shipped list is {@code stopwords.txt} in this package): UTF-8, one word per
 * line; the syllables of a word separated by one ASCII space; lower case, NFC; lines starting with
 * {@code #} are comments and blank lines are ignored; a word may appear once. A bad line fails
 * with {@code IllegalArgumentException("file:line: reason")}.
 */
public final class StopWords {

    private static final String RESOURCE = "stopwords.txt";

    private StopWords() {
    }

    /** @return the shipped stop words, loaded once; unmodifiable, in file order */
    public static Set<String> standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final Set<String> STANDARD = loadStandard();

        private static Set<String> loadStandard() {
            try (InputStream in = StopWords.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                return read(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }

    /**
     * Reads a stop-word file.
     *
     * @param file a file in the format above
     * @return its words, unmodifiable, in file order
     * @throws IOException              if the file cannot be read
     * @throws IllegalArgumentException {@code "file:line: reason"} for a bad line
     */
    public static Set<String> load(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.getFileName().toString());
        }
    }

    /**
     * Reads stop words from a stream (UTF-8); the stream is not closed.
     *
     * @param in         the words, in the format above
     * @param sourceName the name used in error messages
     * @return the words, unmodifiable, in order
     * @throws IOException              if the stream cannot be read
     * @throws IllegalArgumentException {@code "sourceName:line: reason"} for a bad line
     */
    public static Set<String> read(InputStream in, String sourceName) throws IOException {
        return read(new InputStreamReader(in, StandardCharsets.UTF_8), sourceName);
    }

    private static Set<String> read(Reader reader, String sourceName) throws IOException {
        Objects.requireNonNull(sourceName, "sourceName");
        BufferedReader br = reader instanceof BufferedReader ? (BufferedReader) reader : new BufferedReader(reader);
        Set<String> words = new LinkedHashSet<>();
        String line;
        int lineNo = 0;
        while ((line = br.readLine()) != null) {
            lineNo++;
            if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            if (line.isEmpty() || line.charAt(0) == '#') {
                continue;
            }
            String problem = problem(line);
            if (problem == null && !words.add(line)) {
                problem = "duplicate word \"" + line + "\"";
            }
            if (problem != null) {
                throw new IllegalArgumentException(sourceName + ":" + lineNo + ": " + problem);
            }
        }
        return Collections.unmodifiableSet(words);
    }

    private static String problem(String word) {
        if (word.isBlank()) {
            return "a line of only spaces";
        }
        if (word.charAt(0) == ' ' || word.charAt(word.length() - 1) == ' ') {
            return "leading or trailing space in \"" + word + "\"";
        }
        if (word.contains("  ")) {
            return "two spaces in a row in \"" + word + "\"";
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c != ' ' && (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c))) {
                return "syllables must be separated by one ASCII space: \"" + word + "\"";
            }
        }
        if (!word.equals(word.toLowerCase(Locale.ROOT))) {
            return "not lower case: \"" + word + "\"";
        }
        if (!Normalizer.isNormalized(word, Normalizer.Form.NFC)) {
            return "not NFC: \"" + word + "\"";
        }
        return null;
    }
}
