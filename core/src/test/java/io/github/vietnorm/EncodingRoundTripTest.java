package io.github.vietnorm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.vietnorm.dictionaries.Syllables;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every valid syllable, in every case pattern, through every encoding and back; and agreement
 * with glibc's {@code iconv} (TCVN5712-1, VISCII, CP1258) when it is installed.
 */
class EncodingRoundTripTest {
    /** All valid syllables, lower case, then UPPER case, then Title case, one per line. */
    static String lower;
    static String upper;
    static String title;

    @BeforeAll
    static void syllables() {
        List<String> all = new ArrayList<>();
        Syllables.forEachValid(all::add);
        assertEquals(true, all.size() > 10_000, "syllables: " + all.size());
        StringBuilder l = new StringBuilder();
        StringBuilder u = new StringBuilder();
        StringBuilder t = new StringBuilder();
        for (String s : all) {
            l.append(s).append('\n');
            u.append(s.toUpperCase(Locale.ROOT)).append('\n');
            t.append(s.substring(0, 1).toUpperCase(Locale.ROOT)).append(s, 1, s.length()).append('\n');
        }
        lower = l.toString();
        upper = u.toString();
        title = t.toString();
    }

    @ParameterizedTest
    @EnumSource(VietnameseEncoding.class)
    void everySyllableInEveryCaseRoundTrips(VietnameseEncoding e) {
        for (String text : new String[] {lower, upper, title}) {
            String back = e.decode(e.encode(text));
            if (e == VietnameseEncoding.TCVN3) {
                assertEquals(text.toLowerCase(Locale.ROOT), back.toLowerCase(Locale.ROOT), "TCVN3, modulo case");
            } else {
                assertEquals(text, back, e.toString());
            }
        }
        // TCVN3 restores all-capital words of two letters or more, and keeps lower case
        if (e == VietnameseEncoding.TCVN3) {
            assertEquals(lower, e.decode(e.encode(lower)));
            String[] up = upper.split("\n");
            String[] back = e.decode(e.encode(upper)).split("\n");
            for (int i = 0; i < up.length; i++) {
                if (up[i].length() >= 3) {
                    assertEquals(up[i], back[i]);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = VietnameseEncoding.class, names = {"TCVN3", "VNI", "VISCII", "VPS", "VIQR"})
    void charsetAgreesWithTheEncoding(VietnameseEncoding e) {
        Charset cs = e.charset();
        for (String text : new String[] {lower, upper, title}) {
            byte[] viaCharset = text.getBytes(cs);
            assertArrayEquals(e.encode(text), viaCharset, e.toString());
            String decoded = new String(viaCharset, cs);
            if (e == VietnameseEncoding.TCVN3) {
                assertEquals(text.toLowerCase(Locale.ROOT), decoded.toLowerCase(Locale.ROOT), "the charset keeps the case as stored");
            } else {
                assertEquals(text, decoded);
            }
        }
    }

    // ---- glibc iconv -------------------------------------------------------------------------

    private static byte[] iconv(String from, String to, byte[] input) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("iconv", "-f", from, "-t", to).redirectErrorStream(false).start();
        } catch (IOException e) {
            assumeTrue(false, "iconv not installed: skipping");
            return null;
        }
        Thread writer = new Thread(() -> {
            try (var out = p.getOutputStream()) {
                out.write(input);
            } catch (IOException ignored) {
                // the process failed; its exit code tells
            }
        });
        writer.start();
        ByteArrayOutputStream result = new ByteArrayOutputStream();
        try (InputStream in = p.getInputStream()) {
            in.transferTo(result);
        }
        writer.join();
        assumeTrue(p.waitFor(60, TimeUnit.SECONDS), "iconv hung");
        assumeTrue(p.exitValue() == 0 || Files.isExecutable(Path.of("/usr/bin/iconv")), "iconv failed");
        assertEquals(0, p.exitValue(), "iconv -f " + from + " -t " + to + " failed");
        return result.toByteArray();
    }

    private static void assumeIconvKnows(String charset) throws IOException, InterruptedException {
        try {
            Process p = new ProcessBuilder("iconv", "-l").start();
            String list = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            p.waitFor();
            assumeTrue(list.toUpperCase(Locale.ROOT).contains(charset + "//") || list.toUpperCase(Locale.ROOT).contains(charset + " "),
                    "iconv without " + charset + ": skipping");
        } catch (IOException e) {
            assumeTrue(false, "iconv not installed: skipping");
        }
    }

    @ParameterizedTest
    @CsvSource({"VISCII, VISCII", "CP1258, CP1258", "TCVN3, TCVN5712-1"})
    void agreesWithIconvOnEverySyllable(VietnameseEncoding e, String glibcName) throws Exception {
        assumeIconvKnows(glibcName);
        // TCVN3 shares only its lower-case letters with TCVN 5712 VN1 (VN1 adds the toned capitals)
        String[] texts = e == VietnameseEncoding.TCVN3 ? new String[] {lower} : new String[] {lower, upper, title};
        for (String text : texts) {
            byte[] ours = e.encode(text);
            String theirs = new String(iconv(glibcName, "UTF-8", ours), StandardCharsets.UTF_8);
            assertEquals(text, Normalizer.normalize(theirs, Normalizer.Form.NFC), "iconv decodes our " + e);
            byte[] theirBytes = iconv("UTF-8", glibcName, text.getBytes(StandardCharsets.UTF_8));
            assertEquals(text, e.decode(theirBytes), "we decode iconv's " + glibcName);
        }
    }

    @ParameterizedTest
    @CsvSource({"VISCII, VISCII", "CP1258, CP1258"})
    void agreesWithIconvOnEveryByte(VietnameseEncoding e, String glibcName) throws Exception {
        assumeIconvKnows(glibcName);
        for (int b = 0; b < 256; b++) {
            byte[] one = {(byte) b};
            String theirs;
            try {
                theirs = new String(iconv(glibcName, "UTF-8", one), StandardCharsets.UTF_8);
            } catch (AssertionError undefined) {
                continue; // a byte glibc leaves undefined (CP1258 81 8A 8D 8E 8F 90 9A 9D 9E): we keep it as a C1 control
            }
            assertEquals(theirs, e.decode(one), String.format("byte %02X", b));
        }
    }

    @Test
    void tcvn3LowerCaseCodesAreTcvn5712Codes() throws Exception {
        assumeIconvKnows("TCVN5712-1");
        for (int b = 0xA1; b <= 0xFE; b++) {
            String ours = VietnameseEncoding.TCVN3.decode(new byte[] {(byte) b});
            if (!ours.equals(new String(new byte[] {(byte) b}, Charset.forName("windows-1252")))) { // a TCVN3 letter
                String theirs = new String(iconv("TCVN5712-1", "UTF-8", new byte[] {(byte) b}), StandardCharsets.UTF_8);
                assertEquals(theirs, ours, String.format("byte %02X", b));
            }
        }
    }
}
