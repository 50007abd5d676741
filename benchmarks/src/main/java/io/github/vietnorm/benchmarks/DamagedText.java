package io.github.vietnorm.benchmarks;

import com.ibm.icu.text.Normalizer2;
import java.util.SplittableRandom;

/**
 * Deterministic damage for benchmark and accuracy inputs: the kinds of damage real Vietnamese
 * documents carry, applied with a fixed seed so every run sees the same text.
 */
public final class DamagedText {
    private DamagedText() {
    }

    /** Fully decomposed (NFD), as from macOS file names and some PDF pipelines. */
    public static String decomposed(String clean) {
        return Normalizer2.getNFDInstance().normalize(clean);
    }

    /**
     * Mixed damage: about one word in {@code every} is decomposed, has a space removed before it,
     * has an NBSP or a zero-width space, or switches between the two tone styles.
     */
    public static String mixed(String clean, int every, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Normalizer2 nfd = Normalizer2.getNFDInstance();
        StringBuilder out = new StringBuilder(clean.length() + clean.length() / 10);
        int i = 0;
        int n = clean.length();
        while (i < n) {
            int j = i;
            while (j < n && clean.charAt(j) != ' ' && clean.charAt(j) != '\n') {
                j++;
            }
            String word = clean.substring(i, j);
            if (rnd.nextInt(every) == 0 && !word.isEmpty()) {
                switch (rnd.nextInt(4)) {
                    case 0 -> out.append(nfd.normalize(word));
                    case 1 -> out.append(word).append('\u200B');
                    case 2 -> out.append(switchToneStyle(word));
                    default -> out.append(word);
                }
            } else {
                out.append(word);
            }
            if (j < n) {
                char sep = clean.charAt(j);
                if (sep == ' ' && rnd.nextInt(every) == 0) {
                    if (rnd.nextBoolean()) {
                        out.append('\u00A0');
                    } // else: the space is dropped (run-together words)
                } else {
                    out.append(sep);
                }
            }
            i = j + 1;
        }
        return out.toString();
    }

    private static final String[][] STYLE_PAIRS = {
        {"òa", "oà"}, {"óa", "oá"}, {"ỏa", "oả"}, {"õa", "oã"}, {"ọa", "oạ"},
        {"òe", "oè"}, {"óe", "oé"}, {"ỏe", "oẻ"}, {"õe", "oẽ"}, {"ọe", "oẹ"},
        {"ùy", "uỳ"}, {"úy", "uý"}, {"ủy", "uỷ"}, {"ũy", "uỹ"}, {"ụy", "uỵ"},
    };

    /** Swaps traditional and modern placement in open oa/oe/uy rhymes at the end of a word. */
    public static String switchToneStyle(String word) {
        for (String[] p : STYLE_PAIRS) {
            if (word.endsWith(p[0])) {
                return word.substring(0, word.length() - 2) + p[1];
            }
            if (word.endsWith(p[1])) {
                return word.substring(0, word.length() - 2) + p[0];
            }
        }
        return word;
    }
}
