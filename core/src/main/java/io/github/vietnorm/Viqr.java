package io.github.vietnorm;

import java.text.Normalizer;

/**
 * VIQR (RFC 1456) — Vietnamese in 7-bit ASCII: a vowel followed by an optional hat mark
 * ({@code ^} circumflex, {@code (} breve, {@code +} horn) and an optional tone mark ({@code '}
 * sắc, {@code `} huyền, {@code ?} hỏi, {@code ~} ngã, {@code .} nặng); {@code dd}/{@code DD} is
 * đ/Đ; a backslash makes the next mark (or {@code d}, or a backslash) literal. The strict RFC
 * reading is used: a mark after a vowel is always a mark unless escaped.
 *
 * <p>{@link Decoder} is a small state machine fed one character at a time, shared by the string
 * decoder and the streaming {@link java.nio.charset.CharsetDecoder}.
 */
final class Viqr {
    private Viqr() {
    }

    static boolean isVowel(char c) {
        switch (c) {
            case 'a': case 'e': case 'i': case 'o': case 'u': case 'y':
            case 'A': case 'E': case 'I': case 'O': case 'U': case 'Y':
                return true;
            default:
                return false;
        }
    }

    static boolean isTone(char c) {
        return c == '\'' || c == '`' || c == '?' || c == '~' || c == '.';
    }

    static boolean isHat(char c) {
        return c == '^' || c == '(' || c == '+';
    }

    private static boolean hatFits(char base, char hat) {
        char b = Character.toLowerCase(base);
        switch (hat) {
            case '^':
                return b == 'a' || b == 'e' || b == 'o';
            case '(':
                return b == 'a';
            case '+':
                return b == 'o' || b == 'u';
            default:
                return false;
        }
    }

    private static char combining(char mark) {
        switch (mark) {
            case '^': return '\u0302';
            case '(': return '\u0306';
            case '+': return '\u031B';
            case '\'': return '\u0301';
            case '`': return '\u0300';
            case '?': return '\u0309';
            case '~': return '\u0303';
            case '.': return '\u0323';
            default: throw new IllegalArgumentException();
        }
    }

    /** Precomposed letters by (base, hat, tone); filled lazily from the JDK normalizer, then read-only. */
    private static final class Composed {
        static final String BASES = "aeiouyAEIOUY";
        static final String HATS = "\0^(+";
        static final String TONES = "\0'`?~.";
        static final char[] TABLE = new char[BASES.length() * HATS.length() * TONES.length()];

        static {
            for (int b = 0; b < BASES.length(); b++) {
                for (int h = 0; h < HATS.length(); h++) {
                    for (int t = 0; t < TONES.length(); t++) {
                        char base = BASES.charAt(b);
                        char hat = HATS.charAt(h);
                        char tone = TONES.charAt(t);
                        if (hat != 0 && !hatFits(base, hat)) {
                            continue;
                        }
                        StringBuilder s = new StringBuilder().append(base);
                        if (hat != 0) {
                            s.append(combining(hat));
                        }
                        if (tone != 0) {
                            s.append(combining(tone));
                        }
                        String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
                        if (nfc.length() == 1) {
                            TABLE[(b * HATS.length() + h) * TONES.length() + t] = nfc.charAt(0);
                        }
                    }
                }
            }
        }

        static char of(char base, char hat, char tone) {
            int b = BASES.indexOf(base);
            int h = HATS.indexOf(hat);
            int t = TONES.indexOf(tone);
            return TABLE[(b * HATS.length() + h) * TONES.length() + t];
        }
    }

    /**
     * Incremental VIQR reader. {@link #accept(char, StringBuilder)} consumes one input character
     * and appends zero, one or two output characters; {@link #flush(StringBuilder)} appends what is
     * still pending (at most two characters).
     */
    static final class Decoder {
        private static final char NONE = 0;
        private char base = NONE;      // pending vowel, 'd'/'D', or '\\'
        private char hat = NONE;

        void reset() {
            base = NONE;
            hat = NONE;
        }

        void accept(char c, StringBuilder out) {
            if (base != NONE) {
                if (base == '\\') {
                    base = NONE;
                    if (isTone(c) || isHat(c) || c == 'd' || c == 'D' || c == '\\') {
                        out.append(c);
                        return;
                    }
                    out.append('\\');
                } else if (base == 'd' || base == 'D') {
                    char b = base;
                    base = NONE;
                    if (c == 'd' || (b == 'D' && c == 'D')) {
                        out.append(b == 'd' ? 'đ' : 'Đ');
                        return;
                    }
                    out.append(b);
                } else {
                    if (hat == NONE && hatFits(base, c)) {
                        hat = c;
                        return;
                    }
                    if (isTone(c)) {
                        out.append(Composed.of(base, hat, c));
                        base = NONE;
                        hat = NONE;
                        return;
                    }
                    out.append(Composed.of(base, hat, NONE));
                    base = NONE;
                    hat = NONE;
                }
            }
            if (isVowel(c) || c == 'd' || c == 'D' || c == '\\') {
                base = c;
            } else {
                out.append(c);
            }
        }

        void flush(StringBuilder out) {
            if (base != NONE) {
                if (base == '\\' || base == 'd' || base == 'D') {
                    out.append(base);
                } else {
                    out.append(Composed.of(base, hat, NONE));
                }
            }
            reset();
        }
    }

    /** Decodes VIQR text. */
    static String decode(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        decode(s, 0, s.length(), out);
        return out.toString();
    }

    static void decode(CharSequence s, int start, int end, StringBuilder out) {
        Decoder d = new Decoder();
        for (int i = start; i < end; i++) {
            d.accept(s.charAt(i), out);
        }
        d.flush(out);
    }

    /**
     * Writes {@code text} (any normalization form) as VIQR. Characters that VIQR cannot spell
     * (non-Vietnamese non-ASCII) are written as {@code ?}.
     */
    static String encode(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        encode(text, out, (char) 0);
        return out.toString();
    }

    /**
     * Appends the VIQR spelling of {@code text} to {@code out}. {@code open} is what a decoder of
     * the output so far holds pending (a bare vowel, {@code d}, {@code D}, or 0); the same for the
     * output after this call is returned, so text can be encoded in pieces.
     */
    static char encode(CharSequence text, StringBuilder out, char open) {
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        int i = 0;
        while (i < nfd.length()) {
            char c = nfd.charAt(i++);
            char hat = 0;
            char tone = 0;
            boolean extraMarks = false;
            while (i < nfd.length() && markOf(nfd.charAt(i)) != 0) {
                char m = markOf(nfd.charAt(i++));
                if (isHat(m) && hat == 0 && isVowel(c) && hatFits(c, m)) {
                    hat = m;
                } else if (isTone(m) && tone == 0 && isVowel(c)) {
                    tone = m;
                } else {
                    extraMarks = true;
                }
            }
            if (c == 'đ' || c == 'Đ') {
                if ((open == 'd' || open == 'D') && out.length() > 0) {
                    out.insert(out.length() - 1, '\\'); // the d before must not pair with this one
                }
                out.append(c == 'đ' ? "dd" : "DD");
                open = 0;
            } else if (c >= 0x80 || (markOf(c) != 0)) {
                open = literal('?', open, out);
            } else {
                open = literal(c, open, out);
                if (hat != 0) {
                    out.append(hat);
                }
                if (tone != 0) {
                    out.append(tone);
                    open = 0;
                }
            }
            if (extraMarks) {
                open = literal('?', open, out);
            }
        }
        return open;
    }

    /** Appends an ASCII character so that the decoder reads it as itself; returns the new pending state. */
    private static char literal(char c, char open, StringBuilder out) {
        boolean escape;
        if (open == 0) {
            escape = false;
        } else if (open == 'd') {
            escape = c == 'd';
        } else if (open == 'D') {
            escape = c == 'd' || c == 'D';
        } else {
            escape = isTone(c) || (isHat(c) && hatFits(open, c));
        }
        if (c == '\\') {
            out.append("\\\\");
            return 0;
        }
        if (escape) {
            out.append('\\');
            out.append(c);
            return 0;
        }
        out.append(c);
        return isVowel(c) || c == 'd' || c == 'D' ? c : 0;
    }

    private static char markOf(char c) {
        switch (c) {
            case '\u0302': return '^';
            case '\u0306': return '(';
            case '\u031B': return '+';
            case '\u0301': return '\'';
            case '\u0300': return '`';
            case '\u0309': return '?';
            case '\u0303': return '~';
            case '\u0323': return '.';
            default: return 0;
        }
    }
}
