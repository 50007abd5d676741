package io.github.vietnorm;

/**
 * One call of {@link VietnameseTokenizer#tokenize(CharSequence, TokenConsumer)}: walks the text,
 * gathers runs of Vietnamese syllables (separated by spaces or tabs) and hands each run to the
 * {@link WordSegmenter}; everything else is reported as a token of its own type. Reusable by one
 * thread at a time ({@link #start}); its arrays grow with the longest run seen.
 */
final class TokenizerRun {

    /** Runs longer than this many syllables do not keep their grown arrays for the next call. */
    private static final int KEEP_CAPACITY = 1 << 14;

    private CharSequence text;
    private final WordSegmenter segmenter;
    private TokenConsumer out;
    boolean busy;
    private WordSegmenter.Scratch scratch = new WordSegmenter.Scratch();
    private SpanScanner scanner = new SpanScanner();
    /** Longest letter run folded into {@link #fold}; longer ones are looked up in the text. */
    private static final int FOLD = 32;
    private final char[] fold = new char[FOLD];
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int[] ids = new int[16];
    /** Whether each syllable of the run is a foreign word (FOREIGN when it stays a word alone). */
    private boolean[] foreign = new boolean[16];
    private int foreignCount;
    private final io.github.vietnorm.dictionaries.Lexicon lexicon;
    private int n;
    private boolean runSentenceInitial;
    private boolean sentenceInitial = true;

    TokenizerRun(WordSegmenter segmenter) {
        this.segmenter = segmenter;
        this.lexicon = segmenter.lexicon();
    }

    /** Tokenizes {@code text} into {@code consumer}, then forgets both. */
    void start(CharSequence text, TokenConsumer consumer) {
        this.text = text;
        this.out = consumer;
        this.n = 0;
        this.sentenceInitial = true;
        busy = true;
        try {
            run();
        } finally {
            busy = false;
            this.text = null;
            this.out = null;
            n = 0;
            if (starts.length > KEEP_CAPACITY) {
                starts = new int[16];
                ends = new int[16];
                ids = new int[16];
                foreign = new boolean[16];
                scratch = new WordSegmenter.Scratch();
            }
            if (scanner.spans().capacity() > KEEP_CAPACITY) {
                scanner = new SpanScanner();
            }
        }
    }

    private void run() {
        CharSequence t = text;
        int len = t.length();
        int spanCount = scanner.scanInto(t);
        ProtectedSpans.Builder spans = scanner.spans();
        int si = 0;
        int nextSpan = spanCount > 0 ? spans.start(0) : len;
        int pos = 0;
        while (pos < len) {
            if (pos >= nextSpan) {
                // a protected span: URL, e-mail, document code, number, date, time, code, abbreviation, name
                flush();
                int e = spans.end(si);
                emit(spans.type(si), pos, e);
                sentenceInitial = false;
                pos = e;
                si++;
                nextSpan = si < spanCount ? spans.start(si) : len;
                continue;
            }
            char c = t.charAt(pos);
            int cls = CLS[c];
            if ((cls & C_BLANK) != 0) {
                pos++;
            } else if ((cls & C_SPACE) != 0) {
                flush();
                if (c == '\n' || c == '\r') {
                    sentenceInitial = true;
                }
                pos++;
            } else if ((cls & C_LETTER) != 0) {
                // the letter run, folded into a buffer, and its syllable hash in one pass
                char[] buf = fold;
                char l = io.github.vietnorm.dictionaries.Lexicon.foldCase(c);
                buf[0] = l;
                int h = l;
                int e = pos + 1;
                char d;
                while (e < nextSpan && (CLS[d = t.charAt(e)] & C_LETTER_OR_MARK) != 0) {
                    l = io.github.vietnorm.dictionaries.Lexicon.foldCase(d);
                    if (e - pos < FOLD) {
                        buf[e - pos] = l;
                    }
                    h = 31 * h + l;
                    e++;
                }
                int id = e - pos <= FOLD ? lexicon.syllableId(buf, e - pos, h) : lexicon.syllableId(t, pos, e, h);
                if (lexicon.isVietnameseSyllable(id)
                        || id < 0 && io.github.vietnorm.dictionaries.Syllables.isSyllableLetters(t, pos, e)) {
                    addSyllable(pos, e, id, false);
                } else if (!dottedAbbreviation(t, pos, e, nextSpan) && !isAbbreviation(t, pos, e)
                        && (id >= 0 || e - pos >= 2 && WordSegmenter.isTitle(t, pos, e))) {
                    // a loanword piece of a lexicon word ("xe buýt", "trang web", "Krông Pa") or a
                    // capitalised foreign word, which may belong to a name ("Muay Thái", "Li Xinmei"):
                    // part of the run; alone it stays a FOREIGN token
                    addSyllable(pos, e, id, true);
                } else {
                    flush();
                    if (dottedAbbreviation(t, pos, e, nextSpan)) {
                        // "TP. HCM", "H. Nguyễn", "q. 3": the point belongs to the abbreviation
                        emit(TokenType.ABBREVIATION, pos, e + 1);
                        e++;
                    } else {
                        emit(isAbbreviation(t, pos, e) ? TokenType.ABBREVIATION : TokenType.FOREIGN, pos, e);
                    }
                    sentenceInitial = false;
                }
                pos = e;
            } else if ((cls & C_DIGIT) != 0) {
                flush();
                int e = numberEnd(t, pos, nextSpan);
                emit(TokenType.NUMBER, pos, e);
                sentenceInitial = false;
                pos = e;
            } else {
                flush();
                int e = pos + 1;
                len = nextSpan;
                if (Character.isHighSurrogate(c) && e < len && Character.isLowSurrogate(t.charAt(e))) {
                    e++;
                } else if (c == '.' || c == '-' || c == '!' || c == '?' || c == '=' || c == '*' || c == '_') {
                    while (e < len && t.charAt(e) == c) {   // "...", "--", "!!!": one token
                        e++;
                    }
                }
                // a lone combining mark or other symbol: one punctuation token
                emit(TokenType.PUNCTUATION, pos, e);
                sentenceInitial = startsSentenceAfter(c);
                pos = e;
                len = t.length();
            }
        }
        flush();
    }

    /** Two or more capital letters: {@code UBND}, {@code HĐND}, {@code TCVN}. */
    static boolean isAbbreviation(CharSequence t, int start, int end) {
        int upper = 0;
        for (int i = start; i < end && upper < 2; i++) {
            if (Character.isUpperCase(t.charAt(i))) {
                upper++;
            }
        }
        return upper >= 2;
    }

    /**
     * An initial or a short abbreviation written with a point ({@code TP.}, {@code H.}, {@code tp.},
     * {@code q.}, {@code Th.}): one or two letters that are no Vietnamese syllable, or two or more
     * capitals, then a point, one space and a letter or digit (so that a sentence-final point after
     * a foreign word stays punctuation when the text ends there). The point is part of the token,
     * as in the VLSP/UD treebank convention.
     */
    static boolean dottedAbbreviation(CharSequence t, int start, int end, int limit) {
        if (end + 2 >= limit || t.charAt(end) != '.' || t.charAt(end + 1) != ' ') {
            return false;
        }
        char next = t.charAt(end + 2);
        if (!Character.isLetterOrDigit(next)) {
            return false;
        }
        return end - start <= 2 || end - start <= 4 && isAbbreviation(t, start, end);
    }

    /** Space or tab: separates the syllables of a run. */
    private static final int C_BLANK = 1;
    /** Any other white space ({@link Character#isWhitespace} or {@link Character#isSpaceChar}): ends a run. */
    private static final int C_SPACE = 2;
    /** {@link Character#isLetter}: starts a letter run. */
    private static final int C_LETTER = 4;
    /** {@link Character#isDigit}: starts a number. */
    private static final int C_DIGIT = 8;
    /** A letter or a non-spacing mark: continues a letter run. */
    private static final int C_LETTER_OR_MARK = 16;
    /** Character classes of every char (one table load per character on the hot path). */
    private static final byte[] CLS = new byte[0x10000];

    static {
        for (int c = 0; c < CLS.length; c++) {
            int k;
            if (c == ' ' || c == '\t') {
                k = C_BLANK;
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                k = C_SPACE;
            } else if (Character.isLetter(c)) {
                k = C_LETTER;
            } else if (Character.isDigit(c)) {
                k = C_DIGIT;
            } else {
                k = 0;
            }
            if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                k |= C_LETTER_OR_MARK;
            }
            CLS[c] = (byte) k;
        }
    }



    private static int numberEnd(CharSequence t, int pos, int len) {
        int e = pos + 1;
        while (e < len) {
            char c = t.charAt(e);
            if (Character.isDigit(c)) {
                e++;
            } else if ((c == '.' || c == ',') && e + 1 < len && Character.isDigit(t.charAt(e + 1))) {
                e += 2;
            } else {
                break;
            }
        }
        if (e < len && t.charAt(e) == '%') {
            e++;
        }
        return e;
    }

    private static boolean startsSentenceAfter(char c) {
        switch (c) {
            case '.': case '!': case '?': case ':': case ';': case '"': case '\u201C': case '\u201D':
            case '(': case '[': case '-': case '\u2013': case '\u2014': case '\u2026': case '\'':
                return true;
            default:
                return false;
        }
    }

    private void addSyllable(int s, int e, int id, boolean foreignWord) {
        if (n == 0) {
            runSentenceInitial = sentenceInitial;
            foreignCount = 0;
        }
        if (n == starts.length) {
            starts = java.util.Arrays.copyOf(starts, n * 2);
            ends = java.util.Arrays.copyOf(ends, n * 2);
            ids = java.util.Arrays.copyOf(ids, n * 2);
            foreign = java.util.Arrays.copyOf(foreign, n * 2);
        }
        foreign[n] = foreignWord;
        if (foreignWord) {
            foreignCount++;
        }
        ids[n] = id;
        starts[n] = s;
        ends[n] = e;
        n++;
        sentenceInitial = false;
    }

    private void flush() {
        if (n == 0) {
            return;
        }
        int words = segmenter.segment(text, starts, ends, ids, n, runSentenceInitial, scratch);
        int[] wordEnds = scratch.wordEnds;
        int first = 0;
        for (int w = 0; w < words; w++) {
            int last = wordEnds[w] - 1;
            // a foreign word left alone keeps its type
            TokenType type = foreignCount > 0 && first == last && foreign[first] ? TokenType.FOREIGN : TokenType.WORD;
            out.accept(type, starts[first], ends[last]);
            first = last + 1;
        }
        n = 0;
    }

    private void emit(TokenType type, int start, int end) {
        out.accept(type, start, end);
    }
}
