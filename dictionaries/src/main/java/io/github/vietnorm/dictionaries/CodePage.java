package io.github.vietnorm.dictionaries;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * A legacy Vietnamese byte encoding as a table: TCVN3 (ABC), VNI-Windows, VISCII, VPS or
 * Windows-1258. The tables are the plain-text files in
 * {@code io/github/vietnorm/dictionaries/codepages/} (format documented at the top of each file):
 * one byte, or a base byte and a mark byte (VNI), per character. Immutable and thread-safe.
 *
 * <pre>{@code
 * CodePage tcvn3 = CodePage.load("tcvn3");
 * char c = tcvn3.decode(0xD6);                 // 'ệ'
 * int bytes = tcvn3.encode('ệ');               // 0xD6 (one byte)
 * }</pre>
 *
 * <p>This is the data layer; decoding whole texts (case recovery, composition, detection) is done
 * by {@code io.github.vietnorm.VietnameseEncoding} in the core module.
 */
public final class CodePage {
    /** What {@link #encode(int)} returns for a character the code page cannot write. */
    public static final int UNMAPPABLE = -1;

    private final String name;
    private final boolean foldsCase;
    private final char[] single = new char[256];
    /** For each first byte of a pair, the 256 second-byte decodings (0 = none); null when no pair starts there. */
    private final char[][] pairs = new char[256][];
    /** Code point → packed bytes: (b1 << 8 | b2) | 0x10000 for pairs, b for single bytes; UNMAPPABLE if none. */
    private final int[] encodeTable = new int[LIMIT];
    /** Every code point a code page maps to is below this (Windows-1252's ™ is U+2122). */
    private static final int LIMIT = 0x2200;

    private CodePage(String name, boolean foldsCase) {
        this.name = name;
        this.foldsCase = foldsCase;
        Arrays.fill(encodeTable, UNMAPPABLE);
    }

    /**
     * Loads a shipped code page: {@code tcvn3}, {@code vni}, {@code viscii}, {@code vps} or {@code cp1258}.
     *
     * @throws IllegalArgumentException if there is no such code page
     */
    public static CodePage load(String name) {
        String file = name.toLowerCase(Locale.ROOT) + ".txt";
        InputStream in = CodePage.class.getResourceAsStream("codepages/" + file);
        if (in == null) {
            throw new IllegalArgumentException("no code page " + name);
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse(file, r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a code page in the documented format.
     *
     * @param fileName used in error messages and as the code page's name (without {@code .txt})
     * @throws IllegalArgumentException {@code "file:line: reason"} for a bad line
     */
    public static CodePage parse(String fileName, Reader reader) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        String base = null;
        boolean fold = false;
        int[][] lines = new int[512][];
        int count = 0;
        int lineNo = 0;
        for (String line; (line = in.readLine()) != null; ) {
            lineNo++;
            int hash = line.indexOf('#');
            String s = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (s.isEmpty()) {
                continue;
            }
            if (s.startsWith("@")) {
                if (s.equals("@fold-case")) {
                    fold = true;
                } else if (s.equals("@base windows-1252") || s.equals("@base latin-1")) {
                    base = s.substring(6);
                } else {
                    throw new IllegalArgumentException(fileName + ":" + lineNo + ": unknown directive " + s);
                }
                continue;
            }
            String[] parts = s.split("\\s+");
            if (parts.length < 2 || parts.length > 3 || !parts[parts.length - 1].startsWith("U+")) {
                throw new IllegalArgumentException(fileName + ":" + lineNo + ": expected 'XX [YY] U+NNNN'");
            }
            int[] entry = new int[parts.length];
            try {
                for (int i = 0; i < parts.length - 1; i++) {
                    if (parts[i].length() != 2) {
                        throw new NumberFormatException();
                    }
                    entry[i] = Integer.parseInt(parts[i], 16);
                }
                entry[parts.length - 1] = Integer.parseInt(parts[parts.length - 1].substring(2), 16);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(fileName + ":" + lineNo + ": bad hexadecimal number in '" + s + "'");
            }
            int cp = entry[parts.length - 1];
            if (cp >= LIMIT) {
                throw new IllegalArgumentException(fileName + ":" + lineNo + ": code point U+" + Integer.toHexString(cp)
                        + " above U+21FF");
            }
            if (count == lines.length) {
                lines = Arrays.copyOf(lines, count * 2);
            }
            lines[count++] = entry;
        }
        if (base == null) {
            throw new IllegalArgumentException(fileName + ":" + lineNo + ": missing @base directive");
        }
        String name = fileName.endsWith(".txt") ? fileName.substring(0, fileName.length() - 4) : fileName;
        CodePage page = new CodePage(name, fold);
        page.fillBase(base.equals("windows-1252"));
        for (int i = 0; i < count; i++) {
            int[] e = lines[i];
            if (e.length == 2) {
                page.single[e[0]] = (char) e[1];
            } else {
                if (page.pairs[e[0]] == null) {
                    page.pairs[e[0]] = new char[256];
                }
                page.pairs[e[0]][e[1]] = (char) e[2];
            }
        }
        // Encoder, lowest priority first: the base table, then pairs, then the listed single bytes.
        // A byte that is the mark of a pair never stands for its base-table character (VNI's 0xE2 is
        // a circumflex after a vowel, so a lone 'â' must be written as the pair a + E2).
        boolean[] markByte = new boolean[256];
        for (int i = 0; i < count; i++) {
            if (lines[i].length == 3) {
                markByte[lines[i][1]] = true;
            }
        }
        for (int b = 255; b >= 0; b--) {
            if (!markByte[b]) {
                page.putEncoding(page.single[b], b);
            }
        }
        for (int i = count - 1; i >= 0; i--) {
            int[] e = lines[i];
            if (e.length == 3) {
                page.putEncoding(e[2], 0x10000 | e[0] << 8 | e[1]);
            }
        }
        for (int i = count - 1; i >= 0; i--) {
            int[] e = lines[i];
            if (e.length == 2) {
                page.putEncoding(e[1], e[0]);
            }
        }
        if (fold) {
            for (int cp = 0; cp < LIMIT; cp++) {
                if (page.encode(cp) == UNMAPPABLE && Character.isUpperCase(cp)) {
                    int lower = Character.toLowerCase(cp);
                    if (lower != cp && page.encode(lower) != UNMAPPABLE) {
                        page.putEncoding(cp, page.encode(lower));
                    }
                }
            }
        }
        return page;
    }

    private void fillBase(boolean windows1252) {
        for (int b = 0; b < 256; b++) {
            single[b] = (char) b;
        }
        if (windows1252) {
            Charset cp1252 = Charset.forName("windows-1252");
            for (int b = 0x80; b < 0xA0; b++) {
                String s = new String(new byte[] {(byte) b}, cp1252);
                if (s.length() == 1 && s.charAt(0) != '\uFFFD') {
                    single[b] = s.charAt(0);
                }
            }
        }
    }

    private void putEncoding(int cp, int packed) {
        if (cp < LIMIT) {
            encodeTable[cp] = packed;
        }
    }

    /** The code page's name: {@code tcvn3}, {@code vni}, {@code viscii}, {@code vps} or {@code cp1258}. */
    public String name() {
        return name;
    }

    /** The character byte {@code b} (0–255) decodes to on its own. Every byte decodes to something. */
    public char decode(int b) {
        return single[b & 0xFF];
    }

    /** Whether byte {@code b} can begin a two-byte sequence (a VNI base letter). */
    public boolean startsPair(int b) {
        return pairs[b & 0xFF] != null;
    }

    /** The character the two bytes decode to together, or {@code -1} when they are not a pair. */
    public int decodePair(int first, int second) {
        char[] row = pairs[first & 0xFF];
        if (row == null) {
            return -1;
        }
        char c = row[second & 0xFF];
        return c == 0 ? -1 : c;
    }

    /**
     * How {@code codePoint} is written: {@link #UNMAPPABLE}, a single byte (0–255), or a pair
     * packed as {@code 0x10000 | first << 8 | second}.
     */
    public int encode(int codePoint) {
        return codePoint >= 0 && codePoint < LIMIT ? encodeTable[codePoint] : UNMAPPABLE;
    }

    /** Whether the encoder writes capitals without a code of their own at their lower-case code (TCVN3). */
    public boolean foldsCase() {
        return foldsCase;
    }

    @Override
    public String toString() {
        return "CodePage[" + name + "]";
    }
}
