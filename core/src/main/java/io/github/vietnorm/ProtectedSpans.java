package io.github.vietnorm;

import java.util.Arrays;

/**
 * The spans of a text that no normalization stage may alter, found by one left-to-right scan:
 * URLs and domains, e-mail addresses, document numbers and codes, standards, numbers, dates, times,
 * phone and tax numbers, alphanumeric codes ({@code COVID-19}), abbreviations with inner
 * punctuation ({@code TP.HCM}, {@code KH&CN}) and mixed-case names ({@code VNeID}, {@code MobiFone}).
 * The tokenizer reuses the same scan, so the normalizer and the tokenizer agree on every span.
 *
 * <p>Contract for stages: no stage inserts, deletes or replaces characters strictly inside a span
 * ({@link #splits(int)} is false for every insertion point it uses, and edits never overlap a
 * span). The one exception is the abbreviation stage, which may replace a whole
 * {@link #ABBREVIATION} span by its expansion.
 *
 * <p>Result layout: {@code size()} spans, sorted, non-overlapping, non-empty, kept in parallel
 * {@code int} arrays (no object per span). Each has an internal kind (the constants below) that
 * {@link #type(int)} maps onto the public {@link TokenType}.
 *
 * <p>The scan is linear: every matcher is hand-written, looks ahead a bounded number of characters
 * from a token start (capped, so a 100 MB line without spaces stays linear), and a failed match
 * skips the rest of the letter/digit run. Any string is accepted.
 */
final class ProtectedSpans {
    /** {@code https://…}, {@code www.dost.gov.vn}, {@code vbpl.vn}. */
    static final byte URL = 0;
    /** {@code ten@sokhcn.gov.vn}. */
    static final byte EMAIL = 1;
    /** {@code 30/2020/NĐ-CP}, {@code 123/QĐ-UBND}, {@code 05-CT/TW}. */
    static final byte DOCUMENT_CODE = 2;
    /** {@code TCVN 5502:2003}, {@code ISO/IEC 17025:2017}, {@code QCVN 01:2009/BYT}. */
    static final byte STANDARD = 3;
    /** {@code 1.099}, {@code 2,5}, {@code 10km}. */
    static final byte NUMBER = 4;
    /** {@code 46,27%}. */
    static final byte PERCENT = 5;
    /** {@code 16/09/2022}, {@code 28/5}, {@code ngày 14.9}. */
    static final byte DATE = 6;
    /** {@code 14h30}, {@code 09:01:33}. */
    static final byte TIME = 7;
    /** {@code 0236.3822.999}, {@code 0101234567-001}. */
    static final byte PHONE = 8;
    /** {@code COVID-19}, {@code SARS-CoV-2}, {@code F0}, {@code 43H-0530}. */
    static final byte CODE = 9;
    /** {@code TP.HCM}, {@code PGS.TS.}, {@code Đ/c}, {@code KH&CN}, {@code LĐ-TB&XH}. */
    static final byte ABBREVIATION = 10;
    /** {@code VNeID}, {@code eKYC}, {@code iPhone}, {@code MobiFone}, {@code TTg}. */
    static final byte NAME = 11;

    private static final TokenType[] TYPES = {
        TokenType.URL, TokenType.EMAIL, TokenType.DOCUMENT_CODE, TokenType.DOCUMENT_CODE,
        TokenType.NUMBER, TokenType.NUMBER, TokenType.DATE, TokenType.TIME, TokenType.NUMBER,
        TokenType.FOREIGN, TokenType.ABBREVIATION, TokenType.FOREIGN
    };

    private static final String[] KIND_NAMES = {
        "URL", "EMAIL", "DOCUMENT_CODE", "STANDARD", "NUMBER", "PERCENT", "DATE", "TIME", "PHONE",
        "CODE", "ABBREVIATION", "NAME"
    };

    static final ProtectedSpans EMPTY = new ProtectedSpans(new int[0], new int[0], new byte[0], 0);

    private final int[] starts;
    private final int[] ends;
    private final byte[] kinds;
    private final int size;

    private ProtectedSpans(int[] starts, int[] ends, byte[] kinds, int size) {
        this.starts = starts;
        this.ends = ends;
        this.kinds = kinds;
        this.size = size;
    }

    /** Scans {@code text} once. */
    static ProtectedSpans scan(CharSequence text) {
        return new SpanScanner(text).run();
    }

    /** Number of spans. */
    int size() {
        return size;
    }

    /** Start (inclusive) of span {@code i}. */
    int start(int i) {
        return starts[i];
    }

    /** End (exclusive) of span {@code i}. */
    int end(int i) {
        return ends[i];
    }

    /** Internal kind of span {@code i} (one of the constants of this class). */
    int kind(int i) {
        return kinds[i];
    }

    /** Public token type of span {@code i}. */
    TokenType type(int i) {
        return TYPES[kinds[i]];
    }

    /** The public token type for an internal kind. */
    static TokenType typeOf(int kind) {
        return TYPES[kind];
    }

    /** Name of an internal kind, for messages and tests. */
    static String kindName(int kind) {
        return KIND_NAMES[kind];
    }

    /** Index of the first span that ends after {@code position}, or {@link #size()} if none. */
    int firstEndingAfter(int position) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= position) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index of the span containing {@code position} ({@code start <= position < end}), or -1. */
    int indexAt(int position) {
        int i = firstEndingAfter(position);
        return i < size && starts[i] <= position ? i : -1;
    }

    /** Whether an insertion at {@code position} (between {@code position-1} and {@code position}) would split a span. */
    boolean splits(int position) {
        int i = firstEndingAfter(position);
        return i < size && starts[i] < position;
    }

    /** Whether {@code [from, to)} overlaps a span. */
    boolean overlaps(int from, int to) {
        int i = firstEndingAfter(from);
        return i < size && starts[i] < to;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(KIND_NAMES[kinds[i]]).append('[').append(starts[i]).append(',').append(ends[i]).append(')');
        }
        return sb.append(']').toString();
    }

    /** Collects spans in order. */
    static final class Builder {
        private int[] starts = new int[8];
        private int[] ends = new int[8];
        private byte[] kinds = new byte[8];
        private int size;

        void add(int start, int end, byte kind) {
            if (size == starts.length) {
                int cap = size * 2;
                starts = Arrays.copyOf(starts, cap);
                ends = Arrays.copyOf(ends, cap);
                kinds = Arrays.copyOf(kinds, cap);
            }
            starts[size] = start;
            ends[size] = end;
            kinds[size] = kind;
            size++;
        }

        /** Forgets the spans, keeps the arrays (a reused builder: {@link SpanScanner#scanInto}). */
        void clear() {
            size = 0;
        }

        int size() {
            return size;
        }

        int capacity() {
            return starts.length;
        }

        int start(int i) {
            return starts[i];
        }

        int end(int i) {
            return ends[i];
        }

        TokenType type(int i) {
            return TYPES[kinds[i]];
        }

        ProtectedSpans build() {
            return size == 0 ? EMPTY : new ProtectedSpans(starts, ends, kinds, size);
        }
    }
}
