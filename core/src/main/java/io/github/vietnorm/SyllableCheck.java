package io.github.vietnorm;

import io.github.vietnorm.dictionaries.Syllables;

/**
 * Whether a letter run is one valid Vietnamese syllable written in lower case or Capitalised: the
 * single place the spacing code asks this question, delegating to the grammar of
 * {@link Syllables}. Allocation-free.
 */
final class SyllableCheck {
    private SyllableCheck() {
    }

    /**
     * Whether {@code s[from, to)} is one valid syllable written in lower case, Capitalised or all
     * upper case ({@code thông}, {@code Thông}, {@code THÔNG}; not {@code tHông} or {@code THông}).
     */
    static boolean isValid(CharSequence s, int from, int to) {
        if (to - from < 1 || to - from > 14) {
            return false;
        }
        // precomposed letters: the automaton answers exactly; anything else (combining marks) goes to the grammar
        SyllableAutomaton a = SyllableAutomaton.anyStyle();
        int st = a.start();
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            int code = SyllableAutomaton.code(c);
            if (code == 0) {
                return SpanScanner.isMark(c) && slowIsValid(s, from, to);
            }
            st = a.step(st, code);
            if (st == SyllableAutomaton.DEAD) {
                return hasMark(s, k + 1, to) && slowIsValid(s, from, to);
            }
        }
        return a.accepts(st);
    }

    /**
     * The lengths {@code l} (bit {@code l}, 1 to {@code maxLen}) for which {@code s[from, from + l)},
     * within {@code [from, to)}, is one valid syllable ({@link #isValid}): one walk instead of a check
     * per length.
     */
    static int syllableLengths(CharSequence s, int from, int to, int maxLen) {
        int limit = Math.min(to, from + maxLen);
        int lengths = 0;
        if (hasMark(s, from, limit)) {
            // combining marks: ask the grammar length by length
            for (int l = 1; from + l <= limit; l++) {
                if (isValid(s, from, from + l)) {
                    lengths |= 1 << l;
                }
            }
            return lengths;
        }
        SyllableAutomaton a = SyllableAutomaton.anyStyle();
        int st = a.start();
        for (int k = from; k < limit; k++) {
            int code = SyllableAutomaton.code(s.charAt(k));
            if (code == 0) {
                return lengths;
            }
            st = a.step(st, code);
            if (st == SyllableAutomaton.DEAD) {
                return lengths;
            }
            if (a.accepts(st)) {
                lengths |= 1 << (k - from + 1);
            }
        }
        return lengths;
    }

    private static boolean hasMark(CharSequence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (SpanScanner.isMark(s.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean slowIsValid(CharSequence s, int from, int to) {
        boolean upper = false;
        boolean lower = false;
        for (int k = from + 1; k < to; k++) {
            char c = s.charAt(k);
            if (SpanScanner.isUpper(c)) {
                upper = true;
            } else if (SpanScanner.isLower(c)) {
                lower = true;
            }
        }
        if (upper && (lower || !SpanScanner.isUpper(s.charAt(from)))) {
            return false;
        }
        return Syllables.isValid(s, from, to);
    }

    /** Whether {@code s[from, to)} is one valid syllable in any case ({@code THÔNG} too). */
    static boolean isValidAnyCase(CharSequence s, int from, int to) {
        return to - from >= 1 && to - from <= 14 && Syllables.isValid(s, from, to);
    }

    /** A one-letter syllable common enough to be glued to its neighbour ({@code ở}, {@code ý}, {@code y}, {@code ô}). */
    static boolean isCommonLoneVowel(char c) {
        switch (Character.toLowerCase(c)) {
            case 'ở': case 'ý': case 'y': case 'ô':
                return true;
            default:
                return false;
        }
    }

    /** Whether {@code s[from, to)} is an upper-case Roman numeral of up to seven letters ({@code XII}, {@code I}). */
    static boolean isRomanNumeral(CharSequence s, int from, int to) {
        if (to - from < 1 || to - from > 7) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if ("IVXLCDM".indexOf(s.charAt(k)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static final String[] NUMBERED_HEADINGS = {"chương", "mục", "phần", "khóa", "khoá", "quyển", "tập", "kỳ", "kỷ"};

    /** Whether {@code s[from, to)} is a word that Roman numerals follow ({@code Chương}, {@code Khóa}, {@code Phần}). */
    static boolean isNumberedHeading(CharSequence s, int from, int to) {
        outer:
        for (String h : NUMBERED_HEADINGS) {
            if (h.length() != to - from) {
                continue;
            }
            for (int k = 0; k < h.length(); k++) {
                if (Character.toLowerCase(s.charAt(from + k)) != h.charAt(k)) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
