package io.github.vietnorm.lucene;

import io.github.vietnorm.dictionaries.Lexicon;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;

/**
 * Factory for {@link VietnameseTokenizer}.
 *
 * <pre class="prettyprint">
 * &lt;fieldType name="text_vi" class="solr.TextField" positionIncrementGap="100"&gt;
 *   &lt;analyzer&gt;
 *     &lt;charFilter name="vietnameseNormalization"/&gt;
 *     &lt;tokenizer name="vietnamese" granularity="words" userDictionary="my-words.txt"/&gt;
 *     &lt;filter name="lowercase"/&gt;
 *     &lt;filter name="vietnameseStop"/&gt;
 *   &lt;/analyzer&gt;
 * &lt;/fieldType&gt;</pre>
 *
 * <p>Parameters:
 *
 * <ul>
 *   <li>{@code granularity}: {@code words} (default) or {@code syllables};
 *   <li>{@code userDictionary}: comma-separated lexicon files (the vietnorm lexicon format: one word
 *       per line, syllables separated by one space, lower case; optional TAB-separated tags and
 *       cost), loaded through the {@link ResourceLoader} and added to the shipped lexicon;
 *   <li>{@code joinProperNames} (default false): join runs of capitalised syllables into one word.
 *       Off by default because it makes segmentation depend on case, so a lower-case query would be
 *       segmented differently from the text;
 *   <li>{@code keepPunctuation} (default false);
 *   <li>{@code maxTokenLength} (default 255): longer tokens are dropped.
 * </ul>
 *
 * <p>SPI name: {@value #NAME}.
 */
public final class VietnameseTokenizerFactory extends TokenizerFactory implements ResourceLoaderAware {

    /** SPI name */
    public static final String NAME = "vietnamese";

    private final VietnameseTokenizer.Granularity granularity;
    private final List<String> userDictionaries;
    private final boolean joinProperNames;
    private final boolean keepPunctuation;
    private final int maxTokenLength;
    private io.github.vietnorm.VietnameseTokenizer segmenter;

    /** Creates a factory from its parameters; unknown ones are rejected. */
    public VietnameseTokenizerFactory(Map<String, String> args) {
        super(args);
        granularity = granularity(get(args, "granularity", "words"));
        String dicts = get(args, "userDictionary");
        userDictionaries = dicts == null ? List.of() : splitFileNames(dicts);
        joinProperNames = getBoolean(args, "joinProperNames", false);
        keepPunctuation = getBoolean(args, "keepPunctuation", false);
        maxTokenLength = getInt(args, "maxTokenLength", VietnameseTokenizer.DEFAULT_MAX_TOKEN_LENGTH);
        if (maxTokenLength < 1) {
            throw new IllegalArgumentException("maxTokenLength must be at least 1: " + maxTokenLength);
        }
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
        if (userDictionaries.isEmpty()) {
            segmenter = joinProperNames
                    ? io.github.vietnorm.VietnameseTokenizer.standard()
                    : Defaults.segmenter();
        }
    }

    /** Default constructor for SPI; not to be called. */
    public VietnameseTokenizerFactory() {
        throw defaultCtorException();
    }

    static VietnameseTokenizer.Granularity granularity(String value) {
        switch (value.toLowerCase(Locale.ROOT)) {
            case "words":
                return VietnameseTokenizer.Granularity.WORDS;
            case "syllables":
                return VietnameseTokenizer.Granularity.SYLLABLES;
            default:
                throw new IllegalArgumentException("granularity must be words or syllables: " + value);
        }
    }

    @Override
    public void inform(ResourceLoader loader) throws IOException {
        if (userDictionaries.isEmpty()) {
            return;
        }
        Lexicon.Builder lexicon = Lexicon.builder();
        for (String file : userDictionaries) {
            try (InputStream in = loader.openResource(file)) {
                lexicon.add(in, file);
            }
        }
        segmenter = io.github.vietnorm.VietnameseTokenizer.builder()
                .lexicon(lexicon.build())
                .joinProperNames(joinProperNames)
                .build();
    }

    /** The core tokenizer this factory's tokenizers use (shared, immutable). */
    public io.github.vietnorm.VietnameseTokenizer getSegmenter() {
        return segmenter;
    }

    /** The granularity of this factory's tokenizers. */
    public VietnameseTokenizer.Granularity getGranularity() {
        return granularity;
    }

    @Override
    public VietnameseTokenizer create(AttributeFactory factory) {
        if (segmenter == null) {
            throw new IllegalStateException("inform(ResourceLoader) was not called: user dictionary not loaded");
        }
        return new VietnameseTokenizer(factory, segmenter, granularity, keepPunctuation, maxTokenLength);
    }
}
