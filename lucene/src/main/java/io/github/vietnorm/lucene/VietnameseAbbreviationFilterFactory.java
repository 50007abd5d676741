package io.github.vietnorm.lucene;

import io.github.vietnorm.ToneStyle;
import io.github.vietnorm.dictionaries.Abbreviations;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;

/**
 * Factory for a {@link SynonymGraphFilter} with the abbreviation synonyms of {@link
 * VietnameseAbbreviationSynonyms} ({@code UBND} ↔ {@code ủy ban nhân dân}). Put it right after
 * {@code lowercase} and before the stop filter; at index time follow it with {@code flattenGraph}:
 *
 * <pre class="prettyprint">
 * &lt;fieldType name="text_vi" class="solr.TextField" positionIncrementGap="100"&gt;
 *   &lt;analyzer type="index"&gt;
 *     &lt;charFilter name="vietnameseNormalization"/&gt;
 *     &lt;tokenizer name="vietnamese"/&gt;
 *     &lt;filter name="lowercase"/&gt;
 *     &lt;filter name="vietnameseAbbreviation"/&gt;
 *     &lt;filter name="flattenGraph"/&gt;
 *     &lt;filter name="vietnameseStop"/&gt;
 *   &lt;/analyzer&gt;
 *   &lt;analyzer type="query"&gt;
 *     &lt;charFilter name="vietnameseNormalization"/&gt;
 *     &lt;tokenizer name="vietnamese"/&gt;
 *     &lt;filter name="lowercase"/&gt;
 *     &lt;filter name="vietnameseAbbreviation"/&gt;
 *     &lt;filter name="vietnameseStop"/&gt;
 *   &lt;/analyzer&gt;
 * &lt;/fieldType&gt;</pre>
 *
 * <p>Parameters, which must describe the chain in front of the filter: {@code granularity} of the
 * tokenizer ({@code words}, the default, or {@code syllables}) and {@code toneStyle} of the char
 * filter ({@code traditional}, the default, or {@code modern}). Also: {@code expand} (default
 * true: both directions; false: abbreviation → expansion only) and {@code abbreviations}:
 * comma-separated dictionary files in the vietnorm abbreviation format, loaded through the {@link
 * ResourceLoader}, whose entries override and extend the shipped ones.
 *
 * <p>SPI name: {@value #NAME}.
 */
public final class VietnameseAbbreviationFilterFactory extends TokenFilterFactory implements ResourceLoaderAware {

    /** SPI name */
    public static final String NAME = "vietnameseAbbreviation";

    private final VietnameseTokenizer.Granularity granularity;
    private final ToneStyle toneStyle;
    private final boolean expand;
    private final List<String> files;
    private SynonymMap map;

    /** Creates a factory from its parameters; unknown ones are rejected. */
    public VietnameseAbbreviationFilterFactory(Map<String, String> args) {
        super(args);
        granularity = VietnameseTokenizerFactory.granularity(get(args, "granularity", "words"));
        toneStyle = VietnameseNormalizationCharFilterFactory.toneStyle(get(args, "toneStyle", "traditional"));
        expand = getBoolean(args, "expand", true);
        String dicts = get(args, "abbreviations");
        files = dicts == null ? List.of() : splitFileNames(dicts);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
        if (files.isEmpty()) {
            map = VietnameseAbbreviationSynonyms.standard(granularity, toneStyle, expand);
        }
    }

    /** Default constructor for SPI; not to be called. */
    public VietnameseAbbreviationFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public void inform(ResourceLoader loader) throws IOException {
        if (files.isEmpty()) {
            return;
        }
        Abbreviations dictionary = Abbreviations.standard();
        for (String file : files) {
            try (InputStream in = loader.openResource(file)) {
                dictionary = dictionary.withOverrides(Abbreviations.load(in, file));
            }
        }
        try (Analyzer a = VietnameseAbbreviationSynonyms.analyzer(
                Defaults.normalizer(toneStyle, false, true), Defaults.segmenter(), granularity)) {
            map = VietnameseAbbreviationSynonyms.build(dictionary, a, expand);
        }
    }

    /** The synonyms this factory's filters apply. */
    public SynonymMap getSynonymMap() {
        return map;
    }

    @Override
    public TokenStream create(TokenStream input) {
        if (map == null) {
            throw new IllegalStateException("inform(ResourceLoader) was not called: abbreviation files not loaded");
        }
        return map.fst == null ? input : new SynonymGraphFilter(input, map, true);
    }
}
