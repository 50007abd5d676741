package io.github.vietnorm.dictionaries;

import java.text.Normalizer;

/**
 * The two accepted tone-mark placements of open syllables with the rhymes {@code oa}, {@code oe},
 * {@code uy}: traditional {@code hòa, khỏe, thủy} and modern {@code hoà, khoẻ, thuỷ}. The lexicon
 * stores the traditional spelling and also finds words spelled the modern way. Not for hot paths.
 */
final class ToneVariants {

    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

    private ToneVariants() {
    }

    /** @return {traditional, modern} spellings of a lower-case NFC syllable, or null if it has one spelling */
    static String[] spellings(String syllable) {
        int sl = syllable.length();
        if (sl < 2 || !candidate(syllable.charAt(sl - 2), syllable.charAt(sl - 1))) {
            return null;
        }
        String d = Normalizer.normalize(syllable, Normalizer.Form.NFD);
        int tonePos = -1;
        for (int i = 0; i < d.length(); i++) {
            if (TONES.indexOf(d.charAt(i)) >= 0) {
                if (tonePos >= 0) {
                    return null;
                }
                tonePos = i;
            }
        }
        if (tonePos < 0) {
            return null;
        }
        char tone = d.charAt(tonePos);
        String base = Normalizer.normalize(d.substring(0, tonePos) + d.substring(tonePos + 1), Normalizer.Form.NFC);
        int n = base.length();
        if (n < 2) {
            return null;
        }
        String tail = base.substring(n - 2);
        if (!tail.equals("oa") && !tail.equals("oe") && !tail.equals("uy")) {
            return null;
        }
        if (n >= 3 && (base.charAt(n - 3) == 'q' || base.charAt(n - 3) == 'o' || base.charAt(n - 3) == 'u')) {
            return null;
        }
        String first = Normalizer.normalize(base.substring(0, n - 1) + tone + base.substring(n - 1), Normalizer.Form.NFC);
        String second = Normalizer.normalize(base + tone, Normalizer.Form.NFC);
        return new String[] {first, second};
    }

    private static final String O = "oòóỏõọ";
    private static final String U = "uùúủũụ";
    private static final String A = "aàáảãạ";
    private static final String E = "eèéẻẽẹ";
    private static final String Y = "yỳýỷỹỵ";

    /** Cheap pre-test: the last two letters could be oa, oe or uy with a tone mark on one of them. */
    private static boolean candidate(char a, char b) {
        if (O.indexOf(a) >= 0) {
            return A.indexOf(b) >= 0 || E.indexOf(b) >= 0;
        }
        return U.indexOf(a) >= 0 && Y.indexOf(b) >= 0;
    }

    private static final String I = "iìíỉĩị";
    private static final String ONSETS = " b c ch d đ h k kh l m n ng nh p ph r s t th tr v x ";

    /**
     * The other spelling of an open syllable ending in {@code i}/{@code y} after a consonant, where
     * both are in use: {@code lý}/{@code lí}, {@code kỹ}/{@code kĩ}, {@code quy}/{@code qui}.
     *
     * @return the other spelling, or null
     */
    static String iyVariant(String s) {
        int n = s.length();
        if (n < 2) {
            return null;
        }
        char last = s.charAt(n - 1);
        int i = I.indexOf(last);
        int y = Y.indexOf(last);
        if (i < 0 && y < 0) {
            return null;
        }
        String onset = s.substring(0, n - 1);
        if (!onset.equals("qu") && !ONSETS.contains(" " + onset + " ")) {
            return null;
        }
        return onset + (i >= 0 ? Y.charAt(i) : I.charAt(y));
    }

    /** @return the traditional spelling of a lower-case NFC syllable (itself if it has one spelling) */
    static String traditional(String syllable) {
        String[] s = spellings(syllable);
        return s != null && syllable.equals(s[1]) ? s[0] : syllable;
    }

    private static boolean anyCandidate(String word) {
        for (int i = 1; i < word.length(); i++) {
            if (candidate(word.charAt(i - 1), word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** @return the word with every syllable in the traditional spelling */
    static String traditionalWord(String word) {
        if (!anyCandidate(word)) {
            return word;
        }
        if (word.indexOf(' ') < 0) {
            return traditional(word);
        }
        String[] parts = word.split(" ", -1);
        for (int i = 0; i < parts.length; i++) {
            parts[i] = traditional(parts[i]);
        }
        return String.join(" ", parts);
    }
}
