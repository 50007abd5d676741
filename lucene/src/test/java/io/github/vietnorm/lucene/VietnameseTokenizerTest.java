package io.github.vietnorm.lucene;

import io.github.vietnorm.TokenType;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

public class VietnameseTokenizerTest extends BaseTokenStreamTestCase {

    private static final String W = VietnameseTokenizer.TYPE_WORD;

    private static Analyzer analyzer(VietnameseTokenizer.Granularity granularity, boolean keepPunctuation) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                return new TokenStreamComponents(new VietnameseTokenizer(TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY,
                        Defaults.segmenter(), granularity, keepPunctuation, 255));
            }
        };
    }

    private static Analyzer chunked(int chunkSize) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                return new TokenStreamComponents(new VietnameseTokenizer(TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY,
                        Defaults.segmenter(), VietnameseTokenizer.Granularity.WORDS, false, 255, chunkSize));
            }
        };
    }

    public void testWords() throws IOException {
        try (Analyzer a = analyzer(VietnameseTokenizer.Granularity.WORDS, false)) {
            assertAnalyzesTo(a, "Sở Khoa học và Công nghệ tổ chức hội nghị.",
                    new String[] {"Sở", "Khoa học", "và", "Công nghệ", "tổ chức", "hội nghị"},
                    new int[] {0, 3, 12, 15, 25, 33},
                    new int[] {2, 11, 14, 24, 32, 41},
                    new String[] {W, W, W, W, W, W},
                    new int[] {1, 1, 1, 1, 1, 1});
        }
    }

    public void testSyllables() throws IOException {
        try (Analyzer a = analyzer(VietnameseTokenizer.Granularity.SYLLABLES, false)) {
            assertAnalyzesTo(a, "Sở Khoa học, UBND tỉnh",
                    new String[] {"Sở", "Khoa", "học", "UBND", "tỉnh"},
                    new int[] {0, 3, 8, 13, 18},
                    new int[] {2, 7, 11, 17, 22},
                    new String[] {W, W, W, VietnameseTokenizer.TYPE_ABBREVIATION, W},
                    new int[] {1, 1, 1, 1, 1});
        }
    }

    /** Case never changes the words: the lower-case query is segmented like the text. */
    public void testCaseDoesNotChangeSegmentation() throws IOException {
        try (Analyzer a = analyzer(VietnameseTokenizer.Granularity.WORDS, false)) {
            String text = "Trung tâm Thông tin Khoa học và Công nghệ tỉnh Nghệ An";
            List<String> mixed = terms(a, text);
            List<String> lower = terms(a, text.toLowerCase(java.util.Locale.ROOT));
            List<String> upper = terms(a, text.toUpperCase(java.util.Locale.ROOT));
            assertEquals(lower, lower(mixed));
            assertEquals(lower, lower(upper));
            assertTrue(mixed.toString(), mixed.contains("Khoa học"));
        }
    }

    /** Runs of spaces and tabs inside a word become one space in the term; offsets keep the original. */
    public void testWhitespaceInsideAWord() throws IOException {
        try (Analyzer a = analyzer(VietnameseTokenizer.Granularity.WORDS, false)) {
            assertAnalyzesTo(a, "  khoa \t học  ",
                    new String[] {"khoa học"}, new int[] {2}, new int[] {12}, new String[] {W}, new int[] {1});
        }
    }

    public void testPunctuationOnRequest() throws IOException {
        try (Analyzer a = analyzer(VietnameseTokenizer.Granularity.WORDS, true)) {
            assertAnalyzesTo(a, "Hội nghị; kết thúc.",
                    new String[] {"Hội nghị", ";", "kết thúc", "."},
                    new int[] {0, 8, 10, 18}, new int[] {8, 9, 18, 19},
                    new String[] {W, VietnameseTokenizer.TYPE_PUNCTUATION, W, VietnameseTokenizer.TYPE_PUNCTUATION},
                    new int[] {1, 1, 1, 1});
        }
    }

    /** end() reports the length of the whole input, trailing spaces included. */
    public void testEndOffset() throws IOException {
        try (Analyzer a = analyzer(VietnameseTokenizer.Granularity.WORDS, false)) {
            assertTokenStreamContents(a.tokenStream("f", "hội nghị   "), new String[] {"hội nghị"},
                    new int[] {0}, new int[] {8}, null, null, null, 11);
            assertTokenStreamContents(a.tokenStream("f", ""), new String[0], null, null, null, null, null, 0);
            assertTokenStreamContents(a.tokenStream("f", " . "), new String[0], null, null, null, null, null, 3);
        }
    }

    public void testTooLongTokensAreDropped() throws IOException {
        try (Analyzer a = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                return new TokenStreamComponents(new VietnameseTokenizer(TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY,
                        Defaults.segmenter(), VietnameseTokenizer.Granularity.WORDS, false, 5));
            }
        }) {
            assertAnalyzesTo(a, "abcdefghij hội", new String[] {"hội"});
        }
    }

    public void testTypeNames() {
        for (TokenType t : TokenType.values()) {
            assertEquals("<" + t.name() + ">", VietnameseTokenizer.typeOf(t));
        }
        assertEquals(VietnameseTokenizer.TYPE_DOCUMENT_CODE, VietnameseTokenizer.typeOf(TokenType.DOCUMENT_CODE));
        assertEquals(VietnameseTokenizer.TYPE_EMAIL, VietnameseTokenizer.typeOf(TokenType.EMAIL));
    }

    /** A golden on a sentence of a real article: terms, offsets, types and positions. */
    public void testSampleSentence() throws IOException {
        String s = Samples.sentence("000_", "Đại hội đã thông qua", "phương hướng,");
        try (Analyzer a = analyzer(VietnameseTokenizer.Granularity.WORDS, false)) {
            String[] terms = {"Đại hội", "đã", "thông qua", "Báo cáo", "tổng kết", "thực hiện"};
            List<String> actual = terms(a, s);
            assertEquals(List.of(terms), actual.subList(0, terms.length));
            assertAnalyzesTo(a, s.substring(0, s.indexOf(" Nghị quyết")), terms,
                    new int[] {0, 8, 11, 21, 29, 38}, new int[] {7, 10, 20, 28, 37, 47},
                    new String[] {W, W, W, W, W, W}, new int[] {1, 1, 1, 1, 1, 1});
        }
    }

    /** Over every sample: each term is its original text with inner whitespace collapsed; no token is lost by chunking. */
    public void testSamplesOffsetsAndChunking() throws IOException {
        try (Analyzer a = analyzer(VietnameseTokenizer.Granularity.WORDS, false); Analyzer small = chunked(64)) {
            for (String text : Samples.all()) {
                List<String> whole = new ArrayList<>();
                try (TokenStream ts = a.tokenStream("f", text)) {
                    CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                    OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
                    TypeAttribute type = ts.addAttribute(TypeAttribute.class);
                    ts.reset();
                    int lastEnd = 0;
                    while (ts.incrementToken()) {
                        String original = text.substring(off.startOffset(), off.endOffset());
                        assertEquals(original.replaceAll("[\\s\\u00A0]+", " "), term.toString());
                        assertTrue(off.startOffset() >= lastEnd);
                        assertFalse(type.type(), type.type().equals(VietnameseTokenizer.TYPE_PUNCTUATION));
                        lastEnd = off.endOffset();
                        whole.add(term + "@" + off.startOffset() + "-" + off.endOffset() + type.type());
                    }
                    ts.end();
                }
                List<String> pieces = new ArrayList<>();
                try (TokenStream ts = small.tokenStream("f", text)) {
                    CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                    OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
                    TypeAttribute type = ts.addAttribute(TypeAttribute.class);
                    ts.reset();
                    while (ts.incrementToken()) {
                        pieces.add(term + "@" + off.startOffset() + "-" + off.endOffset() + type.type());
                    }
                    ts.end();
                    assertEquals(text.length(), off.endOffset());
                }
                assertEquals(whole, pieces);
            }
        }
    }

    public void testRandomStrings() throws IOException {
        for (VietnameseTokenizer.Granularity g : VietnameseTokenizer.Granularity.values()) {
            try (Analyzer a = analyzer(g, random().nextBoolean())) {
                checkRandomData(random(), a, atLeast(200));
            }
        }
    }

    public void testRandomHugeStrings() throws IOException {
        try (Analyzer a = analyzer(VietnameseTokenizer.Granularity.WORDS, false)) {
            checkRandomData(random(), a, atLeast(3), 8192);
        }
        try (Analyzer a = chunked(128)) {
            checkRandomData(random(), a, atLeast(3), 8192);
        }
    }

    /** Vietnamese-looking random text (pieces of the samples with hostile separators), with random readers and char filters. */
    public void testRandomVietnameseText() throws IOException {
        List<String> samples = Samples.all();
        Random random = random();
        try (Analyzer words = analyzer(VietnameseTokenizer.Granularity.WORDS, false);
             Analyzer syllables = analyzer(VietnameseTokenizer.Granularity.SYLLABLES, true);
             Analyzer small = chunked(32)) {
            int n = atLeast(30);
            for (int i = 0; i < n; i++) {
                String text = Samples.randomMix(random, samples, 1 + random.nextInt(3000));
                checkAnalysisConsistency(random, words, random.nextBoolean(), text);
                checkAnalysisConsistency(random, syllables, random.nextBoolean(), text);
                checkAnalysisConsistency(random, small, random.nextBoolean(), text);
            }
        }
    }

    public void testNothingReadInConstructorAndReuse() throws IOException {
        Tokenizer t = new VietnameseTokenizer();
        t.setReader(new StringReader("hội nghị"));
        t.reset();
        assertTrue(t.incrementToken());
        t.end();
        t.close();
        t.setReader(new StringReader("khoa học"));
        assertTokenStreamContents(t, new String[] {"khoa học"}, new int[] {0}, new int[] {8}, 8);
    }

    static List<String> terms(Analyzer a, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }

    private static List<String> lower(List<String> terms) {
        List<String> out = new ArrayList<>();
        for (String t : terms) {
            out.add(t.toLowerCase(java.util.Locale.ROOT));
        }
        return out;
    }
}
