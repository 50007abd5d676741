package io.github.vietnorm.lucene;

import io.github.vietnorm.dictionaries.StopWords;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

public class VietnameseStopFilterTest extends BaseTokenStreamTestCase {

    private static Analyzer analyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer t = new VietnameseTokenizer();
                return new TokenStreamComponents(t, new VietnameseStopFilter(new LowerCaseFilter(t)));
            }
        };
    }

    public void testRemovesFunctionWordsLeavingGaps() throws IOException {
        try (Analyzer a = analyzer()) {
            assertAnalyzesTo(a, "Tuy nhiên, các cơ quan đã thực hiện",
                    new String[] {"cơ quan", "thực hiện"},
                    new int[] {15, 26},
                    new int[] {22, 35},
                    new int[] {3, 2});
        }
    }

    public void testNegationIsKept() throws IOException {
        try (Analyzer a = analyzer()) {
            assertAnalyzesTo(a, "không thu phí", new String[] {"không", "thu phí"});
        }
    }

    /**
     * Every shipped stop word disappears entirely: it is one token of the tokenizer, or the tokenizer
     * splits it into pieces that are all stop words themselves ("chúng ta" → "chúng", "ta"). A word
     * that left a piece behind would make the list disagree with the tokenizer.
     */
    public void testEveryStopWordIsRemoved() throws IOException {
        List<String> left = new ArrayList<>();
        try (Analyzer a = analyzer()) {
            for (String w : StopWords.standard()) {
                List<String> terms = VietnameseTokenizerTest.terms(a, w);
                if (!terms.isEmpty()) {
                    left.add(w + " -> " + terms);
                }
            }
        }
        assertTrue("stop words not removed: " + left, left.isEmpty());
    }

    public void testRandomStrings() throws IOException {
        try (Analyzer a = analyzer()) {
            checkRandomData(random(), a, atLeast(100));
        }
    }
}
