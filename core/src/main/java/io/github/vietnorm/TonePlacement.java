package io.github.vietnorm;

import io.github.vietnorm.dictionaries.SyllableParts;
import io.github.vietnorm.dictionaries.Syllables;
import io.github.vietnorm.dictionaries.Tone;

/**
 * Syllable stage: puts each tone mark on the vowel where the chosen {@link ToneStyle} puts it.
 * <ul>
 * <li>Style: in the open rhymes {@code oa oe uy} the traditional style marks the medial
 *     ({@code hòa, khỏe, thủy}) and the modern style the nucleus ({@code hoà, khoẻ, thuỷ});
 *     {@link EditReason#TONE_PLACEMENT}.</li>
 * <li>Repair, in both styles: a mark on a letter where no style puts it ({@code Qúy, hòan, nghịêm,
 *     lựơng, ngòai, tụê, baỏ}) moves to the nucleus; {@link EditReason#TONE_REPAIR}.</li>
 * </ul>
 * Only letter runs that are exactly one Vietnamese syllable (tone marks aside) are touched, and only
 * the letters involved change; case is kept letter by letter ({@code ỦY} ↔ {@code UỶ}). With
 * several marks ({@code tìến}, {@code chuỵện}, {@code tạọ}, {@code ế}+U+0301) the first mark on
 * the letter where the tone belongs is kept, else the mark they all agree on; different marks none
 * of which is there are left alone (which is meant cannot be known), as are runs with a circumflex,
 * breve or horn NFC could not compose. Spelling is never changed ({@code kỹ/kĩ}, {@code quy/qui} stay),
 * and nothing inside a protected span (URL, e-mail, code, mixed-case name) is touched.
 *
 * <p>Fast path: one pass over a table of letter and toned-vowel flags; a run is parsed only when it
 * contains a toned vowel, and parsing allocates nothing. Text already in the style is not touched.
 */
final class TonePlacement implements Stage {
    /** Per char (all of the BMP, so the hot loop does one load and no Unicode lookup): the flags below. */
    private static final byte[] FLAGS = new byte[0x10000];
    /** A letter or combining mark: part of a word. */
    private static final int WORD = 1;
    /** Carries a tone (a toned vowel or a combining tone mark). */
    private static final int TONED = 2;
    /** A vowel letter of the Vietnamese alphabet, any case, with or without a tone. */
    private static final int VOWEL = 4;
    /** One of {@code ă â ê ô ơ ư} (any case, any tone). */
    private static final int HAT = 8;
    /** A combining mark. */
    private static final int MARK = 16;

    static {
        for (int c = 0; c < 0x2000; c++) {
            int f = 0;
            int type = Character.getType(c);
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK;
            if (Character.isLetter(c) || mark) {
                f |= WORD;
            }
            if (mark) {
                f |= MARK;
            }
            Tone t = Syllables.toneOf((char) c);
            if ((t != null && t != Tone.LEVEL) || Tone.ofMark((char) c) != null) {
                f |= TONED;
            }
            char base = Syllables.baseLetter((char) c);
            if (base != 0 && "aăâeêioôơuưy".indexOf(base) >= 0) {
                f |= VOWEL;
                if ("ăâêôơư".indexOf(base) >= 0) {
                    f |= HAT;
                }
            }
            FLAGS[c] = (byte) f;
        }
        for (int c = 0x2000; c < 0x10000; c++) {
            FLAGS[c] = (byte) (Character.isLetter((char) c) ? WORD : 0);
        }
    }

    private final boolean modern;

    TonePlacement(ToneStyle style) {
        this.modern = style == ToneStyle.MODERN;
    }

    @Override
    public void apply(String s, TextRewriter out, StageContext context) {
        final int n = s.length();
        SyllableParts parts = null;
        int i = 0;
        while (i < n) {
            // Skip to the next char carrying a tone (TONED implies WORD): runs without one are never touched.
            while (i < n && (FLAGS[s.charAt(i)] & TONED) == 0) {
                i++;
            }
            if (i == n) {
                break;
            }
            // back to the start of its run (the char before a run start is not WORD, and every run
            // before this one has been passed, so this never reaches an earlier run)
            while (i > 0 && (FLAGS[s.charAt(i - 1)] & WORD) != 0) {
                i--;
            }
            int start = i;
            do {
                i++;
            } while (i < n && (FLAGS[s.charAt(i)] & WORD) != 0);
            if (!mayParse(s, start, i)) {
                continue;
            }
            if (parts == null) {
                parts = new SyllableParts();
            }
            fix(s, start, i, parts, out, context);
        }
    }

    /**
     * Whether the run {@code s[start, end)} needs parsing: it carries a tone, is short enough for one
     * syllable, and the mark is not on the only vowel nor on the last of {@code ă â ê ô ơ ư} (the ơ
     * of ươ), where every style and every valid syllable puts it.
     */
    private static boolean mayParse(String s, int start, int end) {
        if (end - start > 12) {
            return false;
        }
        int all = 0;
        int toned = 0;
        int vowels = 0;
        int tonedAt = -1;
        int lastHat = -1;
        for (int i = start; i < end; i++) {
            int f = FLAGS[s.charAt(i)];
            all |= f;
            if ((f & VOWEL) != 0) {
                vowels++;
                if ((f & HAT) != 0) {
                    lastHat = i;
                }
            }
            if ((f & TONED) != 0) {
                toned++;
                tonedAt = i;
            }
        }
        return toned != 0 && !(toned == 1 && (all & MARK) == 0 && (vowels == 1 || tonedAt == lastHat));
    }

    /**
     * Whether this stage would rewrite the letter run {@code s[start, end)} (a maximal run of
     * letters and marks), protected spans aside: the question {@link QuickCheck} asks about a run
     * that is not a syllable of the style.
     */
    boolean changes(String s, int start, int end) {
        return mayParse(s, start, end) && replacement(s, start, end, new SyllableParts()) != null;
    }

    /** Moves the tone mark of the syllable {@code s[start, end)} if it is not where the style puts it. */
    private void fix(String s, int start, int end, SyllableParts p, TextRewriter out, StageContext context) {
        String a = replacement(s, start, end, p);
        if (a == null) {
            return;
        }
        if (context.protectedSpans(s).overlaps(start, end)) {
            return;                 // inside a URL, e-mail, code or name: never altered (scanned only when needed)
        }
        boolean styleOnly = p.toneMarkCount() == 1
                && (p.toneMarkIndex() == p.traditionalToneIndex() || p.toneMarkIndex() == p.modernToneIndex());
        out.replace(start, end, a, styleOnly ? EditReason.TONE_PLACEMENT : EditReason.TONE_REPAIR);
    }

    /**
     * The syllable {@code s[start, end)} with its tone mark where the style puts it, or null when it
     * is already there, is not one syllable, or which mark is meant cannot be known.
     */
    private String replacement(String s, int start, int end, SyllableParts p) {
        if (!Syllables.parse(s, start, end, p)) {
            return null;
        }
        int marks = p.toneMarkCount();
        int at = p.toneMarkIndex();
        int letters = p.letterCount();
        int traditional = p.traditionalToneIndex();
        int modernIndex = p.modernToneIndex();
        int target = modern ? modernIndex : traditional;
        if (marks == 1 && at == target && letters == end - start) {
            return null;
        }
        // Several marks (tìến, ế + U+0301): keep the first on the letter where the tone belongs,
        // else the one they all agree on; different marks elsewhere are ambiguous.
        Tone onTarget = null;
        Tone agreed = null;
        boolean conflict = false;
        int letter = -1;
        for (int k = start; k < end; k++) {
            char c = s.charAt(k);
            Tone t;
            if (Syllables.baseLetter(c) != 0) {
                letter++;
                t = Syllables.toneOf(c);
            } else {
                t = Tone.ofMark(c);
                if (t == null) {
                    return null;    // a circumflex, breve or horn NFC could not compose: leave alone
                }
            }
            if (t != Tone.LEVEL) {
                if (letter == target && onTarget == null) {
                    onTarget = t;
                }
                if (agreed == null) {
                    agreed = t;
                } else if (agreed != t) {
                    conflict = true;
                }
            }
        }
        Tone tone = onTarget != null ? onTarget : conflict ? null : agreed;
        if (tone == null) {
            return null;
        }
        char[] a = new char[letters];
        letter = 0;
        for (int k = start; k < end; k++) {
            char c = s.charAt(k);
            char base = Syllables.baseLetter(c);
            if (base == 0) {
                continue;           // a combining tone mark: dropped, its tone is accounted for
            }
            char want = letter == target ? Syllables.composed(base, tone) : base;
            if (want == 0) {
                return null;
            }
            a[letter++] = Character.isUpperCase(c) ? Character.toUpperCase(want) : want;
        }
        return new String(a);
    }
}
