package io.github.vietnorm.lucene;

import io.github.vietnorm.VietnameseNormalizer;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.util.BytesRef;

public class VietnameseAnalyzerTest extends BaseTokenStreamTestCase {

    private static final String W = VietnameseTokenizer.TYPE_WORD;
    private static final String A = VietnameseTokenizer.TYPE_ABBREVIATION;
    private static final String S = SynonymGraphFilter.TYPE_SYNONYM;

    private static VietnameseAnalyzer query() {
        return VietnameseAnalyzer.builder().abbreviations(VietnameseAnalyzer.AbbreviationSynonyms.QUERY).build();
    }

    private static VietnameseAnalyzer index() {
        return VietnameseAnalyzer.builder().abbreviations(VietnameseAnalyzer.AbbreviationSynonyms.INDEX).build();
    }

    private static VietnameseAnalyzer folded() {
        return VietnameseAnalyzer.builder()
                .granularity(VietnameseTokenizer.Granularity.SYLLABLES)
                .stopWords(CharArraySet.EMPTY_SET)
                .folding(true)
                .foldIY(true)
                .build();
    }

    /** Normalization, words, lower case, stop words; offsets on the original text. */
    public void testDefaultChain() throws IOException {
        try (Analyzer a = new VietnameseAnalyzer()) {
            assertAnalyzesTo(a, "Tuy nhiên, Ủy ban nhân dân tỉnh đã ban hành Quyết định",
                    new String[] {"ủy ban", "nhân dân", "tỉnh", "ban hành", "quyết định"},
                    new int[] {11, 18, 27, 35, 44},
                    new int[] {17, 26, 31, 43, 54},
                    new String[] {W, W, W, W, W},
                    new int[] {2, 1, 1, 2, 1});
        }
    }

    /** Both tone styles and decomposed text give the same terms (the char filter's work). */
    public void testToneStylesAndDecomposedTextMeet() throws IOException {
        assumeTrue("the normalizer does not unify tone styles yet",
                VietnameseNormalizer.standard().normalize("hoà").equals("hòa"));
        try (Analyzer a = new VietnameseAnalyzer()) {
            assertAnalyzesTo(a, "hoà hòa Hoà thuỷ Ho\u0300a",
                    new String[] {"hòa", "hòa", "hòa", "thủy", "hòa"},
                    new int[] {0, 4, 8, 12, 17},
                    new int[] {3, 7, 11, 16, 21});
        }
    }

    /** Query time: a correct graph, the abbreviation beside its expansion's words. */
    public void testAbbreviationAtQueryTime() throws IOException {
        try (Analyzer a = query()) {
            assertAnalyzesTo(a, "UBND tỉnh",
                    new String[] {"ủy ban", "ubnd", "nhân dân", "tỉnh"},
                    new int[] {0, 0, 0, 5},
                    new int[] {4, 4, 4, 9},
                    new String[] {S, A, S, W},
                    new int[] {1, 0, 1, 1},
                    new int[] {1, 2, 1, 1});
            assertGraphStrings(a, "UBND tỉnh", "ubnd tỉnh", "ủy ban nhân dân tỉnh");
            assertAnalyzesTo(a, "ủy ban nhân dân",
                    new String[] {"ubnd", "ủy ban", "nhân dân"},
                    new int[] {0, 0, 7},
                    new int[] {15, 6, 15},
                    new String[] {S, W, W},
                    new int[] {1, 0, 1},
                    new int[] {2, 1, 1});
        }
    }

    /** Index time: flattened, so the expansion's words are indexed at the abbreviation's offsets. */
    public void testAbbreviationAtIndexTime() throws IOException {
        try (Analyzer a = index()) {
            assertAnalyzesTo(a, "UBND tỉnh",
                    new String[] {"ủy ban", "ubnd", "nhân dân", "tỉnh"},
                    new int[] {0, 0, 0, 5},
                    new int[] {4, 4, 4, 9},
                    new int[] {1, 0, 1, 1});
        }
    }

    /** KH&CN and its spelled-out form meet, whatever the tokenizer makes of the ampersand. */
    public void testKhCn() throws IOException {
        try (Analyzer a = query()) {
            List<String> abbreviated = VietnameseTokenizerTest.terms(a, "KH&CN");
            List<String> spelled = VietnameseTokenizerTest.terms(a, "khoa học và công nghệ");
            assertTrue(abbreviated.toString(), abbreviated.containsAll(List.of("khoa học", "công nghệ")));
            assertTrue(spelled.toString(), spelled.containsAll(VietnameseTokenizerTest.terms(new VietnameseAnalyzer(), "KH&CN")));
        }
    }

    /** Abbreviations that are also ordinary words once lower-cased are left alone. */
    public void testAbbreviationThatIsAWord() throws IOException {
        try (Analyzer a = query()) {
            assertAnalyzesTo(a, "CA tỉnh", new String[] {"ca", "tỉnh"});
        }
    }

    public void testSynonymMapsAreShared() {
        assertSame(VietnameseAbbreviationSynonyms.standard(VietnameseTokenizer.Granularity.WORDS),
                VietnameseAbbreviationSynonyms.standard(VietnameseTokenizer.Granularity.WORDS));
        assertNotSame(VietnameseAbbreviationSynonyms.standard(VietnameseTokenizer.Granularity.WORDS),
                VietnameseAbbreviationSynonyms.standard(VietnameseTokenizer.Granularity.SYLLABLES));
    }

    public void testFoldedSyllables() throws IOException {
        try (Analyzer a = folded()) {
            assertAnalyzesTo(a, "Ủy ban nhân dân phường Đống Đa, kỹ thuật",
                    new String[] {"uy", "ban", "nhan", "dan", "phuong", "dong", "da", "ki", "thuat"},
                    new int[] {0, 3, 7, 12, 16, 23, 28, 32, 35},
                    new int[] {2, 6, 11, 15, 22, 27, 30, 34, 40});
            assertAnalyzesTo(a, "uy ban nhan dan", new String[] {"uy", "ban", "nhan", "dan"});
        }
    }

    /** Wildcard and prefix terms: char filter (no splitting), lower case, folding if on. */
    public void testNormalize() {
        try (Analyzer a = new VietnameseAnalyzer(); Analyzer f = folded()) {
            assertEquals(new BytesRef("nguyễn*"), a.normalize("f", "NGUYE\u0302\u0303N*"));
            assertEquals(new BytesRef("duong ki*"), f.normalize("f", "Đường kỹ*"));
            assertEquals(new BytesRef("tổngkết"), a.normalize("f", "tổngkết"));
        }
    }

    public void testBuilderValidation() {
        expectThrows(IllegalStateException.class, () -> VietnameseAnalyzer.builder().foldIY(true).build());
        expectThrows(NullPointerException.class, () -> VietnameseAnalyzer.builder().granularity(null));
    }

    public void testRandomStrings() throws IOException {
        for (Analyzer a : new Analyzer[] {new VietnameseAnalyzer(), folded(), index(), query(),
            VietnameseAnalyzer.builder().folding(true).preserveOriginal(true).normalizer(null).build()}) {
            try (a) {
                checkRandomData(random(), a, atLeast(100));
            }
        }
    }

    /** Real text with hostile separators through every configuration, from several threads (checkRandomData's). */
    public void testRandomVietnameseText() throws IOException {
        List<String> samples = Samples.all();
        Random random = random();
        for (Analyzer a : new Analyzer[] {new VietnameseAnalyzer(), folded(), index(), query()}) {
            try (a) {
                int n = atLeast(10);
                for (int i = 0; i < n; i++) {
                    String text = Samples.randomMix(random, samples, 1 + random.nextInt(2000));
                    checkAnalysisConsistency(random, a, random.nextBoolean(), text);
                }
            }
        }
    }

    public void testRandomHugeStrings() throws IOException {
        try (Analyzer a = query()) {
            checkRandomData(random(), a, atLeast(2), 8192);
        }
    }
}
