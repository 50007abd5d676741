package io.github.vietnorm;

import io.github.vietnorm.dictionaries.CodePage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * The encodings Vietnamese text is found in: UTF-8 and the legacy ones (TCVN3/ABC, VNI-Windows,
 * VISCII, VPS, Windows-1258 and VIQR). Each decodes any byte sequence without failing and encodes
 * what it can represent.
 *
 * <pre>{@code
 * String s = VietnameseEncoding.TCVN3.decode(bytes);          // "Việt Nam", case restored
 * byte[] vni = VietnameseEncoding.VNI.encode("Việt Nam");     // 'V','i','e',0xE4,'t',' ','N','a','m'
 * VietnameseEncoding e = VietnameseEncoding.forName("cp1258"); // CP1258
 * Charset cs = VietnameseEncoding.VISCII.charset();           // also Charset.forName("VISCII")
 * }</pre>
 *
 * <p>{@link #decode(byte[])} returns NFC text (Windows-1258's separate tone marks are composed) and
 * restores the case TCVN3 cannot store from the context of each word (see {@link #TCVN3}). The
 * {@link #charset()} of each legacy encoding is served by this library's
 * {@link java.nio.charset.spi.CharsetProvider} (Windows-1258's is the JDK's), for streaming
 * readers and writers; it decodes byte for byte, without case restoration or composition.
 */
public enum VietnameseEncoding {
    /** UTF-8 (malformed bytes decode to U+FFFD). */
    UTF_8("UTF-8"),
    /**
     * TCVN3 / ABC (TCVN 5712:1993 VN3), the {@code .VnTime} fonts. Toned capitals have no code:
     * decoding restores them where the word's other letters are capitals ({@code NGHÞ QUYÕT} →
     * {@code NGHỊ QUYẾT}); encoding writes them at the lower-case codes, as {@code .VnTimeH} does.
     */
    TCVN3("x-TCVN3"),
    /** VNI-Windows, the {@code VNI-Times} fonts: a base letter followed by a mark byte. */
    VNI("x-VNI-Windows"),
    /** VISCII (RFC 1456), including its six capitals in the C0 control range. */
    VISCII("VISCII"),
    /** VPS, including its fourteen capitals in the C0 control range. */
    VPS("x-VPS"),
    /** Windows-1258: partly decomposed; decoding composes the tone marks (NFC). */
    CP1258("windows-1258"),
    /** VIQR (RFC 1456): Vietnamese in 7-bit ASCII ({@code Vie^.t Nam}). */
    VIQR("VIQR");

    private final String charsetName;

    VietnameseEncoding(String charsetName) {
        this.charsetName = charsetName;
    }

    /** The canonical name of {@link #charset()}: {@code UTF-8}, {@code x-TCVN3}, {@code x-VNI-Windows}, {@code VISCII}, {@code x-VPS}, {@code windows-1258}, {@code VIQR}. */
    public String charsetName() {
        return charsetName;
    }

    /** The short name used on the command line: {@code utf-8}, {@code tcvn3}, {@code vni}, {@code viscii}, {@code vps}, {@code cp1258}, {@code viqr}. */
    public String shortName() {
        return this == UTF_8 ? "utf-8" : name().toLowerCase(Locale.ROOT);
    }

    /** The {@link Charset} for streaming use (the JDK's for UTF-8 and Windows-1258, this library's otherwise). */
    public Charset charset() {
        switch (this) {
            case UTF_8:
                return StandardCharsets.UTF_8;
            case CP1258:
                return Charset.forName("windows-1258");
            default:
                return VietnameseCharsetProvider.charsetOf(this);
        }
    }

    /**
     * The encoding called {@code name}: a {@link #shortName()}, a {@link #charsetName()}, an enum
     * constant name or a common alias ({@code abc}, {@code vni-windows}, {@code windows-1258},
     * {@code utf8}); case-insensitive.
     *
     * @throws IllegalArgumentException for an unknown name
     */
    public static VietnameseEncoding forName(String name) {
        Objects.requireNonNull(name, "name");
        String n = name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        switch (n) {
            case "utf-8": case "utf8": case "unicode":
                return UTF_8;
            case "tcvn3": case "x-tcvn3": case "tcvn-3": case "abc": case "tcvn3-abc": case "vn3":
                return TCVN3;
            case "vni": case "x-vni-windows": case "vni-windows": case "vni-win": case "x-vni":
                return VNI;
            case "viscii": case "csviscii": case "x-viscii":
                return VISCII;
            case "vps": case "x-vps":
                return VPS;
            case "cp1258": case "windows-1258": case "cp-1258": case "ms1258":
                return CP1258;
            case "viqr": case "csviqr":
                return VIQR;
            default:
                throw new IllegalArgumentException("unknown Vietnamese encoding: " + name
                        + " (expected utf-8, tcvn3, vni, viscii, vps, cp1258 or viqr)");
        }
    }

    /** Decodes {@code bytes}; never fails. */
    public String decode(byte[] bytes) {
        return decode(bytes, 0, bytes.length);
    }

    /** Decodes {@code bytes[offset, offset + length)}; never fails. */
    public String decode(byte[] bytes, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        StringBuilder out = new StringBuilder(length);
        decodeInto(bytes, offset, offset + length, out);
        return out.toString();
    }

    /** Appends the decoding of {@code bytes[start, end)} to {@code out} (NFC, TCVN3 case restored). */
    void decodeInto(byte[] bytes, int start, int end, StringBuilder out) {
        int from = out.length();
        switch (this) {
            case UTF_8:
                out.append(utf8(bytes, start, end));
                break;
            case VIQR:
                for (int i = start; i < end; i++) {
                    // VIQR is 7-bit; stray 8-bit bytes are read as Latin-1
                    out.append((char) (bytes[i] & 0xFF));
                }
                String viqr = Viqr.decode(out.subSequence(from, out.length()));
                out.setLength(from);
                out.append(viqr);
                break;
            case CP1258:
                CodePages.decode(CodePages.of(this), bytes, start, end, out);
                String part = out.substring(from);
                if (!Normalizer.isNormalized(part, Normalizer.Form.NFC)) {
                    out.setLength(from);
                    out.append(Normalizer.normalize(part, Normalizer.Form.NFC));
                }
                break;
            case TCVN3:
                CodePages.decode(CodePages.of(this), bytes, start, end, out);
                CodePages.restoreTcvn3Case(out, from, out.length());
                break;
            default:
                CodePages.decode(CodePages.of(this), bytes, start, end, out);
        }
    }

    private static String utf8(byte[] bytes, int start, int end) {
        return new String(bytes, start, end - start, StandardCharsets.UTF_8);
    }

    /**
     * Encodes {@code text} (any normalization form; it is composed first). Characters the encoding
     * cannot represent become {@code ?}; TCVN3 writes toned capitals at their lower-case codes.
     */
    public byte[] encode(CharSequence text) {
        Objects.requireNonNull(text, "text");
        switch (this) {
            case UTF_8:
                return text.toString().getBytes(StandardCharsets.UTF_8);
            case VIQR:
                return Viqr.encode(text).getBytes(StandardCharsets.ISO_8859_1);
            default:
                String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
                ByteArrayOutputStream out = new ByteArrayOutputStream(nfc.length() + 16);
                CodePages.encode(CodePages.of(this), nfc, out);
                return out.toByteArray();
        }
    }

    /**
     * Whether {@link #encode(CharSequence)} writes {@code text} without loss (TCVN3: without loss
     * other than the case of toned capitals).
     */
    public boolean canEncode(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        switch (this) {
            case UTF_8:
                for (int i = 0; i < nfc.length(); i++) {
                    char c = nfc.charAt(i);
                    if (Character.isSurrogate(c)) {
                        if (!Character.isHighSurrogate(c) || i + 1 >= nfc.length() || !Character.isLowSurrogate(nfc.charAt(i + 1))) {
                            return false;
                        }
                        i++;
                    }
                }
                return true;
            case VIQR:
                return Viqr.decode(Viqr.encode(nfc)).equals(nfc);
            default:
                CodePage page = CodePages.of(this);
                ByteArrayOutputStream scratch = new ByteArrayOutputStream();
                for (int i = 0; i < nfc.length(); i++) {
                    char c = nfc.charAt(i);
                    if (page.encode(c) == CodePage.UNMAPPABLE) {
                        scratch.reset();
                        CodePages.encode(page, String.valueOf(c), scratch);
                        byte[] b = scratch.toByteArray();
                        if (b.length == 1 && b[0] == '?') {
                            return false;
                        }
                    }
                }
                return true;
        }
    }
}
