package io.github.vietnorm;

import io.github.vietnorm.dictionaries.Syllables;
import io.github.vietnorm.dictionaries.Tone;

/**
 * The grammar-only {@link SplitChooser}: splits a run only when exactly one segmentation into the fewest
 * valid syllables exists, the run carries a Vietnamese letter (unaccented runs such as {@code Hanoi} or
 * {@code trongkhi} could be foreign words), and no syllable is a lone vowel other than a few
 * common words (a lone vowel is the mark of loanwords, {@code axít}, {@code êtylen}, and a source of
 * spurious ambiguity, {@code địa|vị} against {@code đị|a|vị}).
 */
final class SyllableSplitChooser implements SplitChooser {
    static final SyllableSplitChooser INSTANCE = new SyllableSplitChooser();

    /** Longest syllable in letters ({@code nghiêng}, {@code khuyết}). */
    static final int MAX_SYLLABLE = 7;

    private SyllableSplitChooser() {
    }

    @Override
    public int choose(CharSequence text, int start, int end, int[] cuts) {
        if (!plausibleRun(text, start, end)) {
            return 0;
        }
        int[] found = new int[1];
        int count = enumerate(text, start, end, cuts, found, 2);
        if (count != 1 || !plausibleCuts(text, start, end, cuts, found[0])) {
            return 0;
        }
        return found[0];
    }

    /**
     * Whether the run may be split at all: it carries a Vietnamese letter (unaccented runs such as
     * {@code Hanoi} could be foreign words), is not a solid loanword ({@code kilôgam}) and is not
     * one syllable with a misplaced tone mark ({@code KHỎAN}).
     */
    boolean plausibleRun(CharSequence text, int start, int end) {
        return hasVietnameseLetter(text, start, end) && plausibleLetters(text, start, end);
    }

    /** {@link #plausibleRun} without the Vietnamese-letter requirement (for a chooser with a lexicon). */
    boolean plausibleLetters(CharSequence text, int start, int end) {
        return !isSolidLoanword(text, start, end) && !Syllables.isSyllableLetters(text, start, end);
    }

    /** Whether the syllables starting at {@code cuts[0..syllables)} are a plausible split of the run. */
    boolean plausibleCuts(CharSequence text, int start, int end, int[] cuts, int syllables) {
        if (syllables >= 3 && !anyToneMark(text, start, end)) {
            return false; // kilôgam, hêrôin, côcain: three level-tone syllables read as one loanword
        }
        for (int i = 1; i < syllables; i++) {
            int e = i + 1 < syllables ? cuts[i + 1] : end;
            boolean lone = e - cuts[i] == 1 || cuts[i] - cuts[i - 1] == 1;
            char left = text.charAt(cuts[i] - 1);
            char right = text.charAt(cuts[i]);
            if (lone && Syllables.baseLetter(left) == Syllables.baseLetter(right)) {
                return false; // lýý: a doubled vowel is a typo, not two words
            }
            if (isVowel(left) && isVowel(right) && hasTone(right) && !anyToneMark(text, cuts[i - 1], cuts[i])
                    && !(e - cuts[i] == 1 && SyllableCheck.isCommonLoneVowel(right))) {
                return false; // Trưòng: a tone mark typed on the wrong vowel, not two words
            }
        }
        return true;
    }

    /**
     * Loanwords that Vietnamese writes solid as often as split (kilôgam, nitơ): a run
     * containing one of these is left alone. Lower case, NFC, traditional and modern tone placement.
     */
    private static final String[] SOLID_LOANWORDS = {
        "kilô", "mili", "mêga", "giga", "têra", "hêrôin", "côca", "nitơ", "ôxy", "axít", "axit", "bazơ",
        "ampe", "vôn", "pênixilin", "vitamin", "côngtenơ", "côngtơ", "rơmoóc", "sơmi", "tônô", "cácbon",
        "phốtpho", "phốtphát", "amôni", "sunphát", "điôxít", "điôxin", "mônôxít", "glucô", "prôtêin",
        "ôtô", "môtô", "kiốt", "ađênin", "êtanol", "mêtan", "êtylen", "pôlyme", "nicôtin", "moócphin",
        "xêri", "côla", "rađa", "ôzôn", "clorua", "xyanua", "sêri", "catôt", "anôt", "bêtông", "lênin", "mácxít", "mica", "taxi"
    };

    /** The loanwords by their first two letters (lower case, hashed into 1024 buckets): one probe per position. */
    private static final String[][] LOANWORDS_BY_PREFIX = new String[1024][];

    static {
        java.util.Map<Integer, java.util.List<String>> by = new java.util.HashMap<>();
        for (String w : SOLID_LOANWORDS) {
            by.computeIfAbsent(prefixBucket(w.charAt(0), w.charAt(1)), k -> new java.util.ArrayList<>()).add(w);
        }
        by.forEach((k, v) -> LOANWORDS_BY_PREFIX[k] = v.toArray(new String[0]));
    }

    private static int prefixBucket(char a, char b) {
        return (a * 31 + b) & 1023;
    }

    /** Whether one of {@link #SOLID_LOANWORDS} starts at a syllable-like position of the run (támkilômét too). */
    private static boolean isSolidLoanword(CharSequence text, int start, int end) {
        if (end - start < 2) {
            return false;
        }
        char next = lower(text.charAt(start));
        for (int at = start; at < end - 1; at++) {
            char first = next;
            next = lower(text.charAt(at + 1));
            String[] ws = LOANWORDS_BY_PREFIX[prefixBucket(first, next)];
            if (ws == null) {
                continue;
            }
            for (String w : ws) {
                if (w.length() <= end - at && first == w.charAt(0) && next == w.charAt(1) && regionMatchesLower(text, at, w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Lower case of a letter; ASCII and the precomposed Vietnamese letters without a Unicode lookup. */
    private static char lower(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return Character.toLowerCase(c);
    }

    private static boolean regionMatchesLower(CharSequence text, int start, String w) {
        for (int k = 2; k < w.length(); k++) {
            if (lower(text.charAt(start + k)) != w.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isVowel(char c) {
        char b = Syllables.baseLetter(c);
        return b != '\0' && "aăâeêioôơuưy".indexOf(b) >= 0;
    }

    private static boolean hasTone(char c) {
        Tone t = Syllables.toneOf(c);
        return t != null && t != Tone.LEVEL;
    }

    private static boolean anyToneMark(CharSequence text, int start, int end) {
        for (int k = start; k < end; k++) {
            Tone t = Syllables.toneOf(text.charAt(k));
            if (t != null && t != Tone.LEVEL) {
                return true;
            }
        }
        return false;
    }

    static boolean hasVietnameseLetter(CharSequence text, int start, int end) {
        for (int k = start; k < end; k++) {
            if (text.charAt(k) >= 0x80) {
                return true;
            }
        }
        return false;
    }

    /** The lengths at which {@link #isSyllable} holds from {@code from}, as bits (see {@link SyllableCheck#syllableLengths}). */
    static int syllableLengths(CharSequence text, int from, int to) {
        int lengths = SyllableCheck.syllableLengths(text, from, to, MAX_SYLLABLE);
        if ((lengths & 2) != 0 && !SyllableCheck.isCommonLoneVowel(text.charAt(from))) {
            lengths &= ~2; // a lone vowel only if it is a common word
        }
        return lengths;
    }

    /** A syllable as a piece of a run: a lone vowel only if it is a common word ({@code ở}, {@code ý}). */
    static boolean isSyllable(CharSequence text, int from, int to) {
        return SyllableCheck.isValid(text, from, to)
                && (to - from > 1 || SyllableCheck.isCommonLoneVowel(text.charAt(from)));
    }

    /**
     * Finds the segmentations of {@code [start, end)} into the fewest valid syllables (reading
     * {@code quyền} as one syllable, not {@code quy|ền}). Returns how many there are, capped at
     * {@code limit}; one of them is left in {@code cuts}, its syllable count in {@code found[0]}.
     */
    static int enumerate(CharSequence text, int start, int end, int[] cuts, int[] found, int limit) {
        int len = end - start;
        int[] best = new int[len + 1];   // fewest syllables for [start + k, end), or MAX
        int[] ways = new int[len + 1];   // how many segmentations reach that minimum (capped)
        int[] next = new int[len + 1];   // end of the first syllable of one of them
        best[len] = 0;
        ways[len] = 1;
        for (int k = len - 1; k >= 0; k--) {
            best[k] = Integer.MAX_VALUE;
            int lengths = syllableLengths(text, start + k, end);
            for (int l = 1; l <= MAX_SYLLABLE && k + l <= len; l++) {
                if (best[k + l] == Integer.MAX_VALUE || (lengths & 1 << l) == 0) {
                    continue;
                }
                int b = best[k + l] + 1;
                if (b < best[k]) {
                    best[k] = b;
                    ways[k] = ways[k + l];
                    next[k] = k + l;
                } else if (b == best[k]) {
                    ways[k] = Math.min(limit, ways[k] + ways[k + l]);
                }
            }
        }
        if (best[0] == Integer.MAX_VALUE) {
            return 0;
        }
        int count = 0;
        for (int k = 0; k < len; k = next[k]) {
            cuts[count++] = start + k;
        }
        found[0] = count;
        return Math.min(limit, ways[0]);
    }
}
