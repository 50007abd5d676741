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
        return Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /**
     * Whether {@code s[i]} belongs to a run: {@link #isRunChar} characters, and the punctuation
     * Windows-1252 puts at 0x80–0x9F ({@code – “ ” ‘ ’ … ‡}) when it touches one of them (inside
     * UTF-8 mojibake such as {@code á»‡} or {@code Ä‘}, not as a dash between words).
     */
    static boolean isRunCharAt(CharSequence s, int i, int start, int end) {
        char c = s.charAt(i);
        if (isRunChar(c)) {
            return true;
        }
        if (!isCp1252Special(c)) {
            return false;
        }
        return (i > start && isRunChar(s.charAt(i - 1))) || (i + 1 < end && isRunChar(s.charAt(i + 1)));
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

    // ---- scores: five saturating 12-bit counts packed in a long -----------------------------------

    private static final int VALID = 0;
    private static final int INVALID = 12;
    private static final int SPECIFIC = 24;
    private static final int STRONG = 36;
    private static final int COMMON = 48;
    private static final int MAX = 0xFFF;

    /** Valid runs that are frequent syllables (a tie-breaker between decodings). */
    static int common(long score) {
        return (int) (score >>> COMMON & MAX);
    }

    static int valid(long score) {
        return (int) (score >>> VALID & MAX);
    }

    static int invalid(long score) {
        return (int) (score >>> INVALID & MAX);
    }

    /** Valid runs of three letters or more holding a letter beyond Latin-1 or a circumflex letter (â ê ô: rare in Latin-1 text). */
    static int specific(long score) {
        return (int) (score >>> SPECIFIC & MAX);
    }

    /** Invalid runs that look like mojibake: two marker characters, or one between an ASCII letter and a letter. */
    static int strong(long score) {
        return (int) (score >>> STRONG & MAX);
    }

    private static long inc(long score, int field) {
        return ((score >>> field) & MAX) == MAX ? score : score + (1L << field);
    }

    static long add(long a, long b) {
        long r = a;
        for (int f = 0; f <= COMMON; f += 12) {
            long sum = Math.min(MAX, ((a >>> f) & MAX) + ((b >>> f) & MAX));
            r = (r & ~((long) MAX << f)) | sum << f;
        }
        return r;
    }

    private static boolean isCircumflexLetter(char c) {
        return c == 'â' || c == 'ê' || c == 'ô' || c == 'Â' || c == 'Ê' || c == 'Ô';
    }

    /** Scores {@code s[start, end)} as it stands (possibly mis-read text); allocation-free. */
    static long score(CharSequence s, int start, int end) {
        return score(s, start, end, true);
    }

    /**
     * Scores {@code s[start, end)}; allocation-free. {@code misread}: the text may be bytes read as
     * Windows-1252, so its CP1252 punctuation touching a letter is part of the word ({@code Ä‘});
     * in a decoding that punctuation is punctuation ({@code “Điều”}).
     */
    static long score(CharSequence s, int start, int end, boolean misread) {
        long score = 0;
        int i = start;
        while (i < end) {
            char c = s.charAt(i);
            if (!(misread ? isRunCharAt(s, i, start, end) : isRunChar(c))) {
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
            int upper = 0;
            int lowerAfterFirst = 0;
            boolean firstUpper = Character.isUpperCase(c);
            while (i < end && (misread ? isRunCharAt(s, i, start, end) : isRunChar(s.charAt(i)))) {
                char d = s.charAt(i);
                if (Character.isUpperCase(d)) {
                    upper++;
                } else if (i > runStart && Character.isLowerCase(d)) {
                    lowerAfterFirst++;
                }
                if (d >= 0x80 || d < 0x20) {
                    nonAscii = true;
                    if ((d > 0xFF && !isCp1252Special(d)) || isCircumflexLetter(d)) {
                        beyondLatin1 = true;
                    }
                    if (d < 0x20 || isMarker(d) || isCp1252Special(d)) {
                        markers++;
                        if (((prev >= 'a' && prev <= 'z') || (prev >= 'A' && prev <= 'Z'))
                                && i + 1 < end && Character.isLetter(s.charAt(i + 1))) {
                            afterLetter = true; // inside a word: ViÖt, TAÙC (not a final YÙ)
                        }
                    }
                }
                prev = d;
                i++;
            }
            // case: lower, UPPER or Title; a capital inside a lower-case word is a wrong decoding
            boolean cased = upper == 0 || (firstUpper && (lowerAfterFirst == 0 || upper == 1));
            if (nonAscii && i - runStart == 1 && !(cased && CommonSyllables.contains(s, runStart, i))) {
                continue; // a lone letter or symbol (đ), ®) is no evidence either way, unless a frequent word (ở)
            }
            if (nonAscii) {
                // a lone letter (ổ, Ớ) is as often a stray symbol byte: only the frequent ones count
                if (cased && i - runStart <= 14 && Syllables.isValid(s, runStart, i)
                        && (i - runStart > 1 || CommonSyllables.contains(s, runStart, i))) {
                    score = inc(score, VALID);
                    if (beyondLatin1 && i - runStart >= 3) {
                        score = inc(score, SPECIFIC);
                    }
                    if (CommonSyllables.contains(s, runStart, i)) {
                        score = inc(score, COMMON);
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
        return clearlyBetter(candidate, identity, false);
    }

    /**
     * As {@link #clearlyBetter(long, long)}; {@code pairs} says the candidate is VNI, whose
     * base-letter + mark-byte pairs Latin-1 text does not form by chance, so a one-word gain needs
     * no letter beyond Latin-1 ({@code TAÙC} → {@code TÁC}).
     */
    static boolean clearlyBetter(long candidate, long identity, boolean pairs) {
        int v1 = valid(candidate);
        int b1 = invalid(candidate);
        int v0 = valid(identity);
        int gain = v1 - v0;
        if (gain < 1 || b1 * 4 > v1) {
            return false;
        }
        if (gain == 1) {
            return (pairs || specific(candidate) >= 1) && b1 == 0 && strong(identity) >= 1;
        }
        return true;
    }

    /** Whether a candidate is better than the text as it is at all: more valid syllables, at most one invalid run in five. */
    static boolean weaklyBetter(long candidate, long identity) {
        int v1 = valid(candidate);
        return v1 > valid(identity) && invalid(candidate) * 4 <= v1;
    }

    /** A ranking key among candidates: more valid runs, fewer invalid ones. */
    static int rank(long score) {
        return valid(score) * 3 - invalid(score) * 4 + common(score) * 2;
    }

    /**
     * A char between words: also the Unicode spaces the whitespace stage makes ASCII spaces (no byte
     * of any code page, so no decoding takes them), else a second pass would judge {@code g§c} alone
     * where the first judged {@code nn}+U+3000+{@code g§c} as one word. Not the NBSP: it is a byte.
     */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c > 0xFF && WhitespaceAndInvisibles.isSpace(c);
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
            if (!regionEquals(text, wi, i, cand, wj, j) && hasMarker(text, wi, i)) {
                // the word as it stands: read as mojibake (Ä‘ one word) or as Unicode (“Ã” a quoted
                // valid syllable), whichever yields more valid syllables
                long misread = score(text, wi, i, true);
                long unicode = score(text, wi, i, false);
                id = add(id, valid(unicode) > valid(misread) ? unicode : misread);
                cd = add(cd, score(cand, wj, j, false));
            }
            i++;
            j++;
        }
        scratch.identityScore = id;
        scratch.candidateScore = cd;
        return true;
    }

    /** Whether {@code s[start, end)} holds a Latin-1 or C0 character or a CP1252 letter: a word only punctuation changed ({@code –}) is no evidence. */
    private static boolean hasMarker(CharSequence s, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || isMarker(c)
                    || (isCp1252Special(c) && isRunCharAt(s, i, start, end))) {
                return true;
            }
        }
        return false;
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
        final int[] hashes = new int[8];
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
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
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
                CoderResult r;
                while ((r = d.decode(bb, cb, true)).isError()) {
                    // a NBSP no sequence takes is the space the whitespace stage will make of it, not
                    // damage: judged as damage, " Æ¡" would stay and its repair wait for a second pass
                    int at = bb.position();
                    cb.put(r.length() == 1 && b[at] == (byte) 0xA0 ? '\u00A0' : '\uFFFD');
                    bb.position(at + r.length());
                }
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
