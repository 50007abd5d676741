package io.github.vietnorm;

import io.github.vietnorm.dictionaries.CodePage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;

/**
 * The frequent syllables of {@code codepages/common-syllables.txt}, as a sorted array of 64-bit
 * hashes of their lower-case letters: {@link #contains} checks a run of text without allocating.
 */
final class CommonSyllables {
    private CommonSyllables() {
    }

    private static final class Holder {
        static final long[] HASHES = load();
    }

    private static long[] load() {
        String file = "codepages/common-syllables.txt";
        long[] h = new long[512];
        int n = 0;
        try (InputStream in = CodePage.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int lineNo = 0;
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                int hash = line.indexOf('#');
                String s = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (s.isEmpty()) {
                    continue;
                }
                for (String w : s.split("\\s+")) {
                    String nfc = Normalizer.normalize(w, Normalizer.Form.NFC);
                    if (!io.github.vietnorm.dictionaries.Syllables.isValid(nfc)) {
                        throw new IllegalArgumentException(file + ":" + lineNo + ": not a syllable: " + w);
                    }
                    if (n == h.length) {
                        h = Arrays.copyOf(h, n * 2);
                    }
                    h[n++] = hash(nfc, 0, nfc.length());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long[] sorted = Arrays.copyOf(h, n);
        Arrays.sort(sorted);
        return sorted;
    }

    static long hash(CharSequence s, int start, int end) {
        long h = 1125899906842597L;
        for (int i = start; i < end; i++) {
            h = 31 * h + Character.toLowerCase(s.charAt(i));
        }
        return h;
    }

    /** Whether {@code s[start, end)} (NFC, any case) is a frequent syllable. */
    static boolean contains(CharSequence s, int start, int end) {
        return Arrays.binarySearch(Holder.HASHES, hash(s, start, end)) >= 0;
    }
}
