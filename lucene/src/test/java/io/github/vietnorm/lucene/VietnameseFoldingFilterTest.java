package io.github.vietnorm.lucene;

import java.io.IOException;
import java.text.Normalizer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.MockTokenizer;

public class VietnameseFoldingFilterTest extends BaseTokenStreamTestCase {

    private static Analyzer analyzer(boolean preserveOriginal, boolean foldIY) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer t = new MockTokenizer(MockTokenizer.WHITESPACE, false);
                return new TokenStreamComponents(t, new VietnameseFoldingFilter(t, preserveOriginal, foldIY));
            }
        };
    }

    private static Analyzer keyword(boolean foldIY) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer t = new KeywordTokenizer();
                return new TokenStreamComponents(t, new VietnameseFoldingFilter(t, false, foldIY));
            }
        };
    }

    public void testFoldsMarksAndD() throws IOException {
        try (Analyzer a = analyzer(false, false)) {
            assertAnalyzesTo(a, "Ủy ban nhân dân phường Đống Đa đường Ðình",
                    new String[] {"Uy", "ban", "nhan", "dan", "phuong", "Dong", "Da", "duong", "Dinh"});
            assertAnalyzesTo(a, "ASCII only stays", new String[] {"ASCII", "only", "stays"});
        }
    }

    /** Decomposed input (macOS, some PDF extractors) folds like precomposed input. */
    public void testDecomposedInput() throws IOException {
        try (Analyzer a = analyzer(false, false)) {
            assertAnalyzesTo(a, "Nguye\u0302\u0303n Ho\u0302\u0300 Chi\u0301 Minh \u0111i",
                    new String[] {"Nguyen", "Ho", "Chi", "Minh", "di"});
        }
    }

    /** Every Vietnamese letter with every tone, precomposed or decomposed, folds to its ASCII base. */
    public void testEveryVietnameseLetter() {
        String vowels = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY";
        String bases = "aaaeeiooouuyAAAEEIOOOUUY";
        String[] tones = {"", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"};
        int checked = 0;
        for (int v = 0; v < vowels.length(); v++) {
            for (String tone : tones) {
                String nfd = Normalizer.normalize(vowels.charAt(v) + tone, Normalizer.Form.NFD);
                String nfc = Normalizer.normalize(nfd, Normalizer.Form.NFC);
                assertEquals(1, nfc.length());
                for (String form : new String[] {nfc, nfd}) {
                    char[] chars = form.toCharArray();
                    int n = VietnameseFoldingFilter.fold(chars, chars.length);
                    assertEquals(form, String.valueOf(bases.charAt(v)), new String(chars, 0, n));
                }
                checked++;
            }
        }
        assertEquals(144, checked);
        for (String d : new String[] {"đ", "Đ", "\u00D0"}) {
            char[] chars = d.toCharArray();
            VietnameseFoldingFilter.fold(chars, 1);
            assertTrue(chars[0] == 'd' || chars[0] == 'D');
        }
    }

    public void testPreserveOriginal() throws IOException {
        try (Analyzer a = analyzer(true, false)) {
            assertAnalyzesTo(a, "đường ban Hồ",
                    new String[] {"đường", "duong", "ban", "Hồ", "Ho"},
                    new int[] {0, 0, 6, 10, 10},
                    new int[] {5, 5, 9, 12, 12},
                    new int[] {1, 0, 1, 1, 0});
        }
    }

    public void testFoldIY() throws IOException {
        try (Analyzer a = analyzer(false, true)) {
            assertAnalyzesTo(a, "kỹ kĩ quy qui quý lý lí Mỹ hy",
                    new String[] {"ki", "ki", "qui", "qui", "qui", "li", "li", "Mi", "hi"});
            // y after a vowel, a leading y, y inside a rhyme: unchanged
            assertAnalyzesTo(a, "tuy huy may y yên khuya thuyết",
                    new String[] {"tuy", "huy", "may", "y", "yen", "khuya", "thuyet"});
        }
        try (Analyzer a = keyword(true)) {
            // syllables inside one multi-syllable token
            assertAnalyzesTo(a, "kỹ thuật mỹ thuật", new String[] {"ki thuat mi thuat"});
        }
    }

    public void testFoldIYSkipsForeignAndCodes() throws IOException {
        try (Analyzer a = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer t = new VietnameseTokenizer();
                return new TokenStreamComponents(t, new VietnameseFoldingFilter(t, false, true));
            }
        }) {
            TokenStream ts = a.tokenStream("f", "kỹ thuật Smart City");
            assertTokenStreamContents(ts, new String[] {"ki thuat", "Smart", "City"});
        }
    }

    public void testEmptyTerm() throws IOException {
        try (Analyzer a = keyword(false)) {
            assertAnalyzesTo(a, "", new String[] {""});
            assertAnalyzesTo(a, "\u0301\u0300", new String[] {""});
        }
    }

    public void testRandomStrings() throws IOException {
        for (boolean preserve : new boolean[] {false, true}) {
            try (Analyzer a = analyzer(preserve, random().nextBoolean())) {
                checkRandomData(random(), a, atLeast(200));
            }
        }
    }
}
