package io.github.vietnorm;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;

/**
 * Unicode stage, part 2: puts tone marks after the circumflex or breve where the text typed them
 * first (NFC alone would leave {@code e}+U+0301+U+0302 as {@code é}+U+0302), composes to NFC with
 * ICU4J, and replaces the look-alike Eth ({@code Ð}/{@code ð}, U+00D0/U+00F0) by {@code Đ}/{@code đ}
 * inside Vietnamese words.
 *
 * <p>Fast path: one pass over a table of the characters that may need attention; text without
 * them is left untouched.
 */
final class UnicodeComposition implements Stage {
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

    /** Characters that may need work: NFC quick check not "yes", Eth, surrogates. */
    private static final boolean[] ATTENTION = new boolean[0x10000];

    static {
        for (int c = 0x80; c < 0x10000; c++) {
            if (c >= 0xD800 && c <= 0xDFFF) {
                ATTENTION[c] = true;
            } else if (!NFC.hasBoundaryBefore(c) || quickCheckNotYes(c)) {
                ATTENTION[c] = true;
            }
        }
        ATTENTION[0xD0] = true;
        ATTENTION[0xF0] = true;
    }

    /** Whether this stage looks at {@code c} (composition, Eth, surrogates); every other char it leaves alone. */
    static boolean needsAttention(char c) {
        return ATTENTION[c];
    }

    /**
     * Whether NFC replaces the char at {@code i} wherever it stands (quick check "no": the Ångström
     * sign U+212B becomes Å, U+FACF a supplementary ideograph); the table test first keeps it cheap.
     */
    static boolean replacedByNfc(String s, int i) {
        return ATTENTION[s.charAt(i)] && UCharacter.getIntPropertyValue(s.codePointAt(i), UProperty.NFC_QUICK_CHECK) == 0;
    }

    private static boolean quickCheckNotYes(int c) {
        return UCharacter.getIntPropertyValue(c, UProperty.NFC_QUICK_CHECK) != 1; // 1 = yes (0 no, 2 maybe)
    }

    @Override
    public void apply(String s, TextRewriter out, StageContext context) {
        final int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (!ATTENTION[c]) {
                i++;
                continue;
            }
            if (c == 0xD0 || c == 0xF0) {
                if (isVietnameseEth(s, i)) {
                    out.replace(i, i + 1, c == 0xD0 ? "Đ" : "đ", EditReason.LOOKALIKE_LETTER);
                }
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                int cp = s.codePointAt(i);
                int len = Character.charCount(cp);
                if (len == 1 || NFC.hasBoundaryBefore(cp) && NFC.isInert(cp)) {
                    i += len; // lone surrogate or an inert supplementary character
                    continue;
                }
            }
            i = composeSegment(s, i, out);
        }
    }

    /** Normalizes the segment around position {@code i}; returns the position after it. */
    private static int composeSegment(String s, int i, TextRewriter out) {
        int start = i;
        while (start > out.position() && !NFC.hasBoundaryBefore(s.codePointAt(start))) {
            start = s.offsetByCodePoints(start, -1);
        }
        if (start > 0 && start == i && !NFC.hasBoundaryBefore(s.codePointAt(start))) {
            // cannot look behind a previous replacement; normalize from here
            start = i;
        }
        int end = i + Character.charCount(s.codePointAt(i));
        while (end < s.length() && !NFC.hasBoundaryBefore(s.codePointAt(end))) {
            end += Character.charCount(s.codePointAt(end));
        }
        String segment = s.substring(start, end);
        String decomposed = NFD.normalize(segment);
        String reordered = reorderToneMarks(decomposed);
        String composed = NFC.normalize(reordered);
        if (!composed.equals(segment)) {
            out.replace(start, end, composed, reordered != decomposed ? EditReason.MARK_ORDER : EditReason.NFC);
        }
        return end;
    }

    private static boolean isTone(char c) {
        return c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309';
    }

    private static boolean isHat(char c) {
        return c == '\u0302' || c == '\u0306';
    }

    /**
     * Moves a tone mark (grave, acute, tilde, hook above) that precedes a circumflex or breve in
     * the same mark sequence to after it. Returns the argument itself when nothing moves.
     */
    static String reorderToneMarks(String d) {
        char[] a = null;
        for (int k = 1; k < d.length(); k++) {
            char c = a == null ? d.charAt(k) : a[k];
            if (isHat(c)) {
                // walk back over tone marks directly before the hat
                int t = k;
                char[] buf = a == null ? d.toCharArray() : a;
                while (t > 0 && (isTone(buf[t - 1]) || buf[t - 1] == '\u0323' || buf[t - 1] == '\u031B')) {
                    if (isTone(buf[t - 1])) {
                        char hat = buf[t];
                        buf[t] = buf[t - 1];
                        buf[t - 1] = hat;
                        a = buf;
                        t--;
                    } else {
                        break;
                    }
                }
            }
        }
        return a == null ? d : new String(a);
    }

    /**
     * Whether the Eth at {@code i} stands for {@code Đ}/{@code đ}: the word around it uses only the
     * Vietnamese alphabet, and either a vowel follows the Eth at the start of the word, or (capital
     * Eth) the word is all capitals, as in {@code HÐND}.
     */
    static boolean isVietnameseEth(String s, int i) {
        // by code point: NFC turns some letters into a supplementary one (U+FACF into U+2284A), and
        // the word must end at the same place in a second pass
        int start = i;
        while (start > 0 && isWordChar(s.codePointBefore(start))) {
            start -= Character.charCount(s.codePointBefore(start));
        }
        int end = i + 1;
        while (end < s.length() && isWordChar(s.codePointAt(end))) {
            end += Character.charCount(s.codePointAt(end));
        }
        boolean allUpper = true;
        for (int k = start; k < end; k++) {
            char c = s.charAt(k);
            if (k == i || isMark(c)) {
                continue;
            }
            char base = baseLetter(c);
            if (!isVietnameseBase(Character.toLowerCase(base)) && c != 0xD0 && c != 0xF0 && c != 'Đ' && c != 'đ') {
                return false;
            }
            if (Character.isLowerCase(c)) {
                allUpper = false;
            }
        }
        boolean vowelFollows = i + 1 < s.length() && isVowelBase(Character.toLowerCase(baseLetter(s.charAt(i + 1))));
        if (s.charAt(i) == 0xD0) {
            return (start == i && vowelFollows) || (allUpper && end - start > 1);
        }
        return start == i && vowelFollows;
    }

    private static boolean isWordChar(int c) {
        return Character.isLetter(c) || isMark(c);
    }

    /** Any combining mark, so the answer is the same before and after NFC splits or joins letters. */
    private static boolean isMark(int c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
    }

    private static char baseLetter(char c) {
        if (c < 0xC0) {
            return c;
        }
        String d = NFD.getDecomposition(c);
        return d == null ? c : d.charAt(0);
    }

    private static boolean isVietnameseBase(char c) {
        return (c >= 'a' && c <= 'y' && c != 'f' && c != 'j' && c != 'w') || c == 'đ';
    }

    private static boolean isVowelBase(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }
}
