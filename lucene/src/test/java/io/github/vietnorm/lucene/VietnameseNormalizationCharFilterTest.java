package io.github.vietnorm.lucene;

import io.github.vietnorm.Normalized;
import io.github.vietnorm.VietnameseNormalizer;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.MockTokenizer;

public class VietnameseNormalizationCharFilterTest extends BaseTokenStreamTestCase {

    private static final VietnameseNormalizer N = VietnameseNormalizer.standard();

    private static Analyzer analyzer(int chunkSize, boolean vietnameseTokenizer) {
        return new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new VietnameseNormalizationCharFilter(reader, N, chunkSize);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer t = vietnameseTokenizer
                        ? new VietnameseTokenizer()
                        : new MockTokenizer(MockTokenizer.WHITESPACE, false);
                return new TokenStreamComponents(t);
            }
        };
    }

    /** Reads the whole filter; returns it for offset checks. */
    private static String readAll(CharFilter f) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[7];
        int n;
        while ((n = f.read(buf, 0, buf.length)) >= 0) {
            sb.append(buf, 0, n);
        }
        return sb.toString();
    }

    /** The filter's text and offset map are exactly the normalizer's. */
    private static void assertSameAsNormalizer(String text, int chunkSize) throws IOException {
        Normalized r = N.normalizeWithEdits(text);
        try (CharFilter f = new VietnameseNormalizationCharFilter(new StringReader(text), N, chunkSize)) {
            String out = readAll(f);
            if (chunkSize >= text.length()) {
                assertEquals(r.text(), out);
                for (int i = 0; i <= out.length(); i++) {
                    if (r.toOriginalOffset(i) != f.correctOffset(i)) {
                        fail("offset " + i + " of " + escape(text) + ": " + f.correctOffset(i)
                                + " instead of " + r.toOriginalOffset(i));
                    }
                }
            } else {
                // chunked: the same text; the offsets are monotonic and end at the original length
                assertEquals(r.text(), out);
                int last = 0;
                for (int i = 0; i <= out.length(); i++) {
                    int c = f.correctOffset(i);
                    assertTrue(c >= last);
                    last = c;
                }
                assertEquals(text.length(), f.correctOffset(out.length()));
            }
        }
    }

    public void testExamples() throws IOException {
        for (String s : List.of("", "Hồ Chí Minh", "Ho\u0302\u0300 Chi\u0301 Minh", "Nguye\u0302\u0303n\u00A0\u00A0Văn A",
                "tổ\u200B chức", "  hội   nghị  ", "a\u00ADb", "\u0301đầu", "Qúy", "ĐĐ\u00D0")) {
            assertSameAsNormalizer(s, ChunkReader.DEFAULT_CHUNK_SIZE);
        }
    }

    /** Random hostile strings over a small alphabet: marks, invisibles, odd spaces, letters, surrogates. */
    public void testOffsetMapRandom() throws IOException {
        Random random = random();
        String alphabet = "aeiouyđAĐơưăâêô \u00A0\u2003\u200B\u00AD\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031B\n\t.,\uD835\uDC00\uDC00x1";
        int n = atLeast(300);
        for (int i = 0; i < n; i++) {
            int len = random.nextInt(40);
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < len; k++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertSameAsNormalizer(sb.toString(), ChunkReader.DEFAULT_CHUNK_SIZE);
            assertSameAsNormalizer(sb.toString(), 1 + random.nextInt(8));
        }
    }

    public void testSamplesChunked() throws IOException {
        for (String text : Samples.all()) {
            assertSameAsNormalizer(text, ChunkReader.DEFAULT_CHUNK_SIZE);
            assertSameAsNormalizer(text, 100);
        }
    }

    /** Tokens of decomposed, invisible-laden text point at the original characters. */
    public void testTokenizerOffsetsOnOriginalText() throws IOException {
        String text = "Nguye\u0302\u0303n\u200B  Va\u0306n\u00A0A đa\u0303 ho\u0323c khoa ho\u0323c";
        try (Analyzer a = analyzer(ChunkReader.DEFAULT_CHUNK_SIZE, true)) {
            assertAnalyzesTo(a, text,
                    new String[] {"Nguyễn", "Văn", "A", "đã", "học", "khoa học"},
                    // "Nguyễn" ends after the removed zero-width space; "Văn" is 4 chars in the original
                    new int[] {0, 11, 16, 18, 22, 27},
                    new int[] {9, 15, 17, 21, 26, 36});
        }
    }

    /** Behind another char filter (HTML stripping), offsets still land on the original markup's text. */
    public void testBehindHtmlStrip() throws IOException {
        String html = "<p>Sở <b>Khoa ho\u0323c</b>&nbsp;và Công nghệ</p>";
        try (Analyzer a = new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new VietnameseNormalizationCharFilter(
                        new org.apache.lucene.analysis.charfilter.HTMLStripCharFilter(reader));
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                return new TokenStreamComponents(new VietnameseTokenizer());
            }
        }) {
            // each token's range, with the markup HTMLStripCharFilter removed (it may hand a
            // closing tag to the token before it) and NFC applied, is the token
            List<String> seen = new java.util.ArrayList<>();
            try (org.apache.lucene.analysis.TokenStream ts = a.tokenStream("f", html)) {
                org.apache.lucene.analysis.tokenattributes.CharTermAttribute term =
                        ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
                org.apache.lucene.analysis.tokenattributes.OffsetAttribute off =
                        ts.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    String range = html.substring(off.startOffset(), off.endOffset());
                    String text = java.text.Normalizer.normalize(range.replaceAll("<[^>]*>", "")
                            .replace("&nbsp;", " ").strip(), java.text.Normalizer.Form.NFC);
                    assertEquals(term.toString(), text);
                    assertFalse(range, range.startsWith("<") || range.startsWith(" "));
                    seen.add(term.toString());
                }
                ts.end();
            }
            assertEquals(List.of("Sở", "Khoa học", "và", "Công nghệ"), seen);
        }
    }

    public void testRandomStrings() throws IOException {
        try (Analyzer a = analyzer(ChunkReader.DEFAULT_CHUNK_SIZE, true); Analyzer m = analyzer(16, false)) {
            checkRandomData(random(), a, atLeast(200));
            checkRandomData(random(), m, atLeast(200));
        }
    }

    public void testRandomVietnameseText() throws IOException {
        List<String> samples = Samples.all();
        Random random = random();
        try (Analyzer a = analyzer(ChunkReader.DEFAULT_CHUNK_SIZE, true); Analyzer small = analyzer(64, true)) {
            int n = atLeast(20);
            for (int i = 0; i < n; i++) {
                String text = Samples.randomMix(random, samples, 1 + random.nextInt(4000));
                checkAnalysisConsistency(random, a, random.nextBoolean(), text);
                checkAnalysisConsistency(random, small, random.nextBoolean(), text);
            }
        }
    }

    public void testRandomHugeStrings() throws IOException {
        try (Analyzer a = analyzer(ChunkReader.DEFAULT_CHUNK_SIZE, true)) {
            checkRandomData(random(), a, atLeast(3), 8192);
        }
    }
}
