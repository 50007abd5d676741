package io.github.vietnorm.lucene;

import io.github.vietnorm.dictionaries.Abbreviations;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.tests.util.LuceneTestCase;
import org.apache.lucene.util.QueryBuilder;

/**
 * Indexes the real articles in an in-memory index, the way an application would, and finds them:
 * a query typed without diacritics, an abbreviation, the other tone style and a document code,
 * each with the highlighted offsets checked against the original text.
 *
 * <p>Fields: {@code body} (default analyzer at index time, abbreviation synonyms at query time)
 * and {@code folded} (syllables, accent folding, abbreviation synonyms at index time).
 */
public class SearchEndToEndTest extends LuceneTestCase {

    /** A document spelling out what the samples abbreviate, so the reverse direction is tested too. */
    private static final String SPELLED_OUT = "Ủy ban nhân dân tỉnh Nghệ An ban hành kế hoạch "
            + "phát triển khoa học và công nghệ năm 2023.";

    private static final FieldType TEXT = new FieldType();

    static {
        TEXT.setTokenized(true);
        TEXT.setStored(true);
        TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT.freeze();
    }

    private static List<String> docs;
    private static Directory dir;
    private static DirectoryReader reader;
    private static IndexSearcher searcher;
    private static Analyzer indexAnalyzer;
    private static Analyzer queryAnalyzer;

    @org.junit.BeforeClass
    public static void index() throws IOException {
        docs = new ArrayList<>(Samples.all());
        docs.add(SPELLED_OUT);
        Analyzer folded = VietnameseAnalyzer.builder()
                .granularity(VietnameseTokenizer.Granularity.SYLLABLES)
                .stopWords(CharArraySet.EMPTY_SET)
                .folding(true).foldIY(true)
                .abbreviations(VietnameseAnalyzer.AbbreviationSynonyms.INDEX)
                .build();
        Analyzer foldedQuery = VietnameseAnalyzer.builder()
                .granularity(VietnameseTokenizer.Granularity.SYLLABLES)
                .stopWords(CharArraySet.EMPTY_SET)
                .folding(true).foldIY(true)
                .build();
        Map<String, Analyzer> indexFields = new HashMap<>();
        indexFields.put("folded", folded);
        indexAnalyzer = new PerFieldAnalyzerWrapper(new VietnameseAnalyzer(), indexFields);
        Map<String, Analyzer> queryFields = new HashMap<>();
        queryFields.put("folded", foldedQuery);
        queryAnalyzer = new PerFieldAnalyzerWrapper(VietnameseAnalyzer.builder()
                .abbreviations(VietnameseAnalyzer.AbbreviationSynonyms.QUERY).build(), queryFields);

        dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(indexAnalyzer))) {
            for (int i = 0; i < docs.size(); i++) {
                Document d = new Document();
                d.add(new StoredField("id", i));
                d.add(new Field("body", docs.get(i), TEXT));
                d.add(new Field("folded", docs.get(i), TEXT));
                w.addDocument(d);
            }
        }
        reader = DirectoryReader.open(dir);
        searcher = new IndexSearcher(reader);
    }

    @org.junit.AfterClass
    public static void close() throws IOException {
        if (reader != null) {
            reader.close();
        }
        if (dir != null) {
            dir.close();
        }
        if (indexAnalyzer != null) {
            indexAnalyzer.close();
            queryAnalyzer.close();
        }
        docs = null;
        searcher = null;
        reader = null;
        dir = null;
        indexAnalyzer = null;
        queryAnalyzer = null;
    }

    /** Formats a passage list as "start-end" pairs of the matches, for offset checks. */
    private static final class OffsetsFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            StringBuilder sb = new StringBuilder();
            for (Passage p : passages) {
                for (int i = 0; i < p.getNumMatches(); i++) {
                    sb.append(p.getMatchStarts()[i]).append('-').append(p.getMatchEnds()[i]).append(' ');
                }
            }
            return sb.toString();
        }
    }

    private record Hit(int doc, String text, List<int[]> matches) {
    }

    private static List<Hit> search(String field, String queryText) throws IOException {
        Query q = new QueryBuilder(queryAnalyzer).createPhraseQuery(field, queryText);
        assertNotNull("query analyzed to nothing: " + queryText, q);
        TopDocs top = searcher.search(q, 100);
        UnifiedHighlighter h = UnifiedHighlighter.builder(searcher, indexAnalyzer)
                .withFormatter(new OffsetsFormatter())
                .withMaxLength(1_000_000)
                .build();
        String[] highlights = h.highlight(field, q, top, 1000);
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < top.scoreDocs.length; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            int id = searcher.storedFields().document(sd.doc).getField("id").numericValue().intValue();
            List<int[]> matches = new ArrayList<>();
            if (highlights[i] != null) {
                for (String m : highlights[i].trim().split(" ")) {
                    if (!m.isEmpty()) {
                        String[] se = m.split("-");
                        matches.add(new int[] {Integer.parseInt(se[0]), Integer.parseInt(se[1])});
                    }
                }
            }
            hits.add(new Hit(id, docs.get(id), matches));
        }
        return hits;
    }

    private static TreeSet<Integer> ids(List<Hit> hits) {
        TreeSet<Integer> ids = new TreeSet<>();
        for (Hit h : hits) {
            ids.add(h.doc());
        }
        return ids;
    }

    /** The documents whose raw text satisfies {@code p}: the expected hits, computed without analysis. */
    private static TreeSet<Integer> docsWhere(Predicate<String> p) {
        TreeSet<Integer> ids = new TreeSet<>();
        for (int i = 0; i < docs.size(); i++) {
            if (p.test(docs.get(i))) {
                ids.add(i);
            }
        }
        return ids;
    }

    /**
     * Every highlighted range lies inside an occurrence of one of {@code spellings} (ignoring case)
     * in the original text, once the spaces and invisible characters the normalizer deleted at its edges are left
     * out (a token that ends before a removed non-breaking space may end after it).
     */
    private static void assertHighlightsInside(List<Hit> hits, String... spellings) {
        for (Hit h : hits) {
            assertFalse("no highlight in doc " + h.doc(), h.matches().isEmpty());
            for (int[] range : h.matches()) {
                int[] m = trimInvisible(h.text(), range);
                boolean inside = false;
                String text = h.text().toLowerCase(Locale.ROOT); // same length for Vietnamese
                for (String spelling : spellings) {
                    String s = spelling.toLowerCase(Locale.ROOT);
                    for (int o = text.indexOf(s); o >= 0 && !inside; o = text.indexOf(s, o + 1)) {
                        inside = o <= m[0] && m[1] <= o + s.length() && m[0] < m[1];
                    }
                }
                assertTrue("doc " + h.doc() + " highlight [" + m[0] + "," + m[1] + ") = \""
                        + h.text().substring(m[0], m[1]) + "\" is not inside any of " + List.of(spellings), inside);
            }
        }
    }

    private static int[] trimInvisible(String text, int[] range) {
        int s = range[0];
        int e = range[1];
        while (e > s && invisible(text.charAt(e - 1))) {
            e--;
        }
        while (s < e && invisible(text.charAt(s))) {
            s++;
        }
        assertTrue("only invisible characters highlighted at " + range[0], s < e);
        return new int[] {s, e};
    }

    private static boolean invisible(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
    }

    /** Typed without diacritics: the folded field finds the UBND documents (expanded at index time). */
    public void testFoldedQueryFindsAbbreviation() throws IOException {
        List<Hit> hits = search("folded", "uy ban nhan dan");
        TreeSet<Integer> expected = docsWhere(t -> t.contains("UBND") || t.contains("Ủy ban nhân dân"));
        assertTrue("the samples should mention UBND", expected.size() >= 2);
        assertEquals(expected, ids(hits));
        assertHighlightsInside(hits, "UBND", "Ủy ban nhân dân");
    }

    /**
     * A folded query in capitals for a phrase the samples spell out and abbreviate: it finds the
     * spelled-out form, the abbreviation {@code KH&CN} and its variant and garbled spellings from the
     * dictionary ({@code KHCN}, {@code KHC&N}), all expanded at index time.
     */
    public void testFoldedQueryPlainWords() throws IOException {
        List<String> spellings = new ArrayList<>();
        spellings.add("khoa học và công nghệ");
        spellings.add("KH&CN");
        spellings.addAll(Abbreviations.standard().senses("KH&CN").get(0).variants());
        List<Hit> hits = search("folded", "KHOA HOC VA CONG NGHE");
        TreeSet<Integer> expected = docsWhere(t -> spellings.stream()
                .anyMatch(sp -> t.toLowerCase(Locale.ROOT).contains(sp.toLowerCase(Locale.ROOT))));
        assertEquals(expected, ids(hits));
        assertHighlightsInside(hits, spellings.toArray(new String[0]));
    }

    /** The abbreviation finds itself and, through query-time synonyms, the spelled-out form. */
    public void testAbbreviation() throws IOException {
        List<Hit> hits = search("body", "UBND");
        assertEquals(docsWhere(t -> t.contains("UBND") || t.contains("Ủy ban nhân dân")), ids(hits));
        assertTrue(ids(hits).contains(docs.size() - 1));
        assertHighlightsInside(hits, "UBND", "Ủy ban nhân dân");
    }

    /**
     * An abbreviation inside a phrase, whose expansion holds a stop word: "Sở KH&CN" at query time
     * becomes the graph {"sở kh&cn", "sở khoa học ? công nghệ"} (the hole is the removed "và"), which
     * finds the abbreviation, its variants and the spelled-out form.
     */
    public void testSpelledOutFindsAbbreviationInAPhrase() throws IOException {
        List<String> spellings = new ArrayList<>();
        spellings.add("Sở KH&CN");
        spellings.add("Sở khoa học và công nghệ");
        for (String v : Abbreviations.standard().senses("KH&CN").get(0).variants()) {
            spellings.add("Sở " + v);
        }
        List<Hit> hits = search("body", "Sở KH&CN");
        TreeSet<Integer> expected = docsWhere(t -> spellings.stream()
                .anyMatch(sp -> t.toLowerCase(Locale.ROOT).contains(sp.toLowerCase(Locale.ROOT))));
        assertTrue(expected.size() >= 3);
        assertEquals(expected, ids(hits));
        assertHighlightsInside(hits, spellings.toArray(new String[0]));
    }

    /** The other tone style: "uỷ" (modern) finds "ủy" and "uỷ" alike. */
    public void testOtherToneStyle() throws IOException {
        assumeTrue("the normalizer does not unify tone styles yet",
                io.github.vietnorm.VietnameseNormalizer.standard().normalize("uỷ").equals("ủy"));
        List<Hit> hits = search("body", "Đảng uỷ");
        TreeSet<Integer> expected = docsWhere(t -> t.contains("Đảng ủy") || t.contains("Đảng uỷ"));
        assertTrue("the samples should use both styles", expected.size() >= 2);
        assertTrue(docsWhere(t -> t.contains("Đảng uỷ")).size() >= 1);
        assertTrue(docsWhere(t -> t.contains("Đảng ủy")).size() >= 1);
        assertEquals(expected, ids(hits));
        assertHighlightsInside(hits, "Đảng ủy", "Đảng uỷ");

        // the sample writes "hoá đơn" (modern); the query the traditional "hóa đơn"
        assertTrue(docsWhere(t -> t.contains("hoá đơn điện tử")).size() >= 1);
        List<Hit> hoa = search("body", "hóa đơn điện tử");
        assertEquals(docsWhere(t -> t.contains("hóa đơn điện tử") || t.contains("hoá đơn điện tử")), ids(hoa));
        assertHighlightsInside(hoa, "hóa đơn điện tử", "hoá đơn điện tử");
    }

    /** A document code is found whole, and only where it occurs. */
    public void testDocumentCode() throws IOException {
        List<Hit> hits = search("body", "05-CT/TW");
        TreeSet<Integer> expected = docsWhere(t -> t.contains("05-CT/TW"));
        assertTrue(expected.size() >= 1);
        assertEquals(expected, ids(hits));
        assertHighlightsInside(hits, "05-CT/TW");
    }
}
