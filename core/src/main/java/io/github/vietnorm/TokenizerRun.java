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
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int[] ids = new int[16];
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
                scratch = new WordSegmenter.Scratch();
            }
        }
    }

    private void run() {
        CharSequence t = text;
        int len = t.length();
        ProtectedSpans spans = ProtectedSpans.scan(t);
        int si = 0;
        int nextSpan = spans.size() > 0 ? spans.start(0) : len;
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
                nextSpan = si < spans.size() ? spans.start(si) : len;
                continue;
            }
            char c = t.charAt(pos);
            if (c == ' ' || c == '\t') {
                pos++;
            } else if (c == '\n' || c == '\r' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                flush();
                if (c == '\n' || c == '\r') {
                    sentenceInitial = true;
                }
                pos++;
            } else if (Character.isLetter(c)) {
                int e = letterRunEnd(t, pos, nextSpan);
                int id = lexicon.syllableId(t, pos, e);
                if (lexicon.isVietnameseSyllable(id)
                        || id < 0 && io.github.vietnorm.dictionaries.Syllables.isSyllableLetters(t, pos, e)) {
                    addSyllable(pos, e, id);
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
            } else if (c >= '0' && c <= '9' || Character.isDigit(c)) {
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

    /** Letters and non-spacing marks below U+2000 (all Vietnamese letters and marks). */
    private static final boolean[] LETTER = new boolean[0x2000];

    static {
        for (int c = 0; c < LETTER.length; c++) {
            LETTER[c] = Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
        }
    }

    private static int letterRunEnd(CharSequence t, int pos, int len) {
        int e = pos + 1;
        while (e < len) {
            char c = t.charAt(e);
            if (c < 0x2000 ? LETTER[c] : Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                e++;
            } else {
                break;
            }
        }
        return e;
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

    private void addSyllable(int s, int e, int id) {
        if (n == 0) {
            runSentenceInitial = sentenceInitial;
        }
        if (n == starts.length) {
            starts = java.util.Arrays.copyOf(starts, n * 2);
            ends = java.util.Arrays.copyOf(ends, n * 2);
            ids = java.util.Arrays.copyOf(ids, n * 2);
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
            out.accept(TokenType.WORD, starts[first], ends[last]);
            first = last + 1;
        }
        n = 0;
    }

    private void emit(TokenType type, int start, int end) {
        out.accept(type, start, end);
    }
}
