package io.github.vietnorm;

import io.github.vietnorm.dictionaries.Lexicon;

/**
 * The {@link SplitChooser} that uses the lexicon: among the segmentations of a run into valid
 * syllables, each is scored by the cheapest segmentation into lexicon words of a small window
 * (two syllables of context on each side, the candidate's syllables in between); the cheapest wins
 * if it beats the runner-up by {@link #MARGIN}. A candidate with a syllable that no lexicon word
 * contains ({@code thự|chiện}, {@code CHƯƠN|GI}) is not considered. The grammar-only guards of
 * {@link SyllableSplitChooser} (loanwords, misplaced tone marks, doubled vowels) apply first.
 *
 * <pre>
 * đơn vịtrực ban   → vị|trực ("đơn vị", "trực ban") beats vịt|rực
 * tổng kếtthực hiện → kết|thực, the only candidate, all syllables known
 * </pre>
 */
final class LexiconSplitChooser implements SplitChooser {
    /** How much cheaper (in -ln p) the best candidate must be than the runner-up. */
    static final float MARGIN = 3f;
    /** Cost of a known syllable that is not a word by itself. */
    static final float UNKNOWN_WORD = 14f;
    /** Ceiling of a word's cost, as in the segmenter: rare entries still beat their syllables. */
    static final float MAX_COST = 14f;
    /** Candidates examined per run. */
    private static final int MAX_CANDIDATES = 8;
    /** Syllables of context on each side. */
    private static final int CONTEXT = 2;

    /** The chooser over {@link Lexicon#standard()}, loaded on the first run that needs it. */
    static final LexiconSplitChooser STANDARD = new LexiconSplitChooser(null);

    private final Lexicon given;

    /** @param lexicon the lexicon, or null for {@link Lexicon#standard()} loaded on first use */
    LexiconSplitChooser(Lexicon lexicon) {
        this.given = lexicon;
    }

    /**
     * {@code false} for runs that {@link #choose} turns down before consulting the lexicon, or that
     * do not split into two valid syllables or more at all ({@code container}, {@code fax}).
     */
    @Override
    public boolean maySplit(CharSequence text, int start, int end) {
        return !turnedDown(text, start, end, SyllableSplitChooser.hasVietnameseLetter(text, start, end))
                && SyllableSplitChooser.enumerate(text, start, end, new int[end - start + 1], new int[1], 1) > 0;
    }

    /**
     * A run left alone before the lexicon is asked: unaccented and not lower case ({@code Hanoi},
     * {@code VietNam}, {@code HABECO}: likely a name), a solid loanword, or one misplaced-tone syllable.
     */
    private static boolean turnedDown(CharSequence text, int start, int end, boolean vietnamese) {
        return !vietnamese && !allLower(text, start, end) || !SyllableSplitChooser.INSTANCE.plausibleLetters(text, start, end);
    }

    @Override
    public int choose(CharSequence text, int start, int end, int[] cuts) {
        boolean vietnamese = SyllableSplitChooser.hasVietnameseLetter(text, start, end);
        if (turnedDown(text, start, end, vietnamese)) {
            return 0;
        }
        Lexicon lexicon = given != null ? given : Lexicon.standard(); // loaded only when a run needs it
        int len = end - start;
        int[][] found = new int[MAX_CANDIDATES][];
        int count = collect(lexicon, text, start, end, 0, new int[len + 1], 0, found, 0);
        if (count == 0) {
            return 0;
        }
        // context: up to two syllables before and after, on the same line, one space apart
        int[] window = new int[2 * CONTEXT + len];
        int[] wEnd = new int[2 * CONTEXT + len];
        int before = contextBefore(text, start, window, wEnd);
        int best = -1;
        float bestCost = Float.POSITIVE_INFINITY;
        float second = Float.POSITIVE_INFINITY;
        for (int c = 0; c < count; c++) {
            int[] cand = found[c];
            if (cand == null || !SyllableSplitChooser.INSTANCE.plausibleCuts(text, start, end, cand, cand.length)) {
                continue;
            }
            int w = before;
            for (int i = 0; i < cand.length; i++) {
                window[w] = cand[i];
                wEnd[w] = i + 1 < cand.length ? cand[i + 1] : end;
                w++;
            }
            w = contextAfter(text, end, window, wEnd, w);
            float cost = windowCost(lexicon, text, window, wEnd, w);
            if (cost < bestCost) {
                second = bestCost;
                bestCost = cost;
                best = c;
            } else if (cost < second) {
                second = cost;
            }
        }
        if (best < 0 || bestCost == Float.POSITIVE_INFINITY || second - bestCost < MARGIN) {
            return 0;
        }
        int[] chosen = found[best];
        if (!vietnamese) {
            // unaccented (theoquy, saukhi; not taxi, meta): every syllable a word by itself, and one
            // of them part of a lexicon word of two syllables or more in the best reading
            int w = before;
            for (int i = 0; i < chosen.length; i++) {
                window[w] = chosen[i];
                wEnd[w] = i + 1 < chosen.length ? chosen[i + 1] : end;
                w++;
            }
            w = contextAfter(text, end, window, wEnd, w);
            if (!allWords(lexicon, text, chosen, end) || !compoundCovers(lexicon, text, window, wEnd, w, before, before + chosen.length)) {
                return 0;
            }
        }
        System.arraycopy(chosen, 0, cuts, 0, chosen.length);
        return chosen.length;
    }

    private static boolean allLower(CharSequence text, int start, int end) {
        for (int k = start; k < end; k++) {
            if (!SpanScanner.isLower(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean allWords(Lexicon lexicon, CharSequence text, int[] cuts, int end) {
        for (int i = 0; i < cuts.length; i++) {
            int e = i + 1 < cuts.length ? cuts[i + 1] : end;
            int state = lexicon.next(Lexicon.ROOT, lexicon.syllableId(text, cuts[i], e));
            if (state < 0 || !lexicon.isWord(state)) {
                return false;
            }
        }
        return true;
    }

    /** Collects segmentations of {@code [start, end)} whose syllables the lexicon knows. */
    private int collect(Lexicon lexicon, CharSequence text, int start, int end, int k, int[] stack, int depth, int[][] found, int count) {
        if (start + k == end) {
            if (depth >= 2 && count < found.length) {
                int[] c = new int[depth];
                for (int i = 0; i < depth; i++) {
                    c[i] = start + stack[i];
                }
                found[count++] = c;
            }
            return count;
        }
        int a = start + k;
        int lengths = SyllableSplitChooser.syllableLengths(text, a, end);
        for (int l = 1; l <= SyllableSplitChooser.MAX_SYLLABLE && start + k + l <= end && count < found.length; l++) {
            if ((lengths & 1 << l) != 0 && lexicon.syllableId(text, a, a + l) >= 0) {
                stack[depth] = k;
                count = collect(lexicon, text, start, end, k + l, stack, depth + 1, found, count);
            }
        }
        return count;
    }

    private static int contextBefore(CharSequence text, int start, int[] window, int[] wEnd) {
        int[] s = new int[CONTEXT];
        int[] e = new int[CONTEXT];
        int got = 0;
        int pos = start;
        while (got < CONTEXT && pos >= 2 && text.charAt(pos - 1) == ' ' && SpanScanner.isLetter(text.charAt(pos - 2))) {
            int b = pos - 1;
            int a = b;
            while (a > 0 && SpanScanner.isLetter(text.charAt(a - 1))) {
                a--;
            }
            if (b - a > SyllableSplitChooser.MAX_SYLLABLE || !SyllableCheck.isValid(text, a, b)) {
                break;
            }
            s[got] = a;
            e[got] = b;
            got++;
            pos = a;
        }
        for (int i = 0; i < got; i++) {
            window[i] = s[got - 1 - i];
            wEnd[i] = e[got - 1 - i];
        }
        return got;
    }

    private static int contextAfter(CharSequence text, int end, int[] window, int[] wEnd, int w) {
        int pos = end;
        int n = text.length();
        for (int got = 0; got < CONTEXT && pos + 1 < n && text.charAt(pos) == ' ' && SpanScanner.isLetter(text.charAt(pos + 1)); got++) {
            int a = pos + 1;
            int b = a;
            while (b < n && SpanScanner.isLetter(text.charAt(b))) {
                b++;
            }
            if (b - a > SyllableSplitChooser.MAX_SYLLABLE || !SyllableCheck.isValid(text, a, b)) {
                break;
            }
            window[w] = a;
            wEnd[w] = b;
            w++;
            pos = b;
        }
        return w;
    }

    /** Cheapest segmentation of the window's syllables into lexicon words (Viterbi). */
    private static float windowCost(Lexicon lexicon, CharSequence text, int[] window, int[] wEnd, int w) {
        return viterbi(lexicon, text, window, wEnd, w, null);
    }

    /** Whether the cheapest reading of the window has a multi-syllable word overlapping {@code [from, to)}. */
    private static boolean compoundCovers(Lexicon lexicon, CharSequence text, int[] window, int[] wEnd, int w, int from, int to) {
        int[] back = new int[w + 1];
        viterbi(lexicon, text, window, wEnd, w, back);
        for (int k = w; k > 0; k = back[k]) {
            int j = back[k];
            if (k - j >= 2 && j < to && k > from) {
                return true;
            }
        }
        return false;
    }

    private static float viterbi(Lexicon lexicon, CharSequence text, int[] window, int[] wEnd, int w, int[] back) {
        int[] ids = new int[w];
        for (int i = 0; i < w; i++) {
            ids[i] = lexicon.syllableId(text, window[i], wEnd[i]);
        }
        float[] best = new float[w + 1];
        for (int k = 1; k <= w; k++) {
            best[k] = Float.POSITIVE_INFINITY;
        }
        for (int j = 0; j < w; j++) {
            float base = best[j];
            int state = lexicon.next(Lexicon.ROOT, ids[j]);
            float single = state >= 0 && lexicon.isWord(state) ? Math.min(MAX_COST, lexicon.cost(state)) : UNKNOWN_WORD;
            if (base + single < best[j + 1]) {
                best[j + 1] = base + single;
                if (back != null) {
                    back[j + 1] = j;
                }
            }
            for (int k = j + 1; k < w && state >= 0; k++) {
                state = lexicon.next(state, ids[k]);
                if (state >= 0 && lexicon.isWord(state) && !lexicon.isComposite(state)) {
                    float t = base + Math.min(MAX_COST, lexicon.cost(state));
                    if (t < best[k + 1]) {
                        best[k + 1] = t;
                        if (back != null) {
                            back[k + 1] = j;
                        }
                    }
                }
            }
        }
        return best[w];
    }
}
