package io.github.vietnorm.dictionaries;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Parser and validator of the lexicon text format (see {@code lexicon/FORMAT.md}). */
final class LexiconFormat {

    interface EntrySink {
        void put(String word, List<String> tags, float cost);
    }

    interface CostSink {
        void put(String word, float cost);
    }

    private LexiconFormat() {
    }

    /**
     * Parses lines {@code word [TAB tags [TAB cost]]}; {@code #} lines and blank lines are skipped.
     */
    static void parse(BufferedReader r, String source, EntrySink sink) throws IOException {
        String line;
        int no = 0;
        while ((line = r.readLine()) != null) {
            no++;
            if (no == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            if (line.isBlank() || line.charAt(0) == '#') {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length > 3) {
                throw bad(source, no, "too many TAB-separated fields (word, tags, cost)");
            }
            String word = f[0].toLowerCase(java.util.Locale.ROOT);
            String why = checkWord(word);
            if (why != null) {
                throw bad(source, no, why);
            }
            List<String> tags = List.of();
            if (f.length > 1 && !f[1].isEmpty()) {
                tags = new ArrayList<>(Arrays.asList(f[1].split(",", -1)));
                for (String t : tags) {
                    if (t.isEmpty() || !t.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
                        throw bad(source, no, "bad tag \"" + t + "\" (tags are [a-z0-9-]+, comma-separated)");
                    }
                }
            }
            float cost = Float.NaN;
            if (f.length > 2) {
                cost = parseCost(f[2], source, no);
            }
            sink.put(word, tags, cost);
        }
    }

    /** Parses the generated cost file: {@code word TAB cost}. */
    static void parseCosts(BufferedReader r, String source, CostSink sink) throws IOException {
        String line;
        int no = 0;
        while ((line = r.readLine()) != null) {
            no++;
            if (line.isBlank() || line.charAt(0) == '#') {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw bad(source, no, "expected word TAB cost");
            }
            String word = line.substring(0, tab).toLowerCase(java.util.Locale.ROOT);
            String why = checkWord(word);
            if (why != null) {
                throw bad(source, no, why);
            }
            sink.put(word, parseCost(line.substring(tab + 1), source, no));
        }
    }

    private static float parseCost(String s, String source, int no) {
        float c;
        try {
            c = Float.parseFloat(s.strip());
        } catch (NumberFormatException e) {
            throw bad(source, no, "bad cost \"" + s + "\"");
        }
        if (!(c > 0 && c < 1000)) {
            throw bad(source, no, "cost out of range (0, 1000): " + s);
        }
        return c;
    }

    /** @return null if {@code w} is a well-formed entry, else the reason */
    static String checkWord(String w) {
        if (w.isEmpty()) {
            return "empty word";
        }
        if (w.charAt(0) == ' ' || w.charAt(w.length() - 1) == ' ') {
            return "leading or trailing space";
        }
        int syllables = 1;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c == ' ') {
                if (w.charAt(i - 1) == ' ') {
                    return "syllables must be separated by exactly one space";
                }
                syllables++;
            } else if (c == '-') {
                if (i == 0 || i == w.length() - 1 || !Character.isLetter(w.charAt(i - 1))
                        || !Character.isLetter(w.charAt(i + 1))) {
                    return "a hyphen must join two letters";
                }
            } else if (!Character.isLetterOrDigit(c) && c != '\u0300' && c != '\u0301' && c != '\u0303'
                    && c != '\u0309' && c != '\u0323') {
                return "unexpected character U+" + String.format("%04X", (int) c) + " '" + c + "'";
            } else if (Character.isUpperCase(c)) {
                return "not lower case";
            }
        }
        if (syllables > Lexicon.MAX_SYLLABLES) {
            return "more than " + Lexicon.MAX_SYLLABLES + " syllables";
        }
        if (!surelyNfc(w) && !Normalizer.isNormalized(w, Normalizer.Form.NFC)) {
            return "not NFC";
        }
        return null;
    }

    /** Letters below U+0300 and Latin Extended Additional (all Vietnamese letters) are NFC by themselves. */
    private static boolean surelyNfc(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c >= 0x300 && (c < 0x1E00 || c > 0x1EFF)) {
                return false;
            }
        }
        return true;
    }

    static List<String> readIndex(ClassLoader cl, String index) throws IOException {
        List<String> names = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(index)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + index);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && line.charAt(0) != '#') {
                    names.add(line);
                }
            }
        }
        return names;
    }

    static IllegalArgumentException bad(String source, int line, String reason) {
        return new IllegalArgumentException(source + ":" + line + ": " + reason);
    }
}
