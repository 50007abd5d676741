package io.github.vietnorm.lucene;

import io.github.vietnorm.TokenConsumer;
import io.github.vietnorm.TokenType;
import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeFactory;

/**
 * Splits Vietnamese text into words with the vietnorm tokenizer ({@link
 * io.github.vietnorm.VietnameseTokenizer}): multi-syllable words are single tokens ({@code Khoa
 * học}, {@code Ủy ban}), and numbers, dates, times, document codes ({@code 05-CT/TW}),
 * abbreviations ({@code UBND}, {@code KH&CN}), URLs and e-mails are kept whole. With {@link
 * Granularity#SYLLABLES} words are split into their syllables instead, which suits accent-folded
 * fields and phrase queries over syllables.
 *
 * <pre>{@code
 * Tokenizer t = new VietnameseTokenizer();
 * t.setReader(new StringReader("Sở Khoa học và Công nghệ ban hành Quyết định 05-CT/TW"));
 * // Sở  Khoa học  và  Công nghệ  ban hành  Quyết định  05-CT/TW
 * // <WORD> ...                                         <DOCUMENT_CODE>
 * }</pre>
 *
 * <p>Attributes: the term (the token's characters, each run of whitespace inside a word written as
 * one space, case kept: lower-case it with a {@code LowerCaseFilter} <em>after</em> this tokenizer,
 * since capitals matter to segmentation only through the lexicon, never the reverse), offsets into
 * the original text (through {@link #correctOffset(int)}, so char filters in front are honoured),
 * the type ({@link #TYPE_WORD} and the other {@code TYPE_} constants) and a position increment of
 * 1. Punctuation is dropped unless asked for. Tokens longer than {@code maxTokenLength} chars
 * (255 by default) are dropped, as no search engine can index them usefully.
 *
 * <p>The default segmentation does not join runs of capitalised syllables into proper names
 * ({@code joinProperNames(false)}), so a query typed in lower case is segmented exactly like the
 * capitalised text it should find. The field is read a paragraph-sized chunk at a time (at least 64
 * K chars, cut at a line start): memory per token stream is bounded by the longest paragraph.
 */
public final class VietnameseTokenizer extends Tokenizer {

    /** How much of a word one token holds. */
    public enum Granularity {
        /** Whole words, one or more syllables each ({@code Khoa học}); the default. */
        WORDS,
        /** Single syllables ({@code Khoa}, {@code học}); tokens of other types stay whole. */
        SYLLABLES
    }

    /** Type of a Vietnamese word (or, with {@link Granularity#SYLLABLES}, syllable). */
    public static final String TYPE_WORD = "<WORD>";
    /** Type of a word that is not Vietnamese ({@code Smart}, {@code VNeID}). */
    public static final String TYPE_FOREIGN = "<FOREIGN>";
    /** Type of a number. */
    public static final String TYPE_NUMBER = "<NUMBER>";
    /** Type of a date ({@code 16/09/2022}). */
    public static final String TYPE_DATE = "<DATE>";
    /** Type of a time of day ({@code 14h30}). */
    public static final String TYPE_TIME = "<TIME>";
    /** Type of a document number or code, or a standard ({@code 30/2020/NĐ-CP}, {@code 05-CT/TW}). */
    public static final String TYPE_DOCUMENT_CODE = "<DOCUMENT_CODE>";
    /** Type of an abbreviation ({@code UBND}, {@code KH&CN}). */
    public static final String TYPE_ABBREVIATION = "<ABBREVIATION>";
    /** Type of a URL or domain name. */
    public static final String TYPE_URL = "<URL>";
    /** Type of an e-mail address. */
    public static final String TYPE_EMAIL = "<EMAIL>";
    /** Type of punctuation (only with {@code keepPunctuation}). */
    public static final String TYPE_PUNCTUATION = "<PUNCTUATION>";

    /** Default maximum token length in chars. */
    public static final int DEFAULT_MAX_TOKEN_LENGTH = 255;

    private static final String[] TYPES = types();
    private static final int PUNCTUATION = TokenType.PUNCTUATION.ordinal();
    private static final int WORD = TokenType.WORD.ordinal();

    private final io.github.vietnorm.VietnameseTokenizer core;
    private final Granularity granularity;
    private final boolean keepPunctuation;
    private final int maxTokenLength;
    private final ChunkReader chunks;
    private final TokenConsumer collector = this::collect;
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

    /** Tokens of the current chunk: start, end, type ordinal. */
    private int[] tokens = new int[3 * 64];
    private int count;
    private int next;
    /** In syllable mode: the rest of the word being split, or -1. */
    private int subStart = -1;
    private int subEnd;

    /** A tokenizer emitting words, with the shared default segmenter. */
    public VietnameseTokenizer() {
        this(DEFAULT_TOKEN_ATTRIBUTE_FACTORY, Defaults.segmenter(), Granularity.WORDS, false, DEFAULT_MAX_TOKEN_LENGTH);
    }

    /**
     * A tokenizer emitting words or syllables with the shared default segmenter.
     *
     * @param granularity words or syllables
     */
    public VietnameseTokenizer(Granularity granularity) {
        this(DEFAULT_TOKEN_ATTRIBUTE_FACTORY, Defaults.segmenter(), granularity, false, DEFAULT_MAX_TOKEN_LENGTH);
    }

    /**
     * @param factory         the attribute factory
     * @param segmenter       the core tokenizer (immutable and shared; e.g. built with a user lexicon)
     * @param granularity     words or syllables
     * @param keepPunctuation whether punctuation tokens are emitted
     * @param maxTokenLength  longer tokens are dropped (at least 1)
     */
    public VietnameseTokenizer(AttributeFactory factory, io.github.vietnorm.VietnameseTokenizer segmenter,
                               Granularity granularity, boolean keepPunctuation, int maxTokenLength) {
        this(factory, segmenter, granularity, keepPunctuation, maxTokenLength, ChunkReader.DEFAULT_CHUNK_SIZE);
    }

    VietnameseTokenizer(AttributeFactory factory, io.github.vietnorm.VietnameseTokenizer segmenter,
                        Granularity granularity, boolean keepPunctuation, int maxTokenLength, int chunkSize) {
        super(factory);
        this.core = Objects.requireNonNull(segmenter, "segmenter");
        this.granularity = Objects.requireNonNull(granularity, "granularity");
        this.keepPunctuation = keepPunctuation;
        if (maxTokenLength < 1) {
            throw new IllegalArgumentException("maxTokenLength must be at least 1: " + maxTokenLength);
        }
        this.maxTokenLength = maxTokenLength;
        this.chunks = new ChunkReader(chunkSize);
    }

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        while (true) {
            if (subStart >= 0 && nextSyllable()) {
                return true;
            }
            if (next < count) {
                int i = 3 * next++;
                int start = tokens[i];
                int end = tokens[i + 1];
                int type = tokens[i + 2];
                if (type == PUNCTUATION && !keepPunctuation) {
                    continue;
                }
                if (type == WORD && granularity == Granularity.SYLLABLES) {
                    subStart = start;
                    subEnd = end;
                    continue;
                }
                if (end - start > maxTokenLength) {
                    continue;
                }
                emit(start, end, TYPES[type]);
                return true;
            }
            if (!chunks.next(input)) {
                return false;
            }
            count = 0;
            next = 0;
            core.tokenize(new CharArraySequence(chunks.buffer(), chunks.length()), collector);
        }
    }

    /** Emits the next syllable of the word {@code [subStart, subEnd)}, if any. */
    private boolean nextSyllable() {
        char[] buf = chunks.buffer();
        int s = subStart;
        while (s < subEnd && isSpace(buf[s])) {
            s++;
        }
        if (s == subEnd) {
            subStart = -1;
            return false;
        }
        int e = s + 1;
        while (e < subEnd && !isSpace(buf[e])) {
            e++;
        }
        subStart = e;
        if (e - s > maxTokenLength) {
            return nextSyllable();
        }
        emit(s, e, TYPE_WORD);
        return true;
    }

    private void emit(int start, int end, String type) {
        char[] buf = chunks.buffer();
        char[] term = termAtt.resizeBuffer(end - start);
        int n = 0;
        boolean space = false;
        for (int i = start; i < end; i++) {
            char c = buf[i];
            if (isSpace(c)) {
                space = true;
            } else {
                if (space && n > 0) {
                    term[n++] = ' ';
                }
                space = false;
                term[n++] = c;
            }
        }
        termAtt.setLength(n);
        int base = chunks.base();
        offsetAtt.setOffset(correctOffset(base + start), correctOffset(base + end));
        typeAtt.setType(type);
    }

    private void collect(TokenType type, int start, int end) {
        int i = 3 * count;
        if (i + 3 > tokens.length) {
            int[] bigger = new int[tokens.length * 2];
            System.arraycopy(tokens, 0, bigger, 0, i);
            tokens = bigger;
        }
        tokens[i] = start;
        tokens[i + 1] = end;
        tokens[i + 2] = type.ordinal();
        count++;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    @Override
    public void end() throws IOException {
        super.end();
        int finalOffset = correctOffset(chunks.consumed());
        offsetAtt.setOffset(finalOffset, finalOffset);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        chunks.reset();
        count = 0;
        next = 0;
        subStart = -1;
        if (tokens.length > 3 * 4096) {
            tokens = new int[3 * 64];
        }
    }

    /** The Lucene type string of a core token type: {@code "<" + type.name() + ">"}. */
    public static String typeOf(TokenType type) {
        return TYPES[type.ordinal()];
    }

    private static String[] types() {
        String[] t = new String[TokenType.values().length];
        for (TokenType type : TokenType.values()) {
            t[type.ordinal()] = "<" + type.name() + ">";
        }
        return t;
    }

    /** A read-only view of {@code chars[0, length)}; no copy. */
    private static final class CharArraySequence implements CharSequence {
        private final char[] chars;
        private final int length;

        CharArraySequence(char[] chars, int length) {
            this.chars = chars;
            this.length = length;
        }

        @Override
        public int length() {
            return length;
        }

        @Override
        public char charAt(int index) {
            if (index >= length) {
                throw new IndexOutOfBoundsException(index);
            }
            return chars[index];
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new String(chars, start, end - start);
        }

        @Override
        public String toString() {
            return new String(chars, 0, length);
        }
    }
}
