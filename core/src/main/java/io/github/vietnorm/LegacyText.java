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
        Paragraphs ps = detectAll(bytes);
        StringBuilder out = new StringBuilder(bytes.length);
        for (int k = 0; k < ps.count; k++) {
            int start = ps.starts[k];
            int end = ps.ends[k];
            encodingOf(ps.choices[k]).decodeInto(bytes, start, end, out);
            if (end < bytes.length) {
                out.append('\n');
            }
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
        Paragraphs ps = detectAll(bytes);
        Map<VietnameseEncoding, long[]> evidence = new EnumMap<>(VietnameseEncoding.class);
        long totalRuns = 0;
        for (int k = 0; k < ps.count; k++) {
            long choice = ps.choices[k];
            long runs = EncodingScores.valid(choice) + (long) EncodingScores.invalid(choice);
            if (runs > 0) {
                long[] e = evidence.computeIfAbsent(encodingOf(choice), x -> new long[2]);
                e[0] += runs;
                e[1] += EncodingScores.valid(choice);
                totalRuns += runs;
            }
        }
        if (totalRuns == 0) {
            return new Detection(ps.viqr ? VietnameseEncoding.VIQR : VietnameseEncoding.UTF_8, 1.0);
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

    /** The paragraphs of some bytes with the decoding chosen for each. */
    private static final class Paragraphs {
        int count;
        int[] starts = new int[16];
        int[] ends = new int[16];
        long[] choices = new long[16];
        long[][] scores = new long[16][];
        boolean viqr;

        void add(int start, int end, long choice, long[] candidateScores) {
            if (count == starts.length) {
                starts = java.util.Arrays.copyOf(starts, count * 2);
                ends = java.util.Arrays.copyOf(ends, count * 2);
                choices = java.util.Arrays.copyOf(choices, count * 2);
                scores = java.util.Arrays.copyOf(scores, count * 2);
            }
            starts[count] = start;
            ends[count] = end;
            choices[count] = choice;
            scores[count] = candidateScores;
            count++;
        }
    }

    /**
     * Detects every paragraph, then settles the close calls (short paragraphs that several legacy
     * encodings decode into valid syllables) in favour of the encoding the clear paragraphs agree on.
     */
    private static Paragraphs detectAll(byte[] bytes) {
        EncodingScores.Scratch scratch = new EncodingScores.Scratch();
        Paragraphs ps = new Paragraphs();
        long[] votes = new long[VietnameseEncoding.values().length];
        int start = 0;
        while (start < bytes.length) {
            int end = indexOf(bytes, (byte) '\n', start);
            long[] candidateScores = new long[VietnameseEncoding.values().length];
            java.util.Arrays.fill(candidateScores, -1);
            long choice = detectParagraph(bytes, start, end, scratch, candidateScores);
            ps.add(start, end, choice, candidateScores);
            if (encodingOf(choice) == VietnameseEncoding.VIQR) {
                ps.viqr = true;
            }
            if (isDecisive(choice, candidateScores)) {
                votes[encodingOf(choice).ordinal()] += EncodingScores.valid(choice) + EncodingScores.invalid(choice);
            }
            start = end + 1;
        }
        int doc = -1;
        for (int e = 0; e < votes.length; e++) {
            if (votes[e] > 0 && (doc < 0 || votes[e] > votes[doc])) {
                doc = e;
            }
        }
        if (doc >= 0) {
            for (int k = 0; k < ps.count; k++) {
                long[] sc = ps.scores[k];
                long choice = ps.choices[k];
                if (encodingOf(choice).ordinal() != doc && sc[doc] >= 0 && !isDecisive(choice, sc)
                        && EncodingScores.rank(sc[doc]) >= EncodingScores.rank(choice & SCORE_MASK) - CLOSE) {
                    ps.choices[k] = choice(VietnameseEncoding.values()[doc], sc[doc]);
                }
            }
        }
        return ps;
    }

    /** Rank differences up to this are close calls. */
    private static final int CLOSE = 3;

    private static boolean isDecisive(long choice, long[] candidateScores) {
        int chosen = encodingOf(choice).ordinal();
        long score = choice & SCORE_MASK;
        int rank = EncodingScores.rank(score);
        for (int e = 0; e < candidateScores.length; e++) {
            long other = candidateScores[e];
            if (e != chosen && other >= 0 && EncodingScores.rank(other) > rank - CLOSE) {
                return false;
            }
        }
        return true;
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
    private static final long SCORE_MASK = (1L << ENCODING_SHIFT) - 1;

    private static VietnameseEncoding encodingOf(long choice) {
        return VietnameseEncoding.values()[(int) (choice >>> ENCODING_SHIFT)];
    }

    private static long choice(VietnameseEncoding e, long score) {
        return score | (long) e.ordinal() << ENCODING_SHIFT;
    }

    /** Detects the encoding of {@code b[start, end)}; returns {@link #choice}. */
    static long detectParagraph(byte[] b, int start, int end, EncodingScores.Scratch scratch, long[] candidateScores) {
        boolean ascii = true;
        for (int i = start; i < end; i++) {
            if (b[i] < 0 || isLetterControl(b[i])) {
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
                if (v >= 1 && EncodingScores.invalid(score) * 4 <= v) {
                    candidateScores[VietnameseEncoding.VIQR.ordinal()] = score; // enough if the document is VIQR
                }
                if (v >= 2 && EncodingScores.specific(score) >= 1 && EncodingScores.invalid(score) * 4 <= v
                        && v * 10 >= words * 3) {
                    return choice(VietnameseEncoding.VIQR, score);
                }
            }
            return choice(VietnameseEncoding.UTF_8, 0);
        }
        long utf8Score = -1;
        if (isValidUtf8(b, start, end)) {
            cand.setLength(0);
            cand.append(new String(b, start, end - start, java.nio.charset.StandardCharsets.UTF_8));
            utf8Score = EncodingScores.score(cand, 0, cand.length());
            candidateScores[VietnameseEncoding.UTF_8.ordinal()] = utf8Score;
            if (EncodingScores.invalid(utf8Score) == 0) {
                return choice(VietnameseEncoding.UTF_8, utf8Score);
            }
        }
        VietnameseEncoding best = VietnameseEncoding.CP1258;
        long bestScore = 0;
        int bestRank = Integer.MIN_VALUE;
        for (VietnameseEncoding e : EncodingScores.BYTE_CANDIDATES) {
            cand.setLength(0);
            e.decodeInto(b, start, end, cand);
            long score = EncodingScores.score(cand, 0, cand.length());
            int hash = hash(cand);
            boolean duplicate = false;
            for (VietnameseEncoding earlier : EncodingScores.BYTE_CANDIDATES) {
                if (earlier == e) {
                    break;
                }
                duplicate |= scratch.hashes[earlier.ordinal()] == hash;
            }
            scratch.hashes[e.ordinal()] = hash;
            if (!duplicate) {
                candidateScores[e.ordinal()] = score; // a decoding identical to an earlier one is no competitor
            }
            int rank = EncodingScores.rank(score);
            if (rank > bestRank) {
                best = e;
                bestScore = score;
                bestRank = rank;
            }
        }
        if (utf8Score >= 0 && bestRank <= EncodingScores.rank(utf8Score) + 2) {
            // valid UTF-8 that decodes no worse: legacy bytes are rarely valid UTF-8 by chance
            return choice(VietnameseEncoding.UTF_8, utf8Score);
        }
        return choice(best, bestScore);
    }

    /** The C0 bytes where VISCII and VPS put capitals (never tab, line feed, carriage return, form feed). */
    private static boolean isLetterControl(byte x) {
        return (x >= 0x02 && x <= 0x06) || (x >= 0x10 && x <= 0x15) || x == 0x19 || (x >= 0x1C && x <= 0x1E);
    }

    private static int hash(CharSequence s) {
        int h = 0;
        for (int i = 0; i < s.length(); i++) {
            h = 31 * h + s.charAt(i);
        }
        return h;
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
