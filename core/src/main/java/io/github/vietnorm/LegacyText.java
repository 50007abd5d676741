package io.github.vietnorm;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Finds and decodes Vietnamese text in legacy encodings, from bytes or from strings that some
 * program already decoded wrongly. Each paragraph (line) is judged on its own, since old documents
 * mix encodings (a TCVN3 letterhead over a Unicode body); a decoding is chosen by the share of
 * valid Vietnamese syllables it yields.
 *
 * <pre>{@code
 * LegacyText.repair("Uû ban nh©n d©n");        // "Uỷ ban nhân dân"   (TCVN3 read as Windows-1252)
 * LegacyText.repair("Vieät Nam");              // "Việt Nam"          (VNI read as Windows-1252)
 * LegacyText.repair("Viá»‡t Nam");             // "Việt Nam"          (UTF-8 read as Windows-1252)
 * LegacyText.repair("Việt Nam, café");         // the same instance: nothing to repair
 *
 * String text = LegacyText.decode(bytes);      // each paragraph in its own encoding
 * Detection d = LegacyText.detect(bytes);      // e.g. Detection[encoding=VNI, confidence=0.97]
 * }</pre>
 *
 * <p>All methods are static, thread-safe and never throw on content: any byte sequence and any
 * string (lone surrogates, control characters) gets a result.
 */
public final class LegacyText {
    private static final LegacyEncodingRepair REPAIR = new LegacyEncodingRepair();

    private LegacyText() {
    }

    /**
     * Repairs the lines of {@code text} that are a legacy encoding (TCVN3, VNI, VISCII, VPS,
     * Windows-1258) or UTF-8 read as Windows-1252 or Latin-1; other lines are kept. Repairs only
     * on a clear margin: valid Unicode Vietnamese and plain ASCII or English text never change.
     * This is the first stage of {@link VietnameseNormalizer} (on by default).
     *
     * @return the repaired text; {@code text} itself when nothing needed repair
     */
    public static String repair(String text) {
        Objects.requireNonNull(text, "text");
        TextRewriter out = new TextRewriter(text, false);
        REPAIR.apply(text, out, new StageContext());
        return out.result();
    }

    /**
     * Decodes {@code bytes}, each paragraph (line) in the encoding detected for it: UTF-8 when it
     * is valid UTF-8 (plain ASCII included, unless it is clearly VIQR), otherwise the legacy
     * encoding that yields the most valid syllables. The result is NFC where the encoding is
     * composed, with TCVN3's capitals restored from context.
     */
    public static String decode(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        StringBuilder out = new StringBuilder(bytes.length);
        EncodingScores.Scratch scratch = new EncodingScores.Scratch();
        int start = 0;
        while (start < bytes.length) {
            int end = indexOf(bytes, (byte) '\n', start);
            long choice = detectParagraph(bytes, start, end, scratch);
            encodingOf(choice).decodeInto(bytes, start, end, out);
            if (end < bytes.length) {
                out.append('\n');
            }
            start = end + 1;
        }
        return out.toString();
    }

    /**
     * Detects the encoding of {@code bytes}: each paragraph is detected on its own and the
     * encoding with the most evidence (non-ASCII words) wins. Plain ASCII is
     * {@link VietnameseEncoding#UTF_8} with confidence 1 unless it is clearly VIQR.
     */
    public static Detection detect(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        EncodingScores.Scratch scratch = new EncodingScores.Scratch();
        Map<VietnameseEncoding, long[]> evidence = new EnumMap<>(VietnameseEncoding.class);
        int start = 0;
        long totalRuns = 0;
        while (start < bytes.length) {
            int end = indexOf(bytes, (byte) '\n', start);
            long choice = detectParagraph(bytes, start, end, scratch);
            long runs = EncodingScores.valid(choice) + (long) EncodingScores.invalid(choice);
            if (runs > 0) {
                long[] e = evidence.computeIfAbsent(encodingOf(choice), k -> new long[2]);
                e[0] += runs;
                e[1] += EncodingScores.valid(choice);
                totalRuns += runs;
            }
            start = end + 1;
        }
        if (totalRuns == 0) {
            return new Detection(VietnameseEncoding.UTF_8, 1.0);
        }
        VietnameseEncoding best = null;
        long[] bestEvidence = null;
        for (Map.Entry<VietnameseEncoding, long[]> e : evidence.entrySet()) {
            if (bestEvidence == null || e.getValue()[0] > bestEvidence[0]) {
                best = e.getKey();
                bestEvidence = e.getValue();
            }
        }
        double share = (double) bestEvidence[0] / totalRuns;       // how much of the text agrees
        double valid = (double) bestEvidence[1] / bestEvidence[0];  // how well it decodes
        return new Detection(best, Math.max(0, Math.min(1, share * valid)));
    }

    private static int indexOf(byte[] b, byte x, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == x) {
                return i;
            }
        }
        return b.length;
    }

    // A paragraph's choice: the score of its decoding with the encoding's ordinal in the top bits.
    private static final int ENCODING_SHIFT = 60;

    private static VietnameseEncoding encodingOf(long choice) {
        return VietnameseEncoding.values()[(int) (choice >>> ENCODING_SHIFT)];
    }

    private static long choice(VietnameseEncoding e, long score) {
        return score | (long) e.ordinal() << ENCODING_SHIFT;
    }

    /** Detects the encoding of {@code b[start, end)}; returns {@link #choice}. */
    static long detectParagraph(byte[] b, int start, int end, EncodingScores.Scratch scratch) {
        boolean ascii = true;
        for (int i = start; i < end; i++) {
            if (b[i] < 0) {
                ascii = false;
                break;
            }
        }
        StringBuilder cand = scratch.out;
        if (ascii) {
            if (mayBeViqr(b, start, end)) {
                cand.setLength(0);
                VietnameseEncoding.VIQR.decodeInto(b, start, end, cand);
                long score = EncodingScores.score(cand, 0, cand.length());
                int words = countWords(b, start, end);
                int v = EncodingScores.valid(score);
                if (v >= 2 && EncodingScores.specific(score) >= 1 && EncodingScores.invalid(score) * 4 <= v
                        && v * 10 >= words * 3) {
                    return choice(VietnameseEncoding.VIQR, score);
                }
            }
            return choice(VietnameseEncoding.UTF_8, 0);
        }
        if (isValidUtf8(b, start, end)) {
            cand.setLength(0);
            cand.append(new String(b, start, end - start, java.nio.charset.StandardCharsets.UTF_8));
            return choice(VietnameseEncoding.UTF_8, EncodingScores.score(cand, 0, cand.length()));
        }
        VietnameseEncoding best = VietnameseEncoding.CP1258;
        long bestScore = 0;
        int bestRank = Integer.MIN_VALUE;
        for (VietnameseEncoding e : EncodingScores.BYTE_CANDIDATES) {
            cand.setLength(0);
            EncodingScores.decodeRaw(e, b, start, end, scratch, cand);
            long score = EncodingScores.score(cand, 0, cand.length());
            int rank = EncodingScores.rank(score);
            if (rank > bestRank) {
                best = e;
                bestScore = score;
                bestRank = rank;
            }
        }
        return choice(best, bestScore);
    }

    private static boolean mayBeViqr(byte[] b, int start, int end) {
        for (int i = start + 1; i < end; i++) {
            byte x = b[i];
            if ((Viqr.isTone((char) x) || Viqr.isHat((char) x)) && Viqr.isVowel((char) b[i - 1])) {
                return true;
            }
        }
        return false;
    }

    private static int countWords(byte[] b, int start, int end) {
        int n = 0;
        boolean in = false;
        for (int i = start; i < end; i++) {
            boolean letter = (b[i] >= 'a' && b[i] <= 'z') || (b[i] >= 'A' && b[i] <= 'Z');
            if (letter && !in) {
                n++;
            }
            in = letter || (in && b[i] > ' ');
        }
        return n;
    }

    /** Whether {@code b[start, end)} is well-formed UTF-8 (shortest forms, no surrogates). */
    static boolean isValidUtf8(byte[] b, int start, int end) {
        int i = start;
        while (i < end) {
            int x = b[i] & 0xFF;
            if (x < 0x80) {
                i++;
                continue;
            }
            int n;
            int min;
            if (x >= 0xC2 && x <= 0xDF) {
                n = 1;
                min = 0x80;
            } else if (x >= 0xE0 && x <= 0xEF) {
                n = 2;
                min = 0x800;
            } else if (x >= 0xF0 && x <= 0xF4) {
                n = 3;
                min = 0x10000;
            } else {
                return false;
            }
            if (i + n >= end) {
                return false;
            }
            int cp = x & (0x3F >> n);
            for (int k = 1; k <= n; k++) {
                int y = b[i + k] & 0xFF;
                if ((y & 0xC0) != 0x80) {
                    return false;
                }
                cp = cp << 6 | (y & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                return false;
            }
            i += n + 1;
        }
        return true;
    }
}
