package io.github.vietnorm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    // ------------------------------------------------------------------ the one-table scan
    // Columns of the scan table: one per kind of char that is no letter, then one per letter:
    // LETTERS + (lower-case class << 1 | 1 for a capital); class 0 = a letter no syllable uses.
    private static final int COL_SAFE = 0;
    private static final int COL_SPACE = 1;
    private static final int COL_CR = 2;
    private static final int COL_DIGIT = 3; // digits and %: a letter after them is glued to a number
    private static final int COL_PUNCT = 4;
    private static final int COL_DASH = 5;
    private static final int COL_DIRTY = 6;
    private static final int COL_NEWLINE = 7;
    private static final int LETTERS = 8;
    private static final int COLUMNS = LETTERS + 2 * SyllableAutomaton.classCount();

    /** Per char: its column. */
    private static final char[] COLUMN = new char[0x10000];

    static {
        for (int c = 0; c < 0x10000; c++) {
            int col;
            switch (KIND[c] & 15) {
                case LETTER: col = LETTERS + (SyllableAutomaton.letterClass((char) c) << 1 | (Character.isUpperCase(c) ? 1 : 0)); break;
                case SAFE: col = COL_SAFE; break;
                case SPACE: col = COL_SPACE; break;
                case CR: col = COL_CR; break;
                case NEWLINE: col = COL_NEWLINE; break;
                case DIGIT: case PERCENT: col = COL_DIGIT; break;
                case PUNCT: col = COL_PUNCT; break;
                case DASH: col = COL_DASH; break;
                default: col = COL_DIRTY; break;
            }
            COLUMN[c] = (char) col;
        }
    }

    private final SyllableAutomaton syllables;
    private final TonePlacement tone;
    private final RunTogetherSplitting spacing; // null when the stage is off

    /**
     * The scan table: {@code scan[row + column]} is the next row, premultiplied by {@link #COLUMNS}.
     * The first rows are inside a letter run: row 0 a run that is no syllable (or in mixed case),
     * then the tone style's syllable automaton times the run's case so far (lower or Capitalised,
     * one capital, all capitals), as far as reachable. Then the rows below, by what the char before
     * was; rows from {@link #rejectRow} on are events.
     */
    private final char[] scan;
    private final int lineStartRow;
    private final int afterWordRow;
    private final int afterCrRow;
    private final int rejectRow; // a letter run that is no syllable just ended: ask the stages
    private final int eventRow;  // rejectRow and above: stop stepping

    // the rows after the run's, by what the char before was (offsets from the run rows' count)
    private static final int LINE_START = 0;   // nothing: the line starts
    private static final int OTHER = 1;        // a char of no interest
    private static final int AFTER_WORD = 2;   // a syllable
    private static final int AFTER_SPACE = 3;
    private static final int AFTER_DIGIT = 4;  // a digit or %
    private static final int AFTER_PUNCT = 5;
    private static final int AFTER_DASH_L = 6; // a dash after a letter
    private static final int AFTER_DASH_S = 7; // a dash after a space
    private static final int AFTER_CR = 8;
    private static final int REJECT = 9;       // events from here on
    private static final int DIRTY_SPOT = 10;
    private static final int EXTRA_ROWS = 11;

    // the case of a run so far: lower case or Capitalised, one capital, two or more capitals
    private static final int CASE_LOWER = 0;
    private static final int CASE_ONE_UPPER = 1;
    private static final int CASE_ALL_UPPER = 2;
    private static final int CASE_STATES = 3;

    QuickCheck(ToneStyle style, TonePlacement tone, RunTogetherSplitting spacing) {
        this.syllables = SyllableAutomaton.of(style);
        this.tone = tone;
        this.spacing = spacing;
        // run rows: (automaton state, case) pairs reachable from a run's first letter, numbered from 1
        Map<Integer, Integer> runRow = new HashMap<>();
        List<int[]> runs = new ArrayList<>();
        runs.add(null); // row 0: no syllable
        int[] firstLetter = new int[2 * SyllableAutomaton.classCount()];
        for (int k = 0; k < firstLetter.length; k++) {
            firstLetter[k] = runRow(syllables.transition(1, k >>> 1), (k & 1) == 0 ? CASE_LOWER : CASE_ONE_UPPER, runRow, runs);
        }
        List<int[]> rowsTo = new ArrayList<>(); // per run row >= 1, the run row after each letter
        rowsTo.add(null);
        for (int r = 1; r < runs.size(); r++) { // runs grows while we go: breadth first
            int[] pair = runs.get(r);
            int[] to = new int[firstLetter.length];
            for (int k = 0; k < to.length; k++) {
                boolean upper = (k & 1) != 0;
                int c = pair[1];
                int nextCase = c == CASE_LOWER ? (upper ? -1 : CASE_LOWER)
                        : c == CASE_ONE_UPPER ? (upper ? CASE_ALL_UPPER : CASE_LOWER)
                        : (upper ? CASE_ALL_UPPER : -1);
                to[k] = nextCase < 0 ? 0 : runRow(syllables.transition(pair[0], k >>> 1), nextCase, runRow, runs);
            }
            rowsTo.add(to);
        }
        int base = runs.size();
        int rows = base + EXTRA_ROWS;
        if (rows * COLUMNS > 0xFFFF) {
            throw new IllegalStateException("scan table too large: " + rows + " rows");
        }
        char[] t = new char[rows * COLUMNS];
        for (int r = 0; r < rows; r++) {
            for (int col = 0; col < COLUMNS; col++) {
                int to;
                if (r < base) { // inside a letter run
                    if (col >= LETTERS) {
                        to = r == 0 ? 0 : rowsTo.get(r)[col - LETTERS];
                    } else if (r != 0 && syllables.isAccepting(runs.get(r)[0])) {
                        to = base + afterChar(AFTER_WORD, col);
                    } else {
                        to = base + REJECT;
                    }
                } else if (col >= LETTERS) { // a run starts
                    int prev = r - base;
                    boolean glued = prev == AFTER_DIGIT || prev == AFTER_PUNCT || prev == AFTER_DASH_S || prev >= AFTER_CR;
                    to = glued ? base + DIRTY_SPOT : firstLetter[col - LETTERS];
                } else {
                    to = base + afterChar(r - base, col);
                }
                t[r * COLUMNS + col] = (char) (to * COLUMNS);
            }
        }
        this.scan = t;
        this.lineStartRow = (base + LINE_START) * COLUMNS;
        this.afterWordRow = (base + AFTER_WORD) * COLUMNS;
        this.afterCrRow = (base + AFTER_CR) * COLUMNS;
        this.rejectRow = (base + REJECT) * COLUMNS;
        this.eventRow = rejectRow;
    }

    /** The run row of (automaton state, case), numbered on first sight; 0 for the dead state. */
    private static int runRow(int state, int caseState, Map<Integer, Integer> rows, List<int[]> runs) {
        if (state == SyllableAutomaton.DEAD) {
            return 0;
        }
        return rows.computeIfAbsent(state * CASE_STATES + caseState, key -> {
            runs.add(new int[] {state, caseState});
            return runs.size() - 1;
        });
    }

    /** The row (an offset from the automaton's) after a char of column {@code col}, not a letter, that follows {@code prev}. */
    private static int afterChar(int prev, int col) {
        if (col == COL_NEWLINE) { // the line ends: not after a space; a \r before it is its line end
            return prev == AFTER_SPACE || prev >= REJECT ? DIRTY_SPOT : LINE_START;
        }
        if (prev >= AFTER_CR) {
            return DIRTY_SPOT; // only the \r of a \r\n line end is plain; events stay events
        }
        switch (col) {
            case COL_SPACE: // one space between two chars: not at the line start, not doubled, not after "word-"
                return prev == LINE_START || prev == AFTER_SPACE || prev == AFTER_DASH_L ? DIRTY_SPOT : AFTER_SPACE;
            case COL_CR:
                return prev == AFTER_SPACE ? DIRTY_SPOT : AFTER_CR;
            case COL_DIGIT:
                return AFTER_DIGIT;
            case COL_PUNCT:
                return AFTER_PUNCT;
            case COL_DASH: // a dash after a letter must not be followed by a space, one after a space not by a letter
                return prev == AFTER_WORD ? AFTER_DASH_L : prev == AFTER_SPACE ? AFTER_DASH_S : OTHER;
            case COL_SAFE:
                return OTHER;
            default:
                return DIRTY_SPOT;
        }
    }

    /**
     * Whether the line {@code s[from, to)} is proved clean by the one-table scan of
     * {@link #firstDirtyLine}. {@code false} means "not proved": the exact scan decides.
     */
    boolean provedClean(String s, int from, int to) {
        return firstDirtyLine(s, from, to) == to;
    }

    /**
     * The start of the first line of {@code s[from, to)} the one-table scan cannot prove clean, or
     * {@code to} when it proves them all. {@code from} is a line start, {@code to} a line end (a
     * {@code '\n'} or the end of {@code s}). Per char, one step of the tone style's syllable automaton
     * times the run's case, compiled together with the rules of {@link #cleanChar} (in one table: no
     * branch but the rare event test); per letter run that is no syllable (or in mixed case), one
     * question to the stages, as the exact scan asks them. Lines it cannot prove (anything a stage
     * would look at) are left to the exact scan of {@link #exactWindow}.
     *
     * <p>One stream of steps is a chain of dependent loads (each row is read at the row the step
     * before read), so a long text is walked in stretches of two streams of whole lines that step
     * in the same loop and so wait for their loads together: about twice as fast on clean text (four
     * streams measured slower than two).
     */
    int firstDirtyLine(String s, int from, int to) {
        int a = from;
        while (to - a >= 2 * STRETCH) {
            int b = s.indexOf('\n', a + STRETCH) + 1; // stream A: the whole lines [a, b)
            if (b <= 0 || b >= to) {
                break;
            }
            int nl = s.indexOf('\n', b + (b - a) - 1); // stream B: as many whole lines, up to to
            int end = nl < 0 || nl >= to ? to : nl + 1;
            int dirty = twoStreams(s, a, b, end);
            if (dirty < end) {
                return dirty;
            }
            a = end;
        }
        return oneStream(s, a, a, lineStartRow, to);
    }

    /**
     * Chars per stream of {@link #firstDirtyLine} at least: many lines, so the part of a line left
     * to one stream is little, and few, so a line not proved wastes little of the other stream.
     */
    static final int STRETCH = 4096;

    /**
     * {@link #firstDirtyLine} of {@code s[a, end)} as two streams, the lines {@code [a, b)} and
     * {@code [b, end)}, stepped side by side while both last, the rest of the longer one alone. A
     * line stream B cannot prove is the answer only once stream A, before it, is proved.
     */
    private int twoStreams(String s, int a, int b, int end) {
        int d = b - a; // stream B is at i + d
        int endA = a + Math.min(d, end - b);
        int rowA = lineStartRow;
        int rowB = lineStartRow;
        int i = a;
        while (true) {
            long state = stepBoth(s, i, d, endA, rowA, rowB);
            i = (int) (state >>> 32);
            rowA = (int) state >>> 16;
            rowB = (int) state & 0xFFFF;
            if (i == endA) {
                break;
            }
            // an event at s[i] in one of the streams: step both past it as one stream does
            int col = COLUMN[s.charAt(i)];
            if ((rowA = scan[rowA + col]) >= eventRow && (rowA = afterEvent(s, a, i, rowA, col)) < 0) {
                return lineStart(s, a, i);
            }
            col = COLUMN[s.charAt(i + d)];
            if ((rowB = scan[rowB + col]) >= eventRow && (rowB = afterEvent(s, b, i + d, rowB, col)) < 0) {
                int dirtyA = oneStream(s, a, i + 1, rowA, b);
                return dirtyA < b ? dirtyA : lineStart(s, b, i + d);
            }
            i++;
        }
        int dirtyA = oneStream(s, a, i, rowA, b);
        return dirtyA < b ? dirtyA : oneStream(s, b, i + d, rowB, end);
    }

    /** Steps one stream from {@code s[i]} in {@code row} up to {@code to} or the first event, as {@link #stepBoth} does two. */
    private long stepOne(String s, int i, int to, int row) {
        char[] t = scan;
        int events = eventRow;
        for (; i < to; i++) {
            int next = t[row + COLUMN[s.charAt(i)]];
            if (next >= events) {
                break;
            }
            row = next;
        }
        return (long) i << 32 | row;
    }

    /**
     * Steps stream A from {@code s[i]} and stream B from {@code s[i + d]}, in {@code rowA} and
     * {@code rowB}, up to {@code endA} or the first char that is an event in either. Returns that
     * position (high 32 bits) and the rows before it (16 bits each: the table is a {@code char[]}).
     * The events are handled by the caller: with their code (the stages' questions) compiled into
     * the same method, the loop measured up to 1.6 times slower.
     */
    private long stepBoth(String s, int i, int d, int endA, int rowA, int rowB) {
        char[] t = scan;
        int events = eventRow;
        for (; i < endA; i++) {
            int nextA = t[rowA + COLUMN[s.charAt(i)]];
            int nextB = t[rowB + COLUMN[s.charAt(i + d)]];
            if (nextA >= events || nextB >= events) {
                break;
            }
            rowA = nextA;
            rowB = nextB;
        }
        return (long) i << 32 | (rowA << 16 | rowB) & 0xFFFFFFFFL;
    }

    /**
     * {@link #firstDirtyLine} of the stream of lines {@code s[from, to)}, from {@code s[i]} on, in
     * {@code row} after {@code s[i - 1]}.
     */
    private int oneStream(String s, int from, int i, int row, int to) {
        char[] t = scan;
        int events = eventRow;
        while (true) {
            long state = stepOne(s, i, to, row);
            i = (int) (state >>> 32);
            row = (int) state;
            if (i == to) {
                break;
            }
            int col = COLUMN[s.charAt(i)];
            if ((row = afterEvent(s, from, i, t[row + col], col)) < 0) {
                return lineStart(s, from, i);
            }
            i++;
        }
        // the last line ends at to: as if at a '\n', but a \r at the very end of s is no line end
        if (row == afterCrRow && to == s.length() || t[row + COL_NEWLINE] >= events && afterEvent(s, from, to, t[row + COL_NEWLINE], COL_NEWLINE) < 0) {
            return lineStart(s, from, to);
        }
        return to;
    }

    /**
     * The row after the event {@code row} at {@code s[i]} (of column {@code col}) in the stream of
     * lines from {@code from}, or -1 when the line is not proved. A letter run the automaton rejects
     * is asked of the stages; if they leave it, the scan goes on as after a syllable.
     */
    private int afterEvent(String s, int from, int i, int row, int col) {
        if (row != rejectRow || !rejectedRunClean(s, runStart(s, from, i), i)) {
            return -1;
        }
        row = scan[afterWordRow + col];
        return row >= eventRow ? -1 : row;
    }

    /** The start of the line that holds {@code s[i - 1]} ({@code from} at most). */
    private static int lineStart(String s, int from, int i) {
        return i <= from ? from : Math.max(from, s.lastIndexOf('\n', i - 1) + 1);
    }

    /** The start of the letter run that ends at {@code end}. */
    private static int runStart(String s, int from, int end) {
        int a = end;
        while (a > from && (KIND[s.charAt(a - 1)] & 15) == LETTER) {
            a--;
        }
        return a;
    }

    /**
     * Whether the line {@code s[from, to)} is certainly left unchanged by the line-local stages.
     * {@code from} is the start of a line ({@code 0} or after {@code '\n'}), {@code to} is its end
     * (a {@code '\n'} or the end of {@code s}).
     */
    boolean isClean(String s, int from, int to) {
        return provedClean(s, from, to) || !exactWindow(s, from, to, null);
    }

    /**
     * Plain syllables of context kept on each side of a dirty spot: more than any stage looks
     * (the spacing stage's lexicon window reads two syllables on each side).
     */
    static final int CONTEXT = 4; // a power of two (ring index)

    /** {@code window[3]}: only the spacing stage acts on the window's dirty spots. */
    static final int SPACING_ONLY = 1;
    /** {@code window[3]}: some dirty spot may need a stage before the spacing stage. */
    static final int ANY_STAGE = 3;

    /**
     * The exact scan, for a line the one-table scan could not prove: finds the first stretch of
     * {@code s[from, to)} the line-local stages must see. {@code from} is
     * a line start or a cut returned before; {@code to} is the line's end. Returns {@code false} when
     * the rest is clean. Otherwise {@code window[0..1]} is the stretch and {@code window[2]} where to
     * go on. The stretch starts at a line start or a <em>cut</em> and ends at the line's end or
     * before a cut: a cut is the start of a plain syllable (accepted, lower case or Capitalised)
     * that follows another plain syllable and one space, with {@link #CONTEXT} plain syllables
     * between it and any dirty spot. No protected span, no stage decision crosses such a cut, so
     * the stages give on the stretch exactly what they give on the whole line. {@code window[3]}
     * says which stages the dirty spots need: {@link #SPACING_ONLY} when only the spacing stage
     * would act on any of them (a run-together word, punctuation glued to a word), so the stages
     * before it would change nothing there; else {@link #ANY_STAGE}. With {@code window} null, only
     * whether there is a dirty spot is asked, and the scan stops at the first.
     */
    boolean exactWindow(String s, int from, int to, int[] window) {
        int i = from;
        int prev = NEWLINE; // kind of the char before i
        int[] cuts = null;  // ring of the last CONTEXT cuts before the first dirty spot
        int cutCount = 0;
        int lastPlainEnd = -2;
        int dirtyStart = -1; // start of the window once a dirty spot is seen
        int cleanAfter = 0;  // plain syllables since the last dirty spot, each at a cut
        int needs = 0;       // SPACING_ONLY or ANY_STAGE, over the window's dirty spots
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
                int spot; // the stages the run needs, 0 for none
                if (prev == DIGIT || prev == PERCENT) { // 2022đã, 95%kế: a space to insert, and maybe a mark to move
                    spot = accepted || !tone.changes(s, a, i) ? SPACING_ONLY : ANY_STAGE;
                } else if (accepted) {
                    spot = 0;
                } else {
                    spot = rejectedRunNeeds(s, a, i);
                }
                prev = LETTER;
                needs |= spot;
                if (spot == 0) {
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
                                window[3] = needs;
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
                // glued punctuation and the dash cases are the spacing stage's; spaces, line ends, invisible and other chars not
                needs |= k == PUNCT || k == DASH ? SPACING_ONLY : ANY_STAGE;
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
        window[3] = needs;
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

    /**
     * The stages a run the automaton rejects (not glued to a number) needs: 0 when neither the tone
     * stage nor the spacing stage would act on it, {@link #SPACING_ONLY} when only the spacing stage would.
     */
    private int rejectedRunNeeds(String s, int a, int b) {
        if (tone.changes(s, a, b)) {
            return ANY_STAGE;
        }
        return spacing != null && spacing.mayChange(s, a, b) ? SPACING_ONLY : 0;
    }

    /** A run the automaton rejects, not glued to a number: clean when neither the tone stage nor the spacing stage would act on it. */
    private boolean rejectedRunClean(String s, int a, int b) {
        return rejectedRunNeeds(s, a, b) == 0;
    }
}
