package io.github.vietnorm.lucene;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharFilterFactory;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamFactoryTestCase;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;

/** The SPI factories, looked up by name and built from parameter maps as Solr does. */
public class FactoriesTest extends BaseTokenStreamFactoryTestCase {

    public void testLookupByName() {
        assertEquals(VietnameseTokenizerFactory.class, TokenizerFactory.lookupClass("vietnamese"));
        assertEquals(VietnameseNormalizationCharFilterFactory.class, CharFilterFactory.lookupClass("vietnameseNormalization"));
        assertEquals(VietnameseFoldingFilterFactory.class, TokenFilterFactory.lookupClass("vietnameseFolding"));
        assertEquals(VietnameseStopFilterFactory.class, TokenFilterFactory.lookupClass("vietnameseStop"));
        assertEquals(VietnameseAbbreviationFilterFactory.class, TokenFilterFactory.lookupClass("vietnameseAbbreviation"));
        assertTrue(TokenizerFactory.availableTokenizers().contains("vietnamese"));
        assertEquals("vietnamese", TokenizerFactory.findSPIName(VietnameseTokenizerFactory.class));
    }

    /** Exactly the call of the issue: a plain, empty, mutable map. */
    public void testForNameWithEmptyMap() throws IOException {
        TokenizerFactory f = TokenizerFactory.forName("vietnamese", new HashMap<>());
        Tokenizer t = f.create();
        t.setReader(new StringReader("Sở Khoa học và Công nghệ"));
        assertTokenStreamContents(t, new String[] {"Sở", "Khoa học", "và", "Công nghệ"});
        TokenFilterFactory folding = TokenFilterFactory.forName("vietnameseFolding", new HashMap<>());
        TokenFilterFactory stop = TokenFilterFactory.forName("vietnameseStop", new HashMap<>());
        TokenFilterFactory abbreviation = TokenFilterFactory.forName("vietnameseAbbreviation", new HashMap<>());
        CharFilterFactory normalization = CharFilterFactory.forName("vietnameseNormalization", new HashMap<>());
        Reader r = normalization.create(new StringReader("Ho\u0302\u0300 Chi\u0301 Minh, UBND và Đường"));
        Tokenizer t2 = f.create();
        t2.setReader(r);
        TokenStream ts = folding.create(stop.create(abbreviation.create(new org.apache.lucene.analysis.LowerCaseFilter(t2))));
        // "Hồ Chí Minh" has an abbreviation too: HCM
        assertTokenStreamContents(ts, new String[] {"hcm", "ho chi minh", "uy ban", "ubnd", "nhan dan", "duong"},
                new int[] {0, 0, 16, 16, 16, 24}, new int[] {14, 14, 20, 20, 20, 29});
    }

    public void testTokenizerParameters() throws Exception {
        Tokenizer t = tokenizerFactory("vietnamese", "granularity", "syllables", "keepPunctuation", "true",
                "maxTokenLength", "100", "joinProperNames", "false").create();
        t.setReader(new StringReader("Khoa học."));
        assertTokenStreamContents(t, new String[] {"Khoa", "học", "."});
        expectThrows(IllegalArgumentException.class, () -> tokenizerFactory("vietnamese", "granularity", "letters"));
        expectThrows(IllegalArgumentException.class, () -> tokenizerFactory("vietnamese", "maxTokenLength", "0"));
    }

    /** A user lexicon through the ResourceLoader makes new words. */
    public void testUserDictionary() throws Exception {
        String text = "trong nhiệm kỳ mới";
        Tokenizer plain = tokenizerFactory("vietnamese").create();
        plain.setReader(new StringReader(text));
        assertTokenStreamContents(plain, new String[] {"trong", "nhiệm kỳ", "mới"});
        Tokenizer user = tokenizerFactory("vietnamese", "userDictionary", "user-words.txt").create();
        user.setReader(new StringReader(text));
        assertTokenStreamContents(user, new String[] {"trong", "nhiệm kỳ mới"});
    }

    public void testStopWordFiles() throws Exception {
        VietnameseStopFilterFactory both = (VietnameseStopFilterFactory) tokenFilterFactory("vietnameseStop",
                "words", "user-stopwords.txt");
        assertTrue(both.getStopWords().contains("hội nghị"));
        assertTrue(both.getStopWords().contains("và"));
        VietnameseStopFilterFactory mine = (VietnameseStopFilterFactory) tokenFilterFactory("vietnameseStop",
                "words", "user-stopwords.txt", "includeDefault", "false");
        assertTrue(mine.getStopWords().contains("Hội nghị"));
        assertFalse(mine.getStopWords().contains("và"));
        assertEquals(1, mine.getStopWords().size());
    }

    public void testAbbreviationFiles() throws Exception {
        Analyzer a = CustomAnalyzer.builder(new ClasspathResourceLoader(getClass()))
                .withTokenizer("vietnamese")
                .addTokenFilter("lowercase")
                .addTokenFilter("vietnameseAbbreviation", "abbreviations", "user-abbreviations.txt")
                .build();
        // the synonym graph filter emits the expansion's first word, then the original token
        assertAnalyzesTo(a, "TTUD", new String[] {"trung tâm", "ttud", "ứng dụng"}, new int[] {1, 0, 1});
        assertAnalyzesTo(a, "UBND", new String[] {"ủy ban", "ubnd", "nhân dân"}, new int[] {1, 0, 1});
        a.close();
    }

    public void testCharFilterParameters() throws Exception {
        CharFilterFactory modern = charFilterFactory("vietnameseNormalization", "toneStyle", "modern",
                "splitRunTogetherWords", "false", "repairLegacyEncodings", "false");
        VietnameseNormalizationCharFilterFactory f = (VietnameseNormalizationCharFilterFactory) modern;
        assertEquals(io.github.vietnorm.ToneStyle.MODERN, f.getNormalizer().toneStyle());
        assertFalse(f.getNormalizer().splitsRunTogetherWords());
        assertFalse(f.getNormalizer().repairsLegacyEncodings());
        expectThrows(IllegalArgumentException.class, () -> charFilterFactory("vietnameseNormalization", "toneStyle", "new"));
    }

    /** The factories' normalize: folding applies to wildcard terms, without preserveOriginal. */
    public void testMultiTermNormalization() throws Exception {
        Analyzer a = CustomAnalyzer.builder()
                .addCharFilter("vietnameseNormalization")
                .withTokenizer("vietnamese")
                .addTokenFilter("lowercase")
                .addTokenFilter("vietnameseFolding", "preserveOriginal", "true", "foldIY", "true")
                .build();
        assertEquals("nguyen van ki*", a.normalize("f", "NGUYE\u0302\u0303N Văn Kỹ*").utf8ToString());
        a.close();
    }

    public void testUnknownParameters() {
        for (String name : new String[] {"vietnamese"}) {
            IllegalArgumentException e = expectThrows(IllegalArgumentException.class,
                    () -> tokenizerFactory(name, "bogusArg", "bogusValue"));
            assertTrue(e.getMessage(), e.getMessage().contains("Unknown parameters"));
        }
        for (String name : new String[] {"vietnameseFolding", "vietnameseStop", "vietnameseAbbreviation"}) {
            IllegalArgumentException e = expectThrows(IllegalArgumentException.class,
                    () -> tokenFilterFactory(name, "bogusArg", "bogusValue"));
            assertTrue(e.getMessage(), e.getMessage().contains("Unknown parameters"));
        }
        IllegalArgumentException e = expectThrows(IllegalArgumentException.class,
                () -> charFilterFactory("vietnameseNormalization", "bogusArg", "bogusValue"));
        assertTrue(e.getMessage(), e.getMessage().contains("Unknown parameters"));
    }

    /** The no-argument constructors exist for the SPI loader only. */
    public void testDefaultConstructorsThrow() {
        expectThrows(UnsupportedOperationException.class, VietnameseTokenizerFactory::new);
        expectThrows(UnsupportedOperationException.class, VietnameseFoldingFilterFactory::new);
        expectThrows(UnsupportedOperationException.class, VietnameseStopFilterFactory::new);
        expectThrows(UnsupportedOperationException.class, VietnameseAbbreviationFilterFactory::new);
        expectThrows(UnsupportedOperationException.class, VietnameseNormalizationCharFilterFactory::new);
    }

    /** Resource-aware factories say so, and fail clearly when used before inform(). */
    public void testCreateBeforeInform() {
        Map<String, String> args = new HashMap<>();
        args.put("userDictionary", "user-words.txt");
        VietnameseTokenizerFactory f = new VietnameseTokenizerFactory(args);
        assertTrue(f instanceof ResourceLoaderAware);
        expectThrows(IllegalStateException.class, f::create);
    }
}
