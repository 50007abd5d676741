package io.github.vietnorm;

import io.github.vietnorm.dictionaries.Syllables;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Scores decodings of a paragraph by the Vietnamese syllables they yield and chooses among them:
 * the core of {@link LegacyText} and of the {@link LegacyEncodingRepair} stage.
 *
 * <p>A <em>run</em> is a maximal sequence of letters, combining marks and Latin-1 characters
 * (U+0080–U+00FF other than NBSP), so mojibake such as {@code nh©n} or {@code ®­îc} is one
 * run. Only runs with a non-ASCII character count: {@code valid} is how many of them are valid
 * syllables, {@code invalid} how many are not, {@code specific} how many valid ones hold a letter
 * beyond Latin-1 (ă, ơ, ệ, …: evidence no Latin-1 text produces by chance).
 */
final class EncodingScores {
    private EncodingScores() {
    }

    /** The legacy candidates for a mis-decoded string, in order of preference on a tie. */
    static final VietnameseEncoding[] STRING_CANDIDATES = {
        VietnameseEncoding.UTF_8, VietnameseEncoding.TCVN3, VietnameseEncoding.VNI,
        VietnameseEncoding.CP1258, VietnameseEncoding.VISCII, VietnameseEncoding.VPS
    };

    /** The candidates for bytes that are not valid UTF-8, in order of preference on a tie. */
    static final VietnameseEncoding[] BYTE_CANDIDATES = {
        VietnameseEncoding.TCVN3, VietnameseEncoding.VNI, VietnameseEncoding.CP1258,
        VietnameseEncoding.VISCII, VietnameseEncoding.VPS
    };

    static boolean isRunChar(char c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != 0);
        }
        if (c <= 0xFF) {
            return c != 0xA0;
        }
        if (Character.isLetter(c)) {
            return true;
        }
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || isCp1252Special(c);
    }

    /** The characters a Windows-1252 reader makes of bytes 0x80–0x9F. */
    private static final String CP1252_HIGH =
            "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
            + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    static boolean isCp1252Special(char c) {
        return c > 0xFF && CP1252_HIGH.indexOf(c) >= 0;
    }

    /** The byte a Windows-1252 (or Latin-1) reader turned into {@code c}, or -1. */
    static int toByte(char c) {
        if (c <= 0xFF) {
            return c;
        }
        int i = CP1252_HIGH.indexOf(c);
        return i < 0 ? -1 : 0x80 + i;
    }

    /** Whether {@code c} can only come from mis-decoding: a Latin-1 or CP1252 character other than the 18 Vietnamese vowels with marks Latin-1 has. */
    static boolean isMarker(char c) {
        if (c < 0x80) {
            return false;
        }
        if (c <= 0xFF) {
            return true;
        }
        return c == 0x152 || c == 0x153 || c == 0x160 || c == 0x161 || c == 0x178 || c == 0x17D || c == 0x17E || c == 0x192;
    }

    // ---- scores: four saturating 16-bit counts packed in a long -----------------------------------

    private static final int VALID = 0;
    private static final int INVALID = 16;
    private static final int SPECIFIC = 32;
    private static final int STRONG = 48;

    static int valid(long score) {
        return (int) (score >>> VALID & 0xFFFF);
    }

    static int invalid(long score) {
        return (int) (score >>> INVALID & 0xFFFF);
    }

    /** Valid runs holding a letter beyond Latin-1. */
    static int specific(long score) {
        return (int) (score >>> SPECIFIC & 0xFFFF);
    }

    /** Invalid runs that look like mojibake: two marker characters, or one right after an ASCII letter. */
    static int strong(long score) {
        return (int) (score >>> STRONG & 0xFFFF);
    }

    private static long inc(long score, int field) {
        return ((score >>> field) & 0xFFFF) == 0xFFFF ? score : score + (1L << field);
    }

    static long add(long a, long b) {
        long r = a;
        for (int f = 0; f < 64; f += 16) {
            long sum = Math.min(0xFFFF, ((a >>> f) & 0xFFFF) + ((b >>> f) & 0xFFFF));
            r = (r & ~(0xFFFFL << f)) | sum << f;
        }
        return r;
    }

    /** Scores {@code s[start, end)}; allocation-free. */
    static long score(CharSequence s, int start, int end) {
        long score = 0;
        int i = start;
        while (i < end) {
            char c = s.charAt(i);
            if (!isRunChar(c)) {
                if (c == '\uFFFD') {
                    score = inc(inc(score, INVALID), INVALID);
                }
                i++;
                continue;
            }
            int runStart = i;
            boolean nonAscii = false;
            boolean beyondLatin1 = false;
            int markers = 0;
            boolean afterLetter = false;
            char prev = 0;
            while (i < end && isRunChar(s.charAt(i))) {
                char d = s.charAt(i);
                if (d >= 0x80 || d < 0x20) {
                    nonAscii = true;
                    if (d > 0xFF && !isCp1252Special(d)) {
                        beyondLatin1 = true;
                    }
                    if (d < 0x20 || isMarker(d)) {
                        markers++;
                        if ((prev >= 'a' && prev <= 'z') || (prev >= 'A' && prev <= 'Z')) {
                            afterLetter = true;
                        }
                    }
                }
                prev = d;
                i++;
            }
            if (nonAscii) {
                if (i - runStart <= 14 && Syllables.isValid(s, runStart, i)) {
                    score = inc(score, VALID);
                    if (beyondLatin1) {
                        score = inc(score, SPECIFIC);
                    }
                } else {
                    score = inc(score, INVALID);
                    if (markers >= 2 || afterLetter) {
                        score = inc(score, STRONG);
                    }
                }
            }
        }
        return score;
    }

    /**
     * Whether a candidate decoding beats the text as it is by a clear margin, both scored over the
     * words the decoding changes: more valid syllables, at most one invalid run in five left, few
     * valid words lost; a gain of one syllable needs a letter beyond Latin-1, nothing left invalid
     * and a word that clearly was mojibake ({@code ViÖt}, {@code §¶ng}; not {@code µm}).
     */
    static boolean clearlyBetter(long candidate, long identity) {
        int v1 = valid(candidate);
        int b1 = invalid(candidate);
        int v0 = valid(identity);
        int gain = v1 - v0;
        if (gain < 1 || b1 * 4 > v1 || v0 * 2 > gain) {
            return false;
        }
        if (gain == 1) {
            return specific(candidate) >= 1 && b1 == 0 && strong(identity) >= 1;
        }
        return true;
    }

    /** A ranking key among candidates: more valid runs, fewer invalid ones. */
    static int rank(long score) {
        return valid(score) * 3 - invalid(score) * 4 + specific(score);
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r';
    }

    /**
     * Scores the words of {@code cand} that differ from the words of {@code text[start, end)},
     * pairing words by position (the decoders keep spaces). Returns false when the word counts differ;
     * else the scores of the changed words are in {@code scratch.identityScore} and {@code scratch.candidateScore}.
     */
    static boolean scoreChangedWords(CharSequence text, int start, int end, CharSequence cand, Scratch scratch) {
        long id = 0;
        long cd = 0;
        int i = start;
        int j = 0;
        int m = cand.length();
        while (i < end || j < m) {
            int wi = i;
            while (i < end && !isSpace(text.charAt(i))) {
                i++;
            }
            int wj = j;
            while (j < m && !isSpace(cand.charAt(j))) {
                j++;
            }
            if ((i < end) != (j < m)) {
                return false;
            }
            if (!regionEquals(text, wi, i, cand, wj, j)) {
                id = add(id, score(text, wi, i));
                cd = add(cd, score(cand, wj, j));
            }
            i++;
            j++;
        }
        scratch.identityScore = id;
        scratch.candidateScore = cd;
        return true;
    }

    static boolean regionEquals(CharSequence a, int aStart, int aEnd, CharSequence b, int bStart, int bEnd) {
        if (aEnd - aStart != bEnd - bStart) {
            return false;
        }
        for (int k = 0; k < aEnd - aStart; k++) {
            if (a.charAt(aStart + k) != b.charAt(bStart + k)) {
                return false;
            }
        }
        return true;
    }

    // ---- decoding a mis-decoded string ------------------------------------------------------------

    /** Per-call scratch space. */
    static final class Scratch {
        byte[] bytes = new byte[256];
        final StringBuilder out = new StringBuilder(256);
        final StringBuilder best = new StringBuilder(256);
        long identityScore;
        long candidateScore;
        private CharsetDecoder utf8;

        byte[] bytes(int n) {
            if (bytes.length < n) {
                bytes = new byte[Math.max(n, bytes.length * 2)];
            }
            return bytes;
        }

        CharsetDecoder utf8() {
            if (utf8 == null) {
                utf8 = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE);
            }
            return utf8;
        }
    }

    /**
     * Decodes {@code s[start, end)} as if its characters were the bytes of {@code e} seen through
     * Windows-1252 (characters with no byte are kept as they are), into {@code out}.
     */
    static void decodeMisread(CharSequence s, int start, int end, VietnameseEncoding e, Scratch scratch, StringBuilder out) {
        int from = out.length();
        int i = start;
        while (i < end) {
            int runStart = i;
            byte[] b = scratch.bytes(end - start);
            int n = 0;
            while (i < end) {
                int x = toByte(s.charAt(i));
                if (x < 0) {
                    break;
                }
                b[n++] = (byte) x;
                i++;
            }
            if (n > 0) {
                decodeRaw(e, b, 0, n, scratch, out);
            }
            if (i < end && i == runStart + n) {
                out.append(s.charAt(i));
                i++;
            }
        }
        if (e == VietnameseEncoding.TCVN3) {
            CodePages.restoreTcvn3Case(out, from, out.length());
        }
    }

    /** Decodes bytes with {@code e}, without TCVN3's case restoration (the caller does it over a wider span). */
    static void decodeRaw(VietnameseEncoding e, byte[] b, int start, int end, Scratch scratch, StringBuilder out) {
        switch (e) {
            case UTF_8:
                CharsetDecoder d = scratch.utf8().reset();
                CharBuffer cb = CharBuffer.allocate(end - start);
                ByteBuffer bb = ByteBuffer.wrap(b, start, end - start);
                CoderResult r = d.decode(bb, cb, true);
                assert !r.isOverflow();
                d.flush(cb);
                cb.flip();
                out.append(cb);
                break;
            case TCVN3:
                CodePages.decode(CodePages.of(e), b, start, end, out);
                break;
            default:
                e.decodeInto(b, start, end, out);
        }
    }
}
