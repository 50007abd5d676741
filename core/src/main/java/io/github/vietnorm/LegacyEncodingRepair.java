package io.github.vietnorm;

/**
 * Pipeline stage 1: repairs lines that are a legacy Vietnamese encoding (TCVN3, VNI, VISCII, VPS,
 * Windows-1258) or UTF-8 seen through Windows-1252 / Latin-1 eyes ({@code ViÖt Nam},
 * {@code Vieät Nam}, {@code §¶ng}, {@code Viá»‡t Nam}) by mapping the characters back to bytes and
 * decoding them right. Runs first: TCVN3's {@code ư} is the soft-hyphen byte, which a later stage
 * would strip.
 *
 * <p>Decides per line, and only on a clear margin ({@link EncodingScores#clearlyBetter}): the
 * chosen decoding must yield more valid syllables, in the words it changes, than the line as it
 * is. Close calls (short lines that TCVN3, VPS and VISCII all decode into valid syllables) go to the
 * encoding the text's clear lines agree on, which may then repair a line on weaker evidence.
 * Valid Unicode Vietnamese and plain ASCII text are never changed: a line holding letters only
 * Unicode has (ă, ơ, ệ; combining marks are judged as composed) is Unicode text and is skipped.
 * Fast path: a text with no Latin-1 character (nor a CP1252 letter inside a word, nor a C0 capital of VISCII/VPS,
 * nor a character NFC replaces) is returned
 * untouched without allocating; a line whose every non-ASCII word is already a valid syllable is
 * skipped without allocating. A line that may be legacy but would be left as it is is judged again
 * as the normalizer's later line stages will leave it (NBSP made a space, spaces trimmed, soft
 * hyphens outside legacy tokens removed, tone marks placed, run-together words split, by running
 * those stages on it), so that a second pass, which sees it so, decides as the first. VIQR is not repaired here (it is plain ASCII, where a
 * false repair of English would cost more than a missed one): decode it with
 * {@link VietnameseEncoding#VIQR}.
 */
final class LegacyEncodingRepair implements Stage {
    private static final com.ibm.icu.text.Normalizer2 NFC = com.ibm.icu.text.Normalizer2.getNFCInstance();

    private static final Stage[] UNICODE_STAGES = {new WhitespaceAndInvisibles(), new UnicodeComposition()};

    /**
     * The normalizer's line stages after this one, in its order: a line this stage leaves is judged
     * again as they leave it ({@link #asTheStagesLeave}). {@link LegacyText} runs the whitespace and
     * Unicode stages only.
     */
    private final Stage[] lineStages;

    LegacyEncodingRepair() {
        this(UNICODE_STAGES);
    }

    LegacyEncodingRepair(Stage... lineStages) {
        this.lineStages = lineStages.clone();
        TonePlacement t = null;
        for (Stage stage : lineStages) {
            if (stage instanceof TonePlacement) {
                t = (TonePlacement) stage;
            }
        }
        this.tone = t;
    }

    /** The tone stage among {@link #lineStages}, or null: a word it changes may lose its Unicode-only letter. */
    private final TonePlacement tone;

    @Override
    public void apply(String text, TextRewriter out, StageContext context) {
        int n = text.length();
        int first = firstMarker(text, 0, n);
        if (first < 0) {
            return;
        }
        Lines lines = null; // made on the first line worth ranking
        int lineStart = text.lastIndexOf('\n', first) + 1;
        while (lineStart < n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            // a line with combining marks, invisible chars or chars NFC replaces is judged as the later
            // stages will leave it, so a second pass (which sees it so) decides the same: a + U+0300 is
            // à, a legacy marker; uÒ + U+200B + u is uÒu, which reads as VNI; A + U+212B + Y is AÅY, VNI for ẨY
            int kind = lineKind(text, lineStart, lineEnd);
            if (kind != UNICODE_OR_PLAIN) {
                String view = (kind & AS_LEFT) != 0 ? asLeft(text, lineStart, lineEnd) : null;
                String src = view != null ? view : text;
                int from = view != null ? 0 : lineStart;
                int to = view != null ? view.length() : lineEnd;
                long identity = rankable(src, from, to, view != null ? lineKind(view, from, to) : kind);
                boolean judged = identity != NOT_RANKABLE;
                if (judged) {
                    lines = lines != null ? lines : new Lines();
                    lines.rank(lineStart, lineEnd, view, src, from, to, identity);
                }
                // a line that would stay as it is goes on as the later line stages leave it (NBSP made a
                // space, spaces trimmed, soft hyphens outside legacy tokens removed, marks composed, a stacked
                // or misplaced tone mark fixed): a second pass sees it so and must decide as this one
                // (k¸n + NBSP is k¸n, TCVN3 for kịn; §úy in the modern style is §uý, TCVN3 for Đuý)
                if (((kind & (AS_LEFT | SPACED)) != 0 || judged && lineStages.length > UNICODE_STAGES.length)
                        && (!judged || best(lines.ranks[lines.count - 1]) < 0)) {
                    String left = asTheStagesLeave(text, lineStart, lineEnd);
                    long leftIdentity = left.length() != to - from || !contentEquals(left, src, from)
                            ? rankable(left, 0, left.length(), lineKind(left, 0, left.length())) : NOT_RANKABLE;
                    if (leftIdentity != NOT_RANKABLE) {
                        lines = lines != null ? lines : new Lines();
                        if (judged) {
                            lines.count--; // judged again, as left
                        }
                        lines.rank(lineStart, lineEnd, left, left, 0, left.length(), leftIdentity);
                    }
                }
            }
            lineStart = lineEnd + 1;
        }
        if (lines == null) {
            return;
        }
        // the encoding the clear lines agree on settles the close calls
        long[] votes = new long[CANDIDATES.length];
        for (int k = 0; k < lines.count; k++) {
            int best = best(lines.ranks[k]);
            if (best >= 0 && decisive(lines.ranks[k], lines.weak[k], best)) {
                votes[best] += lines.ends[k] - lines.starts[k];
            }
        }
        int doc = -1;
        for (int e = 0; e < votes.length; e++) {
            if (votes[e] > 0 && (doc < 0 || votes[e] > votes[doc])) {
                doc = e;
            }
        }
        for (int k = 0; k < lines.count; k++) {
            int[] r = lines.ranks[k];
            int[] w = lines.weak[k];
            int best = best(r);
            if (doc >= 0 && best != doc && w[doc] != NOT_BETTER
                    && (best < 0 || (!decisive(r, w, best) && w[doc] >= r[best] - CLOSE))) {
                best = doc; // the document's encoding, merely better than the line as it is, wins the close calls
            }
            if (best < 0) {
                continue;
            }
            StringBuilder fixed = lines.scratch.best;
            fixed.setLength(0);
            String view = lines.views[k];
            if (view != null) {
                EncodingScores.decodeMisread(view, 0, view.length(), CANDIDATES[best], lines.scratch, fixed);
            } else {
                EncodingScores.decodeMisread(text, lines.starts[k], lines.ends[k], CANDIDATES[best], lines.scratch, fixed);
            }
            emit(text, lines.starts[k], lines.ends[k], fixed, out);
        }
    }

    private static final VietnameseEncoding[] CANDIDATES = EncodingScores.STRING_CANDIDATES;
    /** Rank of a candidate that is not clearly better than the line as it is. */
    private static final int NOT_BETTER = Integer.MIN_VALUE;
    /** Rank differences up to this are close calls. */
    private static final int CLOSE = 3;

    /** The lines that need a decision, with each candidate's rank. */
    private static final class Lines {
        int count;
        int[] starts = new int[8];
        int[] ends = new int[8];
        int[][] ranks = new int[8][];
        /** Ranks of the candidates merely better than the line as it is (enough when the document agrees). */
        int[][] weak = new int[8][];
        /** The view the line was judged on (and is decoded from): {@link #asLeft} or {@link #asTheStagesLeave}; null: the line itself. */
        String[] views = new String[8];
        final EncodingScores.Scratch scratch = new EncodingScores.Scratch();

        /** Adds the line {@code [start, end)}, judged on {@code src[from, to)} of identity score {@code identity}, ranked. */
        void rank(int start, int end, String view, String src, int from, int to, long identity) {
            add(start, end, view);
            rankCandidates(src, from, to, identity, scratch, ranks[count - 1], weak[count - 1]);
        }

        private void add(int start, int end, String view) {
            if (count == starts.length) {
                views = java.util.Arrays.copyOf(views, count * 2);
                starts = java.util.Arrays.copyOf(starts, count * 2);
                ends = java.util.Arrays.copyOf(ends, count * 2);
                ranks = java.util.Arrays.copyOf(ranks, count * 2);
                weak = java.util.Arrays.copyOf(weak, count * 2);
            }
            starts[count] = start;
            ends[count] = end;
            views[count] = view;
            ranks[count] = new int[CANDIDATES.length];
            weak[count] = new int[CANDIDATES.length];
            count++;
        }
    }

    private static int best(int[] ranks) {
        int best = -1;
        for (int e = 0; e < ranks.length; e++) {
            if (ranks[e] != NOT_BETTER && (best < 0 || ranks[e] > ranks[best])) {
                best = e;
            }
        }
        return best;
    }

    /** Whether no other candidate (clearly better or not) comes close to the best. */
    private static boolean decisive(int[] ranks, int[] weak, int best) {
        for (int e = 0; e < ranks.length; e++) {
            if (e != best && weak[e] != NOT_BETTER && weak[e] > ranks[best] - CLOSE) {
                return false;
            }
        }
        return true;
    }

    /** Not a line to rank ({@link EncodingScores#score} is never negative: its fields fill 60 bits). */
    private static final long NOT_RANKABLE = -1;

    /**
     * The identity score of {@code src[from, to)}, of lineKind {@code kind}, when it may be legacy
     * and is not valid as it is (a line to rank), else {@link #NOT_RANKABLE}.
     */
    private static long rankable(String src, int from, int to, int kind) {
        if ((kind & ~SPACED) != MAY_BE_LEGACY) {
            return NOT_RANKABLE;
        }
        long identity = EncodingScores.score(src, from, to);
        return EncodingScores.invalid(identity) > 0 || hasUtf8Sequence(src, from, to) ? identity : NOT_RANKABLE;
    }

    private static final int UNICODE_OR_PLAIN = 0;
    private static final int MAY_BE_LEGACY = 1;
    /** Flag: the line has combining marks, invisible chars or chars NFC replaces: judge it {@link #asLeft}. */
    private static final int AS_LEFT = 2;
    /** Flag: the whitespace stage would change the line (a Unicode space, a soft hyphen, spaces at an end or in a row). */
    private static final int SPACED = 4;

    /** The line as the whitespace and Unicode stages will leave its letters: invisible chars removed, composed. */
    private static String asLeft(String text, int from, int to) {
        StringBuilder b = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!WhitespaceAndInvisibles.isInvisible(c)) {
                b.append(c);
            }
        }
        return NFC.normalize(b);
    }

    /**
     * Whether the word holding the Unicode-only letter at {@code i} keeps its letters through the
     * tone stage (always, without one): then a second pass finds the letter too.
     */
    private boolean keepsItsLetters(String text, int i, int from, int to) {
        if (tone == null) {
            return true;
        }
        int a = i;
        while (a > from && isLetterOrMark(text.charAt(a - 1))) {
            a--;
        }
        int b = i + 1;
        while (b < to && isLetterOrMark(text.charAt(b))) {
            b++;
        }
        for (int k = a; k < b; k++) {
            if (SpanScanner.isMark(text.charAt(k))) { // the tone stage sees the word composed
                String word = NFC.normalize(text.substring(a, b));
                return !tone.changes(word, 0, word.length());
            }
        }
        return !tone.changes(text, a, b);
    }

    private static boolean isLetterOrMark(char c) {
        return SpanScanner.isLetter(c) || SpanScanner.isMark(c);
    }

    /** The line as the later line stages will leave it, by running them on it. */
    private String asTheStagesLeave(String text, int from, int to) {
        String line = text.substring(from, to);
        StageContext context = new StageContext();
        for (Stage stage : lineStages) {
            TextRewriter out = new TextRewriter(line, false);
            stage.apply(line, out, context);
            line = out.result();
        }
        return line;
    }

    /**
     * One pass over a line: {@link #UNICODE_OR_PLAIN} at its first letter only Unicode has (the
     * common case: a Vietnamese line) or when it holds no legacy marker; else {@link #AS_LEFT} when
     * it has a combining mark, invisible char or char NFC replaces (judge it as the later stages
     * leave it, {@link #asLeft}), or {@link #MAY_BE_LEGACY}; either with {@link #SPACED} when the
     * whitespace stage would change it (a line left as it is is then judged again
     * {@link #asTheStagesLeave as the stages leave it}).
     */
    private int lineKind(String text, int from, int to) {
        boolean marker = false;
        boolean marks = false;
        boolean invisible = false;
        boolean replaced = false;
        boolean spaced = false;
        int base = -1; // the letter a following combining mark would compose with, as composed so far
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (c <= ' ') {
                    marker |= isLetterControl(c);
                    spaced |= c == '\t' || c == ' ' && (i == from || i + 1 == to
                            || !WhitespaceAndInvisibles.isOrdinary(text.charAt(i - 1))
                            || !WhitespaceAndInvisibles.isOrdinary(text.charAt(i + 1)));
                }
                base = c;
                continue;
            }
            if (isCombiningMark(c)) {
                // composed, does it make a letter only Unicode has (e + U+0323 = ẹ)? then the line is
                // Unicode either way; anything less certain is judged on the composed line
                int composed = base >= 0 ? NFC.composePair(base, c) : -1;
                if (composed < 0) {
                    return AS_LEFT;
                }
                if (composed >= 0x100 && composed < 0x10000 && isUnicodeVietnamese((char) composed)) {
                    if (keepsItsLetters(text, i, from, to)) {
                        return UNICODE_OR_PLAIN;
                    }
                    spaced = true; // as below: judged as the stages leave it
                }
                marks = true;
                base = composed;
                continue;
            }
            if (WhitespaceAndInvisibles.isInvisible(c)) {
                invisible = true; // the whitespace stage removes it: letters around it meet
                continue;
            }
            replaced |= UnicodeComposition.replacedByNfc(text, i); // the Ångström sign U+212B is Å, a legacy marker
            base = c;
            if (c >= 0x100 && isUnicodeVietnamese(c)) {
                if (keepsItsLetters(text, i, from, to)) {
                    return UNICODE_OR_PLAIN;
                }
                // the tone stage will rewrite this word (áỏ is áo): a second pass may not find the
                // letter, so this one judges the line as the stages leave it
                spaced = true;
                continue;
            }
            spaced |= !WhitespaceAndInvisibles.isOrdinary(c); // NBSP, U+3000, the soft hyphen
            if (!marker && isMarkerAt(text, i, from, to)) {
                marker = true;
            }
        }
        if (marks || invisible || replaced) {
            return AS_LEFT | (spaced ? SPACED : 0);
        }
        return marker ? MAY_BE_LEGACY | (spaced ? SPACED : 0) : UNICODE_OR_PLAIN;
    }

    /**
     * A letter only Unicode Vietnamese has (ă đ ĩ ũ ơ ư, the toned letters of U+1EA0–U+1EF9;
     * combining tone marks are judged composed, see {@link #lineKind}): no mis-decoding of 8-bit
     * text produces one, so a line holding one is Unicode text and is left alone (its en dashes and
     * curly quotes are CP1252 characters, not legacy bytes).
     */
    private static boolean isUnicodeVietnamese(char c) {
        return (c >= 0x1EA0 && c <= 0x1EF9) || (c >= 0x0300 && c <= 0x0323)
                || c == 0x0102 || c == 0x0103 || c == 0x0110 || c == 0x0111
                || c == 0x01A0 || c == 0x01A1 || c == 0x01AF || c == 0x01B0
                || c == 0x0128 || c == 0x0129 || c == 0x0168 || c == 0x0169;
    }

    /** A combining mark: NFC may compose it with the letter before into a Latin-1 letter (a legacy marker). */
    private static boolean isCombiningMark(char c) {
        return c >= 0x0300 && c <= 0x036F;
    }

    /** Whether the char at {@code i} (not ASCII) can only come from mis-decoding, in the line {@code [from, to)}. */
    private static boolean isMarkerAt(String text, int i, int from, int to) {
        char c = text.charAt(i);
        return EncodingScores.isMarker(c) || EncodingScores.isCp1252Special(c) && betweenLetters(text, i, from, to);
    }

    private static int firstMarker(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= 0x80 ? isMarkerAt(text, i, from, to) || isCombiningMark(c) || WhitespaceAndInvisibles.isInvisible(c)
                    || UnicodeComposition.replacedByNfc(text, i) : isLetterControl(c)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a lead byte of a two- to four-byte UTF-8 sequence read as Windows-1252 ({@code Â}, {@code Ã}, {@code á}) is followed by a continuation byte. */
    private static boolean hasUtf8Sequence(String text, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            char c = text.charAt(i);
            if (c >= 0xC2 && c <= 0xF4) {
                int next = EncodingScores.toByte(text.charAt(i + 1));
                if (next >= 0x80 && next <= 0xBF) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean betweenLetters(String text, int i, int from, int to) {
        return i > from && i + 1 < to && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1));
    }

    /** The C0 controls where VISCII and VPS put capitals. */
    private static boolean isLetterControl(char c) {
        return c < 0x20 && ((c >= 0x02 && c <= 0x06) || (c >= 0x10 && c <= 0x15) || c == 0x19 || (c >= 0x1C && c <= 0x1E));
    }

    /**
     * Ranks each candidate reading of {@code text[start, end)} into {@code ranks}: how much better
     * than the line as it is ({@link #NOT_BETTER} when not clearly better). Candidates that decode
     * the line exactly as an earlier one are {@link #NOT_BETTER} too.
     */
    static void rankCandidates(CharSequence text, int start, int end, long identity, EncodingScores.Scratch scratch,
            int[] ranks, int[] weak) {
        int plausible = plausibleCandidates(text, start, end);
        for (int k = 0; k < CANDIDATES.length; k++) {
            ranks[k] = NOT_BETTER;
            weak[k] = NOT_BETTER;
            if ((plausible & 1 << k) == 0) {
                continue;
            }
            StringBuilder cand = scratch.out;
            cand.setLength(0);
            EncodingScores.decodeMisread(text, start, end, CANDIDATES[k], scratch, cand);
            if (cand.length() == end - start && contentEquals(cand, text, start)) {
                continue;
            }
            long idScore;
            long score;
            if (EncodingScores.scoreChangedWords(text, start, end, cand, scratch)) {
                idScore = scratch.identityScore;
                score = scratch.candidateScore;
            } else {
                idScore = identity;
                score = EncodingScores.score(cand, 0, cand.length(), false);
            }
            // a base letter followed by a mark byte (VNI) or a UTF-8 sequence: patterns Latin-1 text does not form by chance
            // (not CP1258: its tone bytes read as ì ò Ì Ò, which misplaced tones in Unicode text also show: haì)
            boolean multiByte = CANDIDATES[k] == VietnameseEncoding.VNI || CANDIDATES[k] == VietnameseEncoding.UTF_8;
            boolean weakly = EncodingScores.weaklyBetter(score, idScore)
                    // well-formed UTF-8 in text read as Windows-1252 (Â + NBSP) is evidence enough where the document is UTF-8
                    || (CANDIDATES[k] == VietnameseEncoding.UTF_8 && EncodingScores.rank(score) >= EncodingScores.rank(idScore)
                        && count(cand, 0, cand.length(), '\uFFFD') == count(text, start, end, '\uFFFD'));
            weak[k] = weakly ? EncodingScores.rank(score) - EncodingScores.rank(idScore) : NOT_BETTER;
            if (EncodingScores.clearlyBetter(score, idScore, multiByte)) {
                int hash = cand.toString().hashCode();
                boolean duplicate = false;
                for (int j = 0; j < k; j++) {
                    if (ranks[j] != NOT_BETTER && scratch.hashes[j] == hash) {
                        duplicate = true;
                    }
                }
                scratch.hashes[k] = hash;
                if (!duplicate) {
                    ranks[k] = EncodingScores.rank(score) - EncodingScores.rank(idScore);
                }
            }
        }
    }

    /**
     * A cheap pre-filter, as a bit set over {@link #CANDIDATES}: the candidates whose signature the
     * line shows. UTF-8 needs a lead byte followed by a continuation byte; VNI a vowel followed by a
     * mark byte, or one of its single-byte letters (ñ ö ô æ î ó ò, and capitals); Windows-1258 one of the bytes where
     * it differs from Windows-1252 (tone marks, ă đ ơ ư); the full tables are always candidates.
     */
    static int plausibleCandidates(CharSequence text, int start, int end) {
        int set = 0;
        for (int k = 0; k < CANDIDATES.length; k++) {
            VietnameseEncoding e = CANDIDATES[k];
            if (e != VietnameseEncoding.UTF_8 && e != VietnameseEncoding.VNI && e != VietnameseEncoding.CP1258) {
                set |= 1 << k;
            }
        }
        int utf8 = 1 << indexOf(VietnameseEncoding.UTF_8);
        int vni = 1 << indexOf(VietnameseEncoding.VNI);
        int cp1258 = 1 << indexOf(VietnameseEncoding.CP1258);
        char prev = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                int b = EncodingScores.toByte(c);
                if (b >= 0x80 && b <= 0xBF && prev >= 0xC2 && prev <= 0xF4) {
                    set |= utf8;
                }
                if (isVniMark(c) ? Viqr.isVowel(prev) : "ñöôÑÖÔæÆîÎóÓòÒ".indexOf(c) >= 0) {
                    set |= vni;
                }
                if ("ÌìÒòÞÐðÃãÕõÝýþ".indexOf(c) >= 0) {
                    set |= cp1258;
                }
            }
            prev = c;
        }
        return set;
    }

    private static boolean isVniMark(char c) {
        return "ùøûõïâáàåãäêéèúüëÙØÛÕÏÂÁÀÅÃÄÊÉÈÚÜË".indexOf(c) >= 0;
    }

    private static int indexOf(VietnameseEncoding e) {
        for (int k = 0; k < CANDIDATES.length; k++) {
            if (CANDIDATES[k] == e) {
                return k;
            }
        }
        throw new IllegalArgumentException(e.toString());
    }

    private static int count(CharSequence s, int start, int end, char c) {
        int n = 0;
        for (int i = start; i < end; i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    private static boolean contentEquals(CharSequence a, CharSequence b, int bStart) {
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(bStart + i)) {
                return false;
            }
        }
        return true;
    }

    /** Reports the repair word by word when the spaces line up (they do unless composition moved them), else as one edit. */
    private static void emit(String text, int start, int end, CharSequence fixed, TextRewriter out) {
        int i = start;
        int j = 0;
        int m = fixed.length();
        if (countSpaces(text, start, end) == countSpaces(fixed, 0, m)) {
            while (i < end || j < m) {
                int wi = i;
                while (i < end && !isSpace(text.charAt(i))) {
                    i++;
                }
                int wj = j;
                while (j < m && !isSpace(fixed.charAt(j))) {
                    j++;
                }
                if (!regionEquals(text, wi, i, fixed, wj, j)) {
                    out.replace(wi, i, fixed.subSequence(wj, j), EditReason.LEGACY_ENCODING);
                }
                if (i < end) {
                    i++;
                }
                if (j < m) {
                    j++;
                }
            }
            return;
        }
        out.replace(start, end, fixed, EditReason.LEGACY_ENCODING);
    }

    private static boolean isSpace(char c) {
        return EncodingScores.isSpace(c);
    }

    private static int countSpaces(CharSequence s, int start, int end) {
        int n = 0;
        for (int i = start; i < end; i++) {
            if (isSpace(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static boolean regionEquals(CharSequence a, int aStart, int aEnd, CharSequence b, int bStart, int bEnd) {
        return EncodingScores.regionEquals(a, aStart, aEnd, b, bStart, bEnd);
    }
}
