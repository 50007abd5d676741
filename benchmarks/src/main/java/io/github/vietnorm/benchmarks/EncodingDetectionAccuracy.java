package io.github.vietnorm.benchmarks;

import io.github.vietnorm.LegacyText;
import io.github.vietnorm.VietnameseEncoding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Accuracy of legacy-encoding detection and repair on the legal corpus (read at run time from
 * {@code ../shared}, never copied): a sample of its files is encoded, each as a whole document, into
 * each encoding, then
 * <ul>
 * <li><b>bytes</b>: {@link LegacyText#decode(byte[])} must give back what decoding with the right
 *     encoding gives (the paragraph, less what the encoding cannot represent);</li>
 * <li><b>through Windows-1252</b>: the bytes read as Windows-1252 (as a browser does: the five
 *     undefined bytes become C1 controls), then {@link LegacyText#repair(String)} must give back the
 *     same; VIQR is plain ASCII and is not repaired in strings by design;</li>
 * <li><b>false repairs</b>: {@link LegacyText#repair(String)} must leave the original Unicode
 *     paragraphs and English text (our own sample plus the corpora READMEs) unchanged.</li>
 * </ul>
 * A paragraph is correct when the output equals the expected text exactly. Documents are decoded
 * whole (the encoding the clear paragraphs agree on settles the close calls); every fourth
 * paragraph is also measured on its own, the harder case of a short isolated line.
 */
public final class EncodingDetectionAccuracy {
    /** Every {@code SAMPLE_EVERY}-th file of the corpus is used (whole documents: detection settles close calls by document). */
    static final int SAMPLE_EVERY = Integer.getInteger("vietnorm.encoding.sampleEvery", 8);

    /** Every {@code ALONE_EVERY}-th paragraph is also measured on its own (no document context). */
    static final int ALONE_EVERY = 4;

    private EncodingDetectionAccuracy() {
    }

    public static void main(String[] args) {
        for (Map.Entry<String, String> e : measure().entrySet()) {
            System.out.println(e.getKey() + "\t" + e.getValue());
        }
    }

    /** Runs the measurement; metric name → value, in report order. */
    public static Map<String, String> measure() {
        List<List<String>> documents = corpusDocuments();
        int total = 0;
        for (List<String> d : documents) {
            total += d.size();
        }
        Map<String, String> m = new LinkedHashMap<>();
        m.put("documents / paragraphs (legal corpus sample)", documents.size() + " / " + total);
        Map<VietnameseEncoding, int[]> bytes = new EnumMap<>(VietnameseEncoding.class);
        Map<VietnameseEncoding, int[]> strings = new EnumMap<>(VietnameseEncoding.class);
        Map<VietnameseEncoding, int[]> bytesAlone = new EnumMap<>(VietnameseEncoding.class);
        Map<VietnameseEncoding, int[]> stringsAlone = new EnumMap<>(VietnameseEncoding.class);
        int[] falseRepairs = new int[2];
        List<String> examples = new ArrayList<>();
        for (List<String> doc : documents) {
            String text = String.join("\n", doc);
            compare(doc, LegacyText.repair(text), falseRepairs, examples);
            for (VietnameseEncoding e : VietnameseEncoding.values()) {
                byte[] b = e.encode(text);
                List<String> expected = new ArrayList<>(doc.size());
                for (String p : doc) {
                    expected.add(e.decode(e.encode(p)));
                }
                compare(expected, LegacyText.decode(b), bytes.computeIfAbsent(e, k -> new int[2]), null);
                if (e != VietnameseEncoding.VIQR) {
                    compare(expected, LegacyText.repair(asWindows1252(b)), strings.computeIfAbsent(e, k -> new int[2]), null);
                }
                // every ALONE_EVERY-th paragraph on its own, without the rest of its document
                int[] ba = bytesAlone.computeIfAbsent(e, k -> new int[2]);
                int[] sa = stringsAlone.computeIfAbsent(e, k -> new int[2]);
                for (int i = 0; i < doc.size(); i += ALONE_EVERY) {
                    byte[] pb = e.encode(doc.get(i));
                    compare(List.of(expected.get(i)), LegacyText.decode(pb), ba, null);
                    if (e != VietnameseEncoding.VIQR) {
                        compare(List.of(expected.get(i)), LegacyText.repair(asWindows1252(pb)), sa, null);
                    }
                }
            }
        }
        for (VietnameseEncoding e : VietnameseEncoding.values()) {
            m.put("bytes " + e.shortName() + ": paragraphs decoded right", percent(bytes.get(e)));
        }
        for (VietnameseEncoding e : VietnameseEncoding.values()) {
            if (e != VietnameseEncoding.VIQR) {
                m.put("through Windows-1252 " + e.shortName() + ": paragraphs repaired right", percent(strings.get(e)));
            }
        }
        for (VietnameseEncoding e : VietnameseEncoding.values()) {
            m.put("bytes " + e.shortName() + ", each paragraph alone: decoded right", percent(bytesAlone.get(e)));
        }
        for (VietnameseEncoding e : VietnameseEncoding.values()) {
            if (e != VietnameseEncoding.VIQR) {
                m.put("through Windows-1252 " + e.shortName() + ", each paragraph alone: repaired right", percent(stringsAlone.get(e)));
            }
        }
        m.put("false repairs: original Unicode paragraphs", (falseRepairs[0] - falseRepairs[1]) + " of " + falseRepairs[0]
                + (examples.isEmpty() ? "" : " e.g. " + examples));
        List<String> english = englishParagraphs();
        int englishFalse = 0;
        int englishBytesChanged = 0;
        List<String> englishExamples = new ArrayList<>();
        for (String p : english) {
            if (!LegacyText.repair(p).equals(p)) {
                englishFalse++;
                if (englishExamples.size() < 3) {
                    englishExamples.add(p.length() > 60 ? p.substring(0, 60) : p);
                }
            }
            if (!LegacyText.decode(p.getBytes(StandardCharsets.UTF_8)).equals(p)) {
                englishBytesChanged++;
            }
        }
        String joined = String.join("\n", english);
        boolean englishAsDocumentChanged = !LegacyText.repair(joined).equals(joined);
        m.put("false repairs: English paragraphs", englishFalse + " of " + english.size()
                + (englishAsDocumentChanged ? " (as one document: changed)" : " (as one document: unchanged)")
                + (englishExamples.isEmpty() ? "" : " e.g. " + englishExamples));
        m.put("false detections: English UTF-8 bytes", englishBytesChanged + " of " + english.size());
        return m;
    }

    /** Counts the paragraphs of {@code got} (lines) equal to {@code expected}: {@code counts[0]} += all, {@code counts[1]} += equal. */
    private static void compare(List<String> expected, String got, int[] counts, List<String> examples) {
        String[] lines = got.split("\n", -1);
        for (int i = 0; i < expected.size(); i++) {
            counts[0]++;
            if (i < lines.length && lines[i].equals(expected.get(i))) {
                counts[1]++;
            } else if (examples != null && examples.size() < 3) {
                String p = expected.get(i);
                examples.add(p.length() > 60 ? p.substring(0, 60) : p);
            }
        }
    }

    private static String percent(int[] c) {
        return String.format(Locale.ROOT, "%.2f%% (%d of %d)", 100.0 * c[1] / c[0], c[1], c[0]);
    }

    private static final Charset CP1252 = Charset.forName("windows-1252");

    /** Bytes as a Windows-1252 reader shows them (undefined bytes as C1 controls, like browsers). */
    static String asWindows1252(byte[] b) {
        char[] c = new char[b.length];
        for (int i = 0; i < b.length; i++) {
            int x = b[i] & 0xFF;
            if (x >= 0x80 && x < 0xA0) {
                String s = new String(b, i, 1, CP1252);
                c[i] = s.charAt(0) == '\uFFFD' ? (char) x : s.charAt(0);
            } else {
                c[i] = (char) x;
            }
        }
        return new String(c);
    }

    /** Every {@link #SAMPLE_EVERY}-th file of the legal corpus, as its non-blank paragraphs (NFC, stripped). */
    static List<List<String>> corpusDocuments() {
        List<List<String>> out = new ArrayList<>();
        List<Path> files = BenchmarkData.legalCorpusFiles();
        for (int k = 0; k < files.size(); k += SAMPLE_EVERY) {
            List<String> doc = new ArrayList<>();
            try (Stream<String> lines = Files.lines(files.get(k), StandardCharsets.UTF_8)) {
                for (String line : (Iterable<String>) lines::iterator) {
                    String p = line.strip();
                    if (!p.isEmpty()) {
                        doc.add(Normalizer.normalize(p, Normalizer.Form.NFC));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (!doc.isEmpty()) {
                out.add(doc);
            }
        }
        return out;
    }

    /** Our own English sample (with the Latin-1 symbols and letters English text carries) plus the corpora READMEs. */
    static List<String> englishParagraphs() {
        List<String> out = new ArrayList<>(List.of(ENGLISH.split("\n")));
        try (Stream<Path> s = Files.walk(BenchmarkData.shared().resolve("corpora"), 2)) {
            for (Path p : s.filter(p -> p.getFileName().toString().endsWith("README.md")).sorted().toList()) {
                for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                    String l = line.strip();
                    if (!l.isEmpty() && isMostlyEnglish(l)) {
                        out.add(l);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Lines of the READMEs without Vietnamese letters beyond Latin-1 (those are English prose or tables). */
    private static boolean isMostlyEnglish(String l) {
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            if ((c >= 0x100 && c < 0x2000) || (c >= 0xC0 && c <= 0xFF)) {
                return false;
            }
        }
        return true;
    }

    /** Written for this harness. */
    private static final String ENGLISH = """
            The committee met on Tuesday to review the budget for the 2024–2025 fiscal year.
            Résumé, café, naïve, façade, coöperate, fiancée, déjà vu and entrée are English words borrowed from French.
            The sample was kept at 25 °C ± 2 °C for 48 hours; particles of 10 µm were filtered out.
            Prices: £12.50, €9.99, ¥1,200 and ½ price on Fridays; 3 × 4 = 12 and 10 ÷ 2 = 5.
            © 2023 Example Corp. All rights reserved. Example® and Widget™ are registered trademarks.
            See § 4.2 and ¶ 3 of the agreement, signed in Zürich by Jürgen Müller and José Núñez.
            “Quoted text,” she said — and then… nothing. ‘Single quotes’ work too.
            Naïveté is not a crime, said the Señor from São Paulo at the Crème Brûlée festival.
            Temperature in Reykjavík dropped to −5 °C; Ærø and Øresund are in Denmark.
            The ratio was 1:2 « more or less », reported Ms. Łukasiewicz (Poland) and Mr. Ødegaard.
            Hello? Is anybody there? It's done. Yes, I'm sure: we'd go if you're ready.
            E-mail me at john.doe@example.com or visit https://example.org/path?query=1&b=2.
            The smörgåsbord in Malmö included blåbär, köttbullar and æbleskiver.
            Vietnam's capital is Hanoi; Ho Chi Minh City is the largest city.
            Approx. 85% of respondents said «yes»; 15% said «no» (margin ±3%).
            Section 1.1: Introduction. Section 1.2: Scope. Section 1.3: Definitions.
            ÉCOLE NORMALE SUPÉRIEURE, UNIVERSITÄT WIEN and ÅBO AKADEMI signed the MoU.
            He paid 50¢ for a coffee at the café on Rue de l’Église.
            """;
}
