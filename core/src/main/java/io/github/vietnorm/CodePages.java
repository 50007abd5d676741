package io.github.vietnorm;

import io.github.vietnorm.dictionaries.CodePage;
import java.io.ByteArrayOutputStream;
import java.text.Normalizer;

/**
 * The shipped code pages, loaded once, and the byte-level decoding and encoding built on them.
 */
final class CodePages {
    private CodePages() {
    }

    private static final class Holder {
        static final CodePage TCVN3 = CodePage.load("tcvn3");
        static final CodePage VNI = CodePage.load("vni");
        static final CodePage VISCII = CodePage.load("viscii");
        static final CodePage VPS = CodePage.load("vps");
        static final CodePage CP1258 = CodePage.load("cp1258");
    }

    /** The table of a table-driven encoding, or null for UTF-8 and VIQR. */
    static CodePage of(VietnameseEncoding e) {
        switch (e) {
            case TCVN3: return Holder.TCVN3;
            case VNI: return Holder.VNI;
            case VISCII: return Holder.VISCII;
            case VPS: return Holder.VPS;
            case CP1258: return Holder.CP1258;
            default: return null;
        }
    }

    /** Decodes bytes through a table, reading VNI's base + mark pairs greedily. Never fails. */
    static void decode(CodePage page, byte[] b, int off, int end, StringBuilder out) {
        for (int i = off; i < end; i++) {
            int x = b[i] & 0xFF;
            if (i + 1 < end && page.startsPair(x)) {
                int c = page.decodePair(x, b[i + 1]);
                if (c >= 0) {
                    out.append((char) c);
                    i++;
                    continue;
                }
            }
            out.append(page.decode(x));
        }
    }

    /** The tone marks Windows-1258 writes as separate bytes. */
    static boolean isToneMark(char c) {
        return c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323';
    }

    /**
     * Encodes NFC text through a table; a letter without a code of its own is written as its
     * tone-less letter plus the tone byte when the page has tone bytes (Windows-1258); anything
     * else unmappable becomes {@code ?}.
     */
    static void encode(CodePage page, CharSequence nfc, ByteArrayOutputStream out) {
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            int e = page.encode(c);
            if (e == CodePage.UNMAPPABLE) {
                e = encodeSplittingTone(page, c, out);
                if (e == CodePage.UNMAPPABLE) {
                    out.write('?');
                }
                continue;
            }
            write(e, out);
        }
    }

    private static void write(int packed, ByteArrayOutputStream out) {
        if (packed > 0xFF) {
            out.write(packed >> 8 & 0xFF);
        }
        out.write(packed & 0xFF);
    }

    private static int encodeSplittingTone(CodePage page, char c, ByteArrayOutputStream out) {
        if (c < 0xC0) {
            return CodePage.UNMAPPABLE;
        }
        String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        StringBuilder rest = new StringBuilder(3);
        char tone = 0;
        for (int k = 0; k < nfd.length(); k++) {
            char m = nfd.charAt(k);
            if (tone == 0 && k > 0 && isToneMark(m)) {
                tone = m;
            } else {
                rest.append(m);
            }
        }
        if (tone == 0) {
            return CodePage.UNMAPPABLE;
        }
        String base = Normalizer.normalize(rest, Normalizer.Form.NFC);
        int toneCode = page.encode(tone);
        if (base.length() != 1 || toneCode == CodePage.UNMAPPABLE) {
            return CodePage.UNMAPPABLE;
        }
        int baseCode = page.encode(base.charAt(0));
        if (baseCode == CodePage.UNMAPPABLE) {
            return CodePage.UNMAPPABLE;
        }
        write(baseCode, out);
        write(toneCode, out);
        return 0;
    }

    /**
     * Restores the case TCVN3 could not store, in {@code s[start, end)}: TCVN3 has codes only for
     * lower-case toned letters (the {@code .VnTimeH} fonts draw them as capitals), so a word whose
     * other letters are capitals is written in capitals ({@code NGHÞ QUYÕT} → {@code NGHỊ QUYẾT}).
     * A word with a single capital besides its toned letters ({@code Uû}, {@code X·}) is put in
     * capitals only next to an all-capital word; a word of toned letters alone follows its
     * neighbours when they are all capitals.
     */
    static void restoreTcvn3Case(StringBuilder s, int start, int end) {
        int prevState = 0; // of the previous word: 1 = all capitals (2+ letters), 0 otherwise
        int i = start;
        while (i < end) {
            if (!Character.isLetter(s.charAt(i))) {
                if (s.charAt(i) != ' ') {
                    prevState = 0; // only words in the same run of spaces count as neighbours
                }
                i++;
                continue;
            }
            int w = i;
            int caps = 0;
            int lowerAscii = 0;
            int lowerOther = 0;
            while (i < end && Character.isLetter(s.charAt(i))) {
                char c = s.charAt(i);
                if (Character.isUpperCase(c)) {
                    caps++;
                } else if (c < 0x80) {
                    lowerAscii++;
                } else {
                    lowerOther++;
                }
                i++;
            }
            int state;
            if (lowerOther == 0 || lowerAscii > 0) {
                state = lowerAscii == 0 && caps >= 2 ? 1 : 0;
            } else if (caps >= 2 || (caps >= 1 && (prevState == 1 || nextWordAllCaps(s, i, end)))
                    || (caps == 0 && prevState == 1 && nextWordAllCapsOrNone(s, i, end))) {
                for (int k = w; k < i; k++) {
                    s.setCharAt(k, Character.toUpperCase(s.charAt(k)));
                }
                state = i - w >= 2 ? 1 : 0;
            } else {
                state = 0;
            }
            prevState = state;
        }
    }

    private static boolean nextWordAllCaps(StringBuilder s, int i, int end) {
        if (i >= end || s.charAt(i) != ' ') {
            return false;
        }
        while (i < end && s.charAt(i) == ' ') {
            i++;
        }
        int caps = 0;
        int letters = 0;
        while (i < end && Character.isLetter(s.charAt(i))) {
            char c = s.charAt(i);
            letters++;
            if (Character.isUpperCase(c)) {
                caps++;
            } else if (c < 0x80) {
                return false;
            }
            i++;
        }
        return letters >= 2 && caps >= 1 && (caps >= 2 || letters == caps);
    }

    private static boolean nextWordAllCapsOrNone(StringBuilder s, int i, int end) {
        int j = i;
        while (j < end && s.charAt(j) == ' ') {
            j++;
        }
        return j >= end || !Character.isLetter(s.charAt(j)) || nextWordAllCaps(s, i, end);
    }
}
