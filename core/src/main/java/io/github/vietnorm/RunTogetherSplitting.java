package io.github.vietnorm;

/**
 * Spacing stage: inserts the spaces that careless editing dropped, and nothing else (it only ever
 * inserts one ASCII space, never inside a {@link ProtectedSpans protected span}).
 *
 * <ul>
 *   <li>{@link EditReason#RUN_TOGETHER_SPLIT}: a lower-case or Capitalised letter run that is not a
 *       syllable but splits into valid syllables in one confident way ({@code kếtthực} →
 *       {@code kết thực}); ambiguous runs are decided by a {@link SplitChooser} or left alone.</li>
 *   <li>{@link EditReason#CASE_BOUNDARY_SPLIT}: a lower→upper change between two syllables
 *       ({@code tâmThông}); names like {@code VNeID} or {@code MobiFone} are protected spans; also a
 *       Capitalised syllable glued to an abbreviation ({@code KH&CNXuất}).</li>
 *   <li>{@link EditReason#NUMBER_WORD_SPACE}: a number, percentage, date, time or document code
 *       directly followed by a word ({@code 2022đã}, {@code 95%kế}); units ({@code 20ha}) are part
 *       of the number's span, and single letters ({@code 12a}) are not words here.</li>
 *   <li>{@link EditReason#PUNCTUATION_SPACE}: {@code . , ; : ! ?} directly followed by a word
 *       ({@code năm.Về}, {@code 2024,Ủy}); a lower-case word after {@code .} only if it is
 *       recognisably Vietnamese.</li>
 *   <li>{@link EditReason#DASH_SPACE}: a dash between words with a space on one side only
 *       ({@code Hùng- Phó} → {@code Hùng - Phó}).</li>
 * </ul>
 *
 * <p>Clean text costs one pass and no allocation proportional to its length: the protected spans
 * are only scanned once a candidate is seen.
 */
final class RunTogetherSplitting implements Stage {
    /** Longest letter run considered for splitting (longer runs are not Vietnamese text). */
    private static final int MAX_RUN = 28;
    /** How far the legacy-text check looks on each side (bounded, so a line without spaces stays linear). */
    private static final int LEGACY_REACH = 64;

    private final SplitChooser chooser;

    RunTogetherSplitting(SplitChooser chooser) {
        this.chooser = chooser;
    }

    @Override
    public void apply(String s, TextRewriter out, StageContext context) {
        new Pass(s, out, context, chooser).run();
    }

    /**
     * Whether this stage may insert a space in or before the maximal letter run {@code s[a, b)}
     * (before the protected spans are consulted, which can only veto): the question
     * {@link QuickCheck} asks about a run that is not one syllable. Punctuation and dashes next to
     * the run are not considered.
     */
    boolean mayChange(String s, int a, int b) {
        Pass p = new Pass(s, null, null, chooser);
        p.conservative = true;
        return p.mayChangeRun(a, b);
    }

    /** Per-call state of one application of the stage. */
    private static final class Pass {
        private final String s;
        private final int n;
        private final TextRewriter out;
        private final StageContext context;
        private final SplitChooser chooser;
        private ProtectedSpans spans;
        private int lastInsert = -1;
        private int[] cuts;
        /** The run {@link #segment} last chose for (its cuts are still in {@link #cuts}), and the count. */
        private int segStart = -1;
        private int segEnd = -1;
        private int segCount;
        /** Answer "may split" from {@link SplitChooser#maySplit} instead of choosing (the quick check's question). */
        boolean conservative;

        Pass(String s, TextRewriter out, StageContext context, SplitChooser chooser) {
            this.s = s;
            this.n = s.length();
            this.out = out;
            this.context = context;
            this.chooser = chooser;
        }

        private ProtectedSpans spans() {
            if (spans == null) {
                spans = context.protectedSpans(s);
            }
            return spans;
        }

        private void insert(int position, EditReason reason) {
            if (position <= lastInsert || position <= 0 || position >= n || spans().splits(position)
                    || looksLegacy(position)) {
                return;
            }
            lastInsert = position;
            out.insert(position, " ", reason);
        }

        /**
         * Whether the space-delimited token around {@code position} still looks legacy-encoded
         * (Latin-1 symbols, soft hyphen): such text is left to the legacy-encoding repair.
         */
        private boolean looksLegacy(int position) {
            int lo = Math.max(0, position - LEGACY_REACH);
            int hi = Math.min(n, position + LEGACY_REACH);
            for (int k = position - 1; k >= lo && s.charAt(k) != ' ' && s.charAt(k) != '\n'; k--) {
                if (legacyChar(s.charAt(k))) {
                    return true;
                }
            }
            for (int k = position; k < hi && s.charAt(k) != ' ' && s.charAt(k) != '\n'; k++) {
                if (legacyChar(s.charAt(k))) {
                    return true;
                }
            }
            return false;
        }

        private static boolean legacyChar(char c) {
            return c >= 0x80 && c <= 0xFF && (c == 0xAD || WhitespaceAndInvisibles.isLegacyMarker(c));
        }

        void run() {
            int i = 0;
            while (i < n) {
                char c = s.charAt(i);
                if (SpanScanner.isLetter(c)) {
                    int j = i + 1;
                    while (j < n && SpanScanner.isLetter(s.charAt(j))) {
                        j++;
                    }
                    letterRun(i, j);
                    i = j;
                    continue;
                }
                switch (c) {
                    case '.': case ',': case ';': case ':': case '!': case '?':
                        if (i + 1 < n && SpanScanner.isLetter(s.charAt(i + 1)) && i > 0) {
                            punctuation(i);
                        }
                        break;
                    case '-': case '–': case '—':
                        dash(i);
                        break;
                    default:
                        break;
                }
                i++;
            }
        }

        // -------------------------------------------------------------- punctuation and dashes

        private void punctuation(int p) {
            char prev = s.charAt(p - 1);
            if (!(SpanScanner.isAlnum(prev) || prev == ')' || prev == '"' || prev == '”' || prev == '’' || prev == '%'
                    || prev == ']' || (prev == '.' && s.charAt(p) == '.'))) {
                return;
            }
            int wordEnd = letterRunEnd(p + 1);
            if (wordEnd - (p + 1) < 2 && !(wordEnd - (p + 1) == 1 && s.charAt(p + 1) >= 0x80
                    && SyllableCheck.isCommonLoneVowel(s.charAt(p + 1)))) {
                return; // a single letter: enumerations and formulas ("a,b", "N,N-dialkyl", "[b,d]")
            }
            char c = s.charAt(p);
            if (c == '.' && !hasLower(p + 1, wordEnd) && !isWord(p + 1, wordEnd)) {
                return; // "quốc gia.VN": an upper-case code after a full stop
            }
            if (c == '.' && !SpanScanner.isUpper(s.charAt(p + 1))) {
                // a lower-case word after a full stop: only a recognisably Vietnamese one (not "index.html")
                int pieceEnd = firstPieceEnd(p + 1, wordEnd);
                if (!hasNonAscii(p + 1, pieceEnd) || !isWord(p + 1, pieceEnd) || !hasNonAsciiOrDigitBefore(p)) {
                    return;
                }
            }
            ProtectedSpans sp = spans();
            if (sp.indexAt(p) >= 0 || sp.splits(p + 1)) {
                return;
            }
            insert(p + 1, EditReason.PUNCTUATION_SPACE);
        }

        private boolean hasLower(int from, int to) {
            for (int k = from; k < to; k++) {
                if (SpanScanner.isLower(s.charAt(k))) {
                    return true;
                }
            }
            return false;
        }

        private boolean hasNonAsciiOrDigitBefore(int p) {
            int k = p - 1;
            while (k >= 0 && SpanScanner.isAlnum(s.charAt(k))) {
                if (s.charAt(k) >= 0x80 || SpanScanner.isDigit(s.charAt(k))) {
                    return true;
                }
                k--;
            }
            return false;
        }

        /** A dash with a space on one side only, between two Vietnamese words ({@code Hùng- Phó}, {@code Tự do -Hạnh}). */
        private void dash(int p) {
            if (p >= 1 && p + 2 < n && SpanScanner.isLetter(s.charAt(p - 1)) && s.charAt(p + 1) == ' '
                    && SpanScanner.isLetter(s.charAt(p + 2))) {
                if (syllableBefore(p) && syllableAfter(p + 2)) {
                    insert(p, EditReason.DASH_SPACE);
                }
            } else if (p >= 2 && p + 1 < n && s.charAt(p - 1) == ' ' && SpanScanner.isLetter(s.charAt(p - 2))
                    && SpanScanner.isLetter(s.charAt(p + 1))) {
                if (syllableBefore(p - 1) && syllableAfter(p + 1)) {
                    insert(p + 1, EditReason.DASH_SPACE);
                }
            }
        }

        /** Whether the letter run ending at {@code end} is a syllable of two letters or more. */
        private boolean syllableBefore(int end) {
            int k = end;
            while (k > 0 && SpanScanner.isLetter(s.charAt(k - 1))) {
                k--;
            }
            int piece = end - 1;
            while (piece > k && !(SpanScanner.isUpper(s.charAt(piece)) && SpanScanner.isLower(s.charAt(piece - 1)))) {
                piece--;
            }
            int idx = spans().indexAt(piece);
            if (idx >= 0) {
                piece = spans().end(idx); // the word glued to a code (NĐ-CPkết)
                if (piece >= end) {
                    return false;
                }
            }
            return end - piece >= 2 && isWord(piece, end);
        }

        /** Whether the letter run starting at {@code start} is a syllable of two letters or more. */
        private boolean syllableAfter(int start) {
            int e = letterRunEnd(start);
            int pieceEnd = firstPieceEnd(start, e);
            return pieceEnd - start >= 2 && isWord(start, pieceEnd);
        }

        /**
         * Whether the letter run {@code [from, to)} is Vietnamese once this stage is done with it:
         * one syllable, or syllables this stage splits it into (so a second pass agrees).
         */
        private boolean isWord(int from, int to) {
            return SyllableCheck.isValid(s, from, to)
                    || lowerCapitalisedOrUpper(from, to) && segment(from, to) > 1;
        }

        /** End of the first piece of {@code [from, to)}: up to its first lower→upper change. */
        private int firstPieceEnd(int from, int to) {
            for (int k = from + 1; k < to; k++) {
                if (SpanScanner.isUpper(s.charAt(k)) && SpanScanner.isLower(s.charAt(k - 1))) {
                    return k;
                }
            }
            return to;
        }

        private int letterRunEnd(int i) {
            int j = i;
            while (j < n && SpanScanner.isLetter(s.charAt(j))) {
                j++;
            }
            return j;
        }

        private boolean hasNonAscii(int from, int to) {
            for (int k = from; k < to; k++) {
                if (s.charAt(k) >= 0x80) {
                    return true;
                }
            }
            return false;
        }

        // -------------------------------------------------------------- letter runs

        /** Whether the run {@code [a, b)} has a lower→upper change or {@link #mayAct may get a space}. */
        boolean mayChangeRun(int a, int b) {
            boolean glued = a > 0 && !isSeparator(s.charAt(a - 1));
            for (int k = a + 1; k < b; k++) {
                if (SpanScanner.isUpper(s.charAt(k)) && SpanScanner.isLower(s.charAt(k - 1))) {
                    return true;
                }
            }
            return mayAct(a, b, glued);
        }

        /** A maximal letter run {@code [a, b)}. */
        private void letterRun(int a, int b) {
            if (!mayChangeRun(a, b)) {
                return; // the common case: one syllable, or a run this stage would not split anyway
            }
            boolean glued = a > 0 && !isSeparator(s.charAt(a - 1));
            ProtectedSpans sp = spans();
            int start = a;
            if (glued) {
                int idx = sp.indexAt(a - 1);
                if (idx >= 0 && sp.end(idx) == a) {
                    gluedToSpan(sp, idx, a, b);
                } else if (idx >= 0 && sp.end(idx) > a) {
                    // the run starts inside a span (KH&CNXuất: the span ends inside the run)
                    if (sp.end(idx) >= b) {
                        return;
                    }
                    start = sp.end(idx);
                    gluedToSpan(sp, idx, start, b);
                }
            }
            int idx = sp.firstEndingAfter(start);
            if (idx < sp.size() && sp.start(idx) < b) {
                return; // part of a name, code or abbreviation
            }
            splitWords(start, b);
        }

        /**
         * Whether the run {@code [a, b)} (without a lower→upper change) may get a space: glued to a
         * number or percentage, capitals glued to a Capitalised word ({@code KH&CNXuất}), or a
         * non-syllable that splits into syllables. Decided before the spans are scanned, so clean
         * text rarely needs the scan.
         */
        private boolean mayAct(int a, int b, boolean glued) {
            if (glued) {
                char p = s.charAt(a - 1);
                if (SpanScanner.isDigit(p) || p == '%') {
                    return true;
                }
                if (a + 2 < b && SpanScanner.isUpper(s.charAt(a)) && SpanScanner.isUpper(s.charAt(a + 1))) {
                    for (int k = a + 2; k < b; k++) {
                        if (SpanScanner.isLower(s.charAt(k))) {
                            return true;
                        }
                    }
                }
            }
            if (b - a < 2 || SyllableCheck.isValid(s, a, b)) {
                return false;
            }
            return lowerCapitalisedOrUpper(a, b) && segment(a, b) > 1;
        }

        private static boolean isSeparator(char c) {
            return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '(' || c == '"' || c == '“' || c == '‘'
                    || c == '\'' || c == '[' || c == '«';
        }

        /** A word {@code [a, b)} directly after span {@code idx}, which ends at {@code a}. */
        private void gluedToSpan(ProtectedSpans sp, int idx, int a, int b) {
            int kind = sp.kind(idx);
            switch (kind) {
                case ProtectedSpans.NUMBER: case ProtectedSpans.PERCENT: case ProtectedSpans.DATE:
                case ProtectedSpans.TIME: case ProtectedSpans.PHONE: case ProtectedSpans.DOCUMENT_CODE:
                case ProtectedSpans.STANDARD:
                    if (isWordStart(a, b)) {
                        insert(a, EditReason.NUMBER_WORD_SPACE);
                    }
                    break;
                case ProtectedSpans.ABBREVIATION:
                    if (SpanScanner.isUpper(s.charAt(a)) && SpanScanner.isUpper(s.charAt(a - 1)) && isWordStart(a, b)) {
                        insert(a, EditReason.CASE_BOUNDARY_SPLIT);
                    }
                    break;
                default:
                    break;
            }
        }

        /**
         * Whether the letters at {@code a} (run ending at {@code b}) start a Vietnamese word: the
         * lower-case or Capitalised piece up to the first case change is a syllable of two letters or
         * more, or splits into syllables confidently.
         */
        private boolean isWordStart(int a, int b) {
            int e = a + 1;
            while (e < b && !SpanScanner.isUpper(s.charAt(e))) {
                e++;
            }
            if (e - a < 2) {
                return false;
            }
            return SyllableCheck.isValid(s, a, e) || segment(a, e) > 1 || readsAsSyllables(a, e);
        }

        /** An accented run that reads as syllables though it is not split (a loanword: 600kilôgam). */
        private boolean readsAsSyllables(int a, int e) {
            if (e - a > MAX_RUN || !SyllableSplitChooser.hasVietnameseLetter(s, a, e)) {
                return false;
            }
            if (cuts == null) {
                cuts = new int[MAX_RUN + 1];
            }
            segStart = -1; // cuts is overwritten
            return SyllableSplitChooser.enumerate(s, a, e, cuts, new int[1], 2) > 0;
        }

        /**
         * Splits {@code [a, b)} at lower→upper changes between syllables and inside pieces that are
         * run-together syllables.
         */
        private void splitWords(int a, int b) {
            if (b - a > MAX_RUN * 2) {
                return;
            }
            // every piece between case changes must be lower case or Capitalised
            int pieceStart = a;
            int pieces = 0;
            for (int k = a + 1; k <= b; k++) {
                if (k == b || (SpanScanner.isUpper(s.charAt(k)) && SpanScanner.isLower(s.charAt(k - 1)))) {
                    if (!lowerCapitalisedOrUpper(pieceStart, k)) {
                        return; // odd mixed case: not ours
                    }
                    pieces++;
                    pieceStart = k;
                }
            }
            // resolve each piece; all must resolve for case splits to be made
            pieceStart = a;
            boolean prevResolved = false;
            int prevPieceStart = a;
            for (int k = a + 1; k <= b; k++) {
                if (k == b || (SpanScanner.isUpper(s.charAt(k)) && SpanScanner.isLower(s.charAt(k - 1)))) {
                    boolean roman = k == b && pieceStart > a && SyllableCheck.isRomanNumeral(s, pieceStart, k)
                            && SyllableCheck.isNumberedHeading(s, prevPieceStart, pieceStart);
                    int count = roman || SyllableCheck.isValid(s, pieceStart, k) ? 1 : segment(pieceStart, k);
                    boolean resolved = count > 1 || count == 1
                            && (roman || k - pieceStart > 1 || SyllableCheck.isCommonLoneVowel(s.charAt(pieceStart)));
                    if (pieceStart > a && resolved && prevResolved) {
                        insert(pieceStart, EditReason.CASE_BOUNDARY_SPLIT);
                    }
                    if (count > 1) {
                        for (int t = 1; t < count; t++) {
                            insert(cuts[t], EditReason.RUN_TOGETHER_SPLIT);
                        }
                    }
                    prevResolved = resolved;
                    prevPieceStart = pieceStart;
                    pieceStart = k;
                }
            }
        }

        /** Whether {@code [from, to)} is lower case, Capitalised, or (two letters or more) all upper case. */
        private boolean lowerCapitalisedOrUpper(int from, int to) {
            boolean upper = false;
            boolean lower = false;
            for (int t = from + 1; t < to; t++) {
                char c = s.charAt(t);
                if (SpanScanner.isUpper(c)) {
                    upper = true;
                } else if (SpanScanner.isLower(c)) {
                    lower = true;
                }
            }
            return !upper || !lower && SpanScanner.isUpper(s.charAt(from));
        }

        /**
         * Segments {@code [a, b)} into syllables. Returns the number of syllables of the chosen
         * segmentation (their starts in {@link #cuts}), or 0 when none is confident.
         */
        private int segment(int a, int b) {
            if (b - a > MAX_RUN || b - a < 2) {
                return 0;
            }
            if (conservative) {
                return chooser.maySplit(s, a, b) ? 2 : 0;
            }
            if (a == segStart && b == segEnd) {
                return segCount; // asked again for the same run (mayAct, then splitWords)
            }
            if (cuts == null) {
                cuts = new int[MAX_RUN + 1];
            }
            segCount = chooser.choose(s, a, b, cuts);
            segStart = a;
            segEnd = b;
            return segCount;
        }
    }
}
