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

    /** The packed-key class of letters no syllable uses (f, j, w, z, other scripts): no syllable key contains it. */
    private static final int NO_SYLLABLE_CLASS = (1 << SyllableAutomaton.KEY_BITS) - 1;

    /** Per char: the kind (low 4 bits) and, for letters, the {@link SyllableAutomaton#code} (above). */
    private static final char[] KIND = new char[0x10000];

    static {
        if (SyllableAutomaton.classCount() >= NO_SYLLABLE_CLASS) {
            throw new IllegalStateException("letter classes collide with the no-syllable class");
        }
        for (int c = 0; c < 0x10000; c++) {
            int k = kindOf((char) c);
            if (k == LETTER) {
                int code = SyllableAutomaton.code((char) c);
                if (code >>> 1 == 0) {
                    code = NO_SYLLABLE_CLASS << 1 | code; // a letter no syllable uses: no packed key will match
                }
                KIND[c] = (char) (k | code << 4);
            } else {
                KIND[c] = (char) k;
            }
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
        return !nextWindow(s, from, to, null);
    }

    /**
     * Plain syllables of context kept on each side of a dirty spot: more than any stage looks
     * (the spacing stage's lexicon window reads two syllables on each side).
     */
    static final int CONTEXT = 4; // a power of two (ring index)

    /**
     * Finds the first stretch of {@code s[from, to)} the line-local stages must see. {@code from} is
     * a line start or a cut returned before; {@code to} is the line's end. Returns {@code false} when
     * the rest is clean. Otherwise {@code window[0..1]} is the stretch and {@code window[2]} where to
     * go on. The stretch starts at a line start or a <em>cut</em> and ends at the line's end or
     * before a cut: a cut is the start of a plain syllable (accepted, lower case or Capitalised)
     * that follows another plain syllable and one space, with {@link #CONTEXT} plain syllables
     * between it and any dirty spot. No protected span, no stage decision crosses such a cut, so
     * the stages give on the stretch exactly what they give on the whole line. With {@code window}
     * null, only whether there is a dirty spot is asked, and the scan stops at the first.
     */
    boolean nextWindow(String s, int from, int to, int[] window) {
        int i = from;
        int prev = NEWLINE; // kind of the char before i
        int[] cuts = null;  // ring of the last CONTEXT cuts before the first dirty spot
        int cutCount = 0;
        int lastPlainEnd = -2;
        int dirtyStart = -1; // start of the window once a dirty spot is seen
        int cleanAfter = 0;  // plain syllables since the last dirty spot, each at a cut
        while (i < to) {
            int kc = KIND[s.charAt(i)];
            int k = kc & 15;
            if (k == LETTER) {
                // pack the letters' classes and case bits as we go (no dependent table walk), then one lookup
                int a = i;
                long key = 0;
                int upper = 0;
                while (true) {
                    int code = kc >>> 4;
                    key = key << SyllableAutomaton.KEY_BITS | (code >>> 1);
                    upper = upper << 1 | (code & 1);
                    if (++i >= to) {
                        break;
                    }
                    kc = KIND[s.charAt(i)];
                    if ((kc & 15) != LETTER) {
                        break;
                    }
                }
                int len = i - a;
                boolean accepted = syllables.containsRun(key, upper, len);
                // plain: lower case, or Capitalised with more than one letter
                boolean plain = accepted && (upper == 0 || len > 1 && upper == 1 << (len - 1));
                boolean dirty;
                if (accepted) {
                    dirty = prev == DIGIT || prev == PERCENT; // 2022đã, 95%kế
                } else {
                    dirty = !rejectedRunClean(s, a, i, prev);
                }
                prev = LETTER;
                if (!dirty) {
                    if (!plain) {
                        lastPlainEnd = -2;
                    } else {
                        if (lastPlainEnd == a - 1 && s.charAt(a - 1) == ' ') { // a cut
                            if (dirtyStart < 0) {
                                if (cuts == null) {
                                    cuts = new int[CONTEXT];
                                }
                                cuts[cutCount++ & (CONTEXT - 1)] = a;
                            } else if (++cleanAfter > CONTEXT) {
                                window[0] = dirtyStart;
                                window[1] = a - 1;
                                window[2] = a;
                                return true;
                            }
                        }
                        lastPlainEnd = i;
                    }
                    // the common separator, one space before the next word: nothing to check
                    if (i + 1 < to && s.charAt(i) == ' ' && (KIND[s.charAt(i + 1)] & 15) == LETTER) {
                        prev = SPACE;
                        i++;
                    }
                    continue;
                }
            } else {
                boolean dirty = !cleanChar(s, i, k, prev, from, to);
                prev = k;
                i++;
                if (!dirty) {
                    continue;
                }
            }
            // a dirty spot: the window starts CONTEXT cuts back, and ends only after CONTEXT more
            if (window == null) {
                return true;
            }
            if (dirtyStart < 0) {
                dirtyStart = windowStart(cuts, cutCount, from);
            }
            cleanAfter = 0;
            lastPlainEnd = -2;
        }
        if (dirtyStart < 0) {
            return false;
        }
        window[0] = dirtyStart;
        window[1] = to;
        window[2] = to;
        return true;
    }

    /** The oldest of the last {@link #CONTEXT} cuts, or {@code from} when there are fewer. */
    private static int windowStart(int[] cuts, int count, int from) {
        return count < CONTEXT ? from : cuts[count & (CONTEXT - 1)];
    }

    /** Whether the char {@code s[i]} (not a letter) is of no interest to any line-local stage. */
    private static boolean cleanChar(String s, int i, int k, int prev, int from, int to) {
        switch (k) {
            case SAFE:
            case DIGIT:
            case PERCENT:
                return true;
            case SPACE:
                // one ASCII space between two characters of the line: nothing for the whitespace stage
                if (prev == NEWLINE || prev == SPACE || i + 1 >= to) {
                    return false;
                }
                int nk = KIND[s.charAt(i + 1)] & 15;
                return nk != SPACE && nk != CR;
            case CR:
                return i + 1 == to && to < s.length(); // only the \r of a \r\n line end is plain
            case PUNCT:
                // năm.Về, 2024,Ủy (or a URL, an abbreviation: the stage decides)
                return !(i + 1 < to && kind(s.charAt(i + 1)) == LETTER && i > 0);
            case DASH:
                return !dashNeedsLook(s, i, from, to);
            default: // DIRTY
                return false;
        }
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
