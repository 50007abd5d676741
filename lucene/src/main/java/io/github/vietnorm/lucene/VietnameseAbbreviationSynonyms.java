package io.github.vietnorm.lucene;

import io.github.vietnorm.ToneStyle;
import io.github.vietnorm.VietnameseNormalizer;
import io.github.vietnorm.dictionaries.Abbreviations;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * Synonyms between Vietnamese administrative abbreviations and their expansions ({@code UBND} ↔
 * {@code ủy ban nhân dân}, {@code KH&CN} ↔ {@code khoa học và công nghệ}), from the vietnorm
 * abbreviation dictionary ({@link Abbreviations}), as a Lucene {@link SynonymMap} for {@code
 * SynonymGraphFilter}: at query time as is, at index time followed by {@code FlattenGraphFilter}.
 *
 * <pre>{@code
 * SynonymMap map = VietnameseAbbreviationSynonyms.standard(VietnameseTokenizer.Granularity.WORDS);
 * // query time:  tokenizer -> LowerCaseFilter -> new SynonymGraphFilter(ts, map, true) -> ...
 * // index time:  tokenizer -> LowerCaseFilter -> new SynonymGraphFilter(ts, map, true)
 * //                        -> new FlattenGraphFilter(ts) -> ...
 * }</pre>
 *
 * <p>Both sides of every rule are analyzed with the chain the filter sits in (normalization char
 * filter, {@link VietnameseTokenizer}, lower case), through {@link SynonymMap.Parser#analyze}, so
 * an expansion is stored as the words the tokenizer makes of it ({@code ủy ban}, {@code nhân
 * dân}). Only abbreviations with one meaning in running text are used (ambiguous ones such as
 * {@code TT}, which may be {@code thông tư}, {@code trung tâm} or {@code thủ tướng}, are left
 * out), and only those whose lower-case form is not itself a Vietnamese word ({@code CA} is left
 * out: {@code ca} is a word). Variant and garbled spellings ({@code KHCN}, {@code KHC&N}) map to the
 * expansion too. Maps for the shipped dictionary are built once per configuration and shared.
 */
public final class VietnameseAbbreviationSynonyms {

    private static final Map<List<Object>, SynonymMap> CACHE = new ConcurrentHashMap<>();

    private VietnameseAbbreviationSynonyms() {
    }

    /**
     * The synonyms of the shipped dictionary for a chain with the standard normalization char
     * filter, the default tokenizer at this granularity and lower-casing; built once and shared.
     *
     * @param granularity the granularity of the tokenizer in the chain
     * @return abbreviation → expansion and expansion → abbreviation, original tokens kept
     */
    public static SynonymMap standard(VietnameseTokenizer.Granularity granularity) {
        return standard(granularity, ToneStyle.TRADITIONAL, true);
    }

    /**
     * @param granularity the granularity of the tokenizer in the chain
     * @param toneStyle   the tone style of the normalization char filter in the chain
     * @param expand      true: both directions; false: abbreviation → expansion only (a text that
     *                    spells out {@code ủy ban nhân dân} does not also get {@code ubnd})
     * @return the shipped dictionary's synonyms, built once per argument combination and shared
     */
    public static SynonymMap standard(VietnameseTokenizer.Granularity granularity, ToneStyle toneStyle, boolean expand) {
        List<Object> key = List.of(granularity, toneStyle, expand);
        return CACHE.computeIfAbsent(key, k -> {
            VietnameseNormalizer normalizer = Defaults.normalizer(toneStyle, false, true);
            try (Analyzer a = analyzer(normalizer, Defaults.segmenter(), granularity)) {
                return build(Abbreviations.standard(), a, expand);
            }
        });
    }

    /**
     * The analyzer that writes synonym rules as the runtime chain sees them: normalization char
     * filter (run-together splitting off), the tokenizer, lower case.
     */
    static Analyzer analyzer(VietnameseNormalizer normalizer, io.github.vietnorm.VietnameseTokenizer segmenter,
                             VietnameseTokenizer.Granularity granularity) {
        return new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return normalizer == null ? reader : new VietnameseNormalizationCharFilter(reader, normalizer);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer t = new VietnameseTokenizer(TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, segmenter,
                        granularity, false, VietnameseTokenizer.DEFAULT_MAX_TOKEN_LENGTH);
                return new TokenStreamComponents(t, new LowerCaseFilter(t));
            }
        };
    }

    /**
     * Builds the synonyms of a dictionary.
     *
     * @param dictionary the abbreviations (e.g. {@code Abbreviations.standard().withOverrides(mine)})
     * @param analyzer   the analysis chain up to the synonym filter (without stop words: a rule whose
     *                   side loses a word is rejected by Lucene)
     * @param expand     true: both directions; false: abbreviation → expansion only
     * @return the map, for {@code new SynonymGraphFilter(input, map, true)}
     */
    public static SynonymMap build(Abbreviations dictionary, Analyzer analyzer, boolean expand) {
        Objects.requireNonNull(dictionary, "dictionary");
        Objects.requireNonNull(analyzer, "analyzer");
        Rules rules = new Rules(analyzer);
        try {
            for (String abbreviation : dictionary.abbreviations()) {
                String expansion = singleExpansion(dictionary.senses(abbreviation));
                if (expansion == null) {
                    continue;
                }
                CharsRef to = rules.tokens(expansion);
                CharsRef canonical = rules.abbreviation(abbreviation);
                if (to == null || canonical == null) {
                    continue;
                }
                Set<CharsRef> spellings = new LinkedHashSet<>();
                spellings.add(canonical);
                for (String variant : dictionary.senses(abbreviation).get(0).variants()) {
                    CharsRef v = rules.abbreviation(variant);
                    if (v != null) {
                        spellings.add(v);
                    }
                }
                for (CharsRef from : spellings) {
                    if (!from.equals(to)) {
                        rules.add(from, to, true);
                    }
                }
                if (expand && !canonical.equals(to)) {
                    rules.add(to, canonical, true);
                }
            }
            return rules.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one expansion (compared ignoring case) of the senses usable in running text, or null. */
    private static String singleExpansion(List<Abbreviations.Entry> senses) {
        String expansion = null;
        for (Abbreviations.Entry e : senses) {
            if (!e.appliesToText()) {
                continue;
            }
            if (expansion == null) {
                expansion = e.expansion();
            } else if (!expansion.toLowerCase(Locale.ROOT).equals(e.expansion().toLowerCase(Locale.ROOT))) {
                return null;
            }
        }
        return expansion;
    }

    /** A {@link SynonymMap.Builder} with access to {@link SynonymMap.Parser#analyze}. */
    private static final class Rules extends SynonymMap.Parser {
        private final Analyzer analyzer;

        Rules(Analyzer analyzer) {
            super(true, analyzer);
            this.analyzer = analyzer;
        }

        @Override
        public void parse(Reader in) {
            throw new UnsupportedOperationException("rules come from the abbreviation dictionary");
        }

        /** The analyzed tokens of a text, joined by {@link SynonymMap#WORD_SEPARATOR}; null if none. */
        CharsRef tokens(String text) throws IOException {
            try {
                return analyze(text, new CharsRefBuilder()); // a fresh builder: the result is backed by it
            } catch (IllegalArgumentException e) {
                return null; // the chain drops all of it, or makes holes: no usable rule
            }
        }

        /**
         * The analyzed abbreviation, or null when it reads as a Vietnamese word once lower-cased
         * ({@code CA} → {@code ca}): such a rule would fire on the ordinary word.
         */
        CharsRef abbreviation(String spelling) throws IOException {
            try (TokenStream ts = analyzer.tokenStream("", spelling.toLowerCase(Locale.ROOT))) {
                org.apache.lucene.analysis.tokenattributes.TypeAttribute type =
                        ts.addAttribute(org.apache.lucene.analysis.tokenattributes.TypeAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    if (VietnameseTokenizer.TYPE_WORD.equals(type.type())) {
                        ts.end();
                        return null;
                    }
                }
                ts.end();
            }
            return tokens(spelling);
        }
    }
}
