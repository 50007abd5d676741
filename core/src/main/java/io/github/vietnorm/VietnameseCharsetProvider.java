package io.github.vietnorm;

import java.nio.charset.Charset;
import java.nio.charset.spi.CharsetProvider;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Makes the legacy Vietnamese encodings available as {@link Charset}s to any Java code, through
 * {@code META-INF/services/java.nio.charset.spi.CharsetProvider}:
 *
 * <pre>{@code
 * Reader r = Files.newBufferedReader(path, Charset.forName("TCVN3"));
 * Writer w = Files.newBufferedWriter(out, Charset.forName("VNI"));
 * }</pre>
 *
 * <table>
 * <caption>Charsets</caption>
 * <tr><th>canonical name</th><th>aliases</th></tr>
 * <tr><td>{@code x-TCVN3}</td><td>{@code TCVN3}, {@code TCVN-3}, {@code TCVN3-ABC}, {@code x-ABC}</td></tr>
 * <tr><td>{@code x-VNI-Windows}</td><td>{@code VNI}, {@code VNI-Windows}, {@code VNI-Win}, {@code x-VNI}</td></tr>
 * <tr><td>{@code VISCII}</td><td>{@code csVISCII}, {@code x-VISCII}</td></tr>
 * <tr><td>{@code x-VPS}</td><td>{@code VPS}</td></tr>
 * <tr><td>{@code VIQR}</td><td>{@code csVIQR}, {@code x-VIQR}</td></tr>
 * </table>
 *
 * <p>Decoders map every byte to a character (they never report malformed input) and read byte for
 * byte: TCVN3 yields lower-case toned letters, as stored ({@link VietnameseEncoding#decode(byte[])}
 * restores case). Encoders expect composed (NFC) text and report unmappable characters; the
 * TCVN3 encoder writes toned capitals at the lower-case codes. Windows-1258 is the JDK's
 * {@code windows-1258}; {@link VietnameseEncoding#CP1258} adds composition.
 */
public final class VietnameseCharsetProvider extends CharsetProvider {

    private static final class Holder {
        static final List<Charset> ALL = List.of(
                new TableCharset(VietnameseEncoding.TCVN3, new String[] {"TCVN3", "TCVN-3", "TCVN3-ABC", "x-ABC"}),
                new TableCharset(VietnameseEncoding.VNI, new String[] {"VNI", "VNI-Windows", "VNI-Win", "x-VNI"}),
                new TableCharset(VietnameseEncoding.VISCII, new String[] {"csVISCII", "x-VISCII"}),
                new TableCharset(VietnameseEncoding.VPS, new String[] {"VPS"}),
                new ViqrCharset());
    }

    /** Public for {@link java.util.ServiceLoader}; use {@link Charset#forName(String)}. */
    public VietnameseCharsetProvider() {
    }

    @Override
    public Iterator<Charset> charsets() {
        return Holder.ALL.iterator();
    }

    @Override
    public Charset charsetForName(String charsetName) {
        if (charsetName == null) {
            return null;
        }
        String n = charsetName.toLowerCase(Locale.ROOT);
        for (Charset c : Holder.ALL) {
            if (c.name().toLowerCase(Locale.ROOT).equals(n)) {
                return c;
            }
            for (String alias : c.aliases()) {
                if (alias.toLowerCase(Locale.ROOT).equals(n)) {
                    return c;
                }
            }
        }
        return null;
    }

    static Charset charsetOf(VietnameseEncoding e) {
        switch (e) {
            case TCVN3: return Holder.ALL.get(0);
            case VNI: return Holder.ALL.get(1);
            case VISCII: return Holder.ALL.get(2);
            case VPS: return Holder.ALL.get(3);
            case VIQR: return Holder.ALL.get(4);
            default: throw new IllegalArgumentException(e.toString());
        }
    }
}
