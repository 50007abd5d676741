package io.github.vietnorm;

/**
 * The normalizer's fast path: one pass over a line that proves the line-local stages
 * ({@link WhitespaceAndInvisibles}, {@link UnicodeComposition}, {@link TonePlacement},
 * {@link RunTogetherSplitting}) would leave it unchanged, in the spirit of ICU's
 * {@code Normalizer2.quickCheck}. Conservative: "clean" is a proof, "dirty" only means the stages
 * must look.
 *
 * <p>Per char one table load. A letter run is stepped through the {@link SyllableAutomaton} of the
 * tone style; a run it accepts is a syllable no stage touches (unless glued to a number). A run it
 * rejects (an abbreviation, a foreign word, a name) is asked of the two stages that could act on
 * it, which answer exactly and without scanning protected spans. Anything else that a stage
 * could act on (an odd space, an invisible or combining char, a space at a line end or doubled,
 * punctuation or a dash glued to a word) makes the line dirty.
 */
final class QuickCheck {
    // kinds (low 4 bits of KIND)
    private static final int SAFE = 0;
    private static final int LETTER = 1;
    private static final int SPACE = 2;
    private static final int NEWLINE = 3;
    private static final int CR = 4;
    private static final int DIGIT = 5;
    private static final int PUNCT = 6;   // . , ; : ! ?  (glued to a following word: the spacing stage may act)
    private static final int DASH = 7;    // - – —
    private static final int PERCENT = 8;
    private static final int DIRTY = 9;   // some stage always looks at it

    /** Per char: the kind (low 4 bits) and, for letters, the {@link SyllableAutomaton#code} (above). */
    private static final char[] KIND = new char[0x10000];

    static {
        for (int c = 0; c < 0x10000; c++) {
            int k = kindOf((char) c);
            KIND[c] = (char) (k == LETTER ? k | SyllableAutomaton.code((char) c) << 4 : k);
        }
    }

    private static int kind(char c) {
        return KIND[c] & 15;
    }

    private static int kindOf(char c) {
        switch (c) {
            case ' ': return SPACE;
            case '\n': return NEWLINE;
            case '\r': return CR;
            case '.': case ',': case ';': case ':': case '!': case '?': return PUNCT;
            case '-': case '–': case '—': return DASH;
            case '%': return PERCENT;
            default: break;
        }
        if (c >= '0' && c <= '9') {
            return DIGIT;
        }
        if (WhitespaceAndInvisibles.kind(c) != 0 || UnicodeComposition.needsAttention(c) || Character.isSurrogate(c)
                || SpanScanner.isMark(c) || c < ' ' || c == 0x7F || Character.getType(c) == Character.COMBINING_SPACING_MARK
                || Character.getType(c) == Character.ENCLOSING_MARK) {
            return DIRTY; // spaces, invisibles, line breaks other than \n, marks, NFC "maybe", Eth, controls
        }
        return SpanScanner.isLetter(c) ? LETTER : SAFE;
    }

    private final SyllableAutomaton syllables;
    private final TonePlacement tone;
    private final RunTogetherSplitting spacing; // null when the stage is off

    QuickCheck(ToneStyle style, TonePlacement tone, RunTogetherSplitting spacing) {
        this.syllables = SyllableAutomaton.of(style);
        this.tone = tone;
        this.spacing = spacing;
    }

    /**
     * Whether the line {@code s[from, to)} is certainly left unchanged by the line-local stages.
     * {@code from} is the start of a line ({@code 0} or after {@code '\n'}), {@code to} is its end
     * (a {@code '\n'} or the end of {@code s}).
     */
    boolean isClean(String s, int from, int to) {
        int i = from;
        int prev = NEWLINE; // kind of the char before i
        while (i < to) {
            int kc = KIND[s.charAt(i)];
            int k = kc & 15;
            if (k == LETTER) {
                int a = i;
                int st = syllables.start();
                while (true) {
                    st = syllables.step(st, kc >>> 4);
                    if (++i >= to) {
                        break;
                    }
                    kc = KIND[s.charAt(i)];
                    if ((kc & 15) != LETTER) {
                        break;
                    }
                }
                if (syllables.accepts(st)) {
                    if (prev == DIGIT || prev == PERCENT) {
                        return false; // 2022đã, 95%kế
                    }
                } else if (!rejectedRunClean(s, a, i, prev)) {
                    return false;
                }
                prev = LETTER;
                continue;
            }
            switch (k) {
                case SAFE:
                case DIGIT:
                case PERCENT:
                    break;
                case SPACE:
                    // one ASCII space between two characters of the line: nothing for the whitespace stage
                    if (prev == NEWLINE || prev == SPACE || i + 1 >= to) {
                        return false;
                    }
                    int nk = KIND[s.charAt(i + 1)] & 15;
                    if (nk == SPACE || nk == CR) {
                        return false;
                    }
                    break;
                case CR:
                    if (i + 1 != to || to == s.length()) {
                        return false; // only the \r of a \r\n line end is plain
                    }
                    break;
                case PUNCT:
                    if (i + 1 < to && kind(s.charAt(i + 1)) == LETTER && i > 0) {
                        return false; // năm.Về, 2024,Ủy (or a URL, an abbreviation: the stage decides)
                    }
                    break;
                case DASH:
                    if (dashNeedsLook(s, i, from, to)) {
                        return false;
                    }
                    break;
                default: // NEWLINE inside the range cannot happen; DIRTY
                    return false;
            }
            prev = k;
            i++;
        }
        return true;
    }

    /** The dash cases of the spacing stage: a space on one side only, letters around. */
    private static boolean dashNeedsLook(String s, int p, int from, int to) {
        boolean letterBefore = p > from && kind(s.charAt(p - 1)) == LETTER;
        boolean letterAfter = p + 1 < to && kind(s.charAt(p + 1)) == LETTER;
        boolean spaceBefore = p > from && s.charAt(p - 1) == ' ';
        boolean spaceAfter = p + 1 < to && s.charAt(p + 1) == ' ';
        return letterBefore && spaceAfter || spaceBefore && letterAfter;
    }

    /** A run the automaton rejects: clean when neither the tone stage nor the spacing stage would act on it. */
    private boolean rejectedRunClean(String s, int a, int b, int prev) {
        if (prev == DIGIT || prev == PERCENT) {
            return false;
        }
        if (tone.changes(s, a, b)) {
            return false;
        }
        return spacing == null || !spacing.mayChange(s, a, b);
    }
}
