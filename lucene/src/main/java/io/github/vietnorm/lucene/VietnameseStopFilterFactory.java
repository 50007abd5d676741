package io.github.vietnorm.lucene;

import io.github.vietnorm.dictionaries.StopWords;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;

/**
 * Factory for {@link VietnameseStopFilter}.
 *
 * <pre class="prettyprint">
 * &lt;filter name="vietnameseStop" words="my-stopwords.txt" includeDefault="true"/&gt;</pre>
 *
 * <p>Parameters: {@code words}, comma-separated stop-word files in the vietnorm format (one word per
 * line, syllables separated by one space, lower case, NFC, {@code #} comments; see {@link
 * StopWords}), loaded through the {@link ResourceLoader} and added to the list; {@code
 * includeDefault} (default true): whether the shipped list ({@link StopWords#standard()}) is
 * included. Matching ignores case.
 *
 * <p>SPI name: {@value #NAME}.
 */
public final class VietnameseStopFilterFactory extends TokenFilterFactory implements ResourceLoaderAware {

    /** SPI name */
    public static final String NAME = "vietnameseStop";

    private final List<String> files;
    private final boolean includeDefault;
    private CharArraySet stopWords;

    /** Creates a factory from its parameters; unknown ones are rejected. */
    public VietnameseStopFilterFactory(Map<String, String> args) {
        super(args);
        String words = get(args, "words");
        files = words == null ? List.of() : splitFileNames(words);
        includeDefault = getBoolean(args, "includeDefault", true);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
        if (files.isEmpty()) {
            stopWords = includeDefault ? VietnameseStopFilter.defaultStopSet() : CharArraySet.EMPTY_SET;
        }
    }

    /** Default constructor for SPI; not to be called. */
    public VietnameseStopFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public void inform(ResourceLoader loader) throws IOException {
        if (files.isEmpty()) {
            return;
        }
        CharArraySet set = new CharArraySet(includeDefault ? StopWords.standard() : List.of(), true);
        for (String file : files) {
            try (InputStream in = loader.openResource(file)) {
                set.addAll(StopWords.read(in, file));
            }
        }
        stopWords = CharArraySet.unmodifiableSet(set);
    }

    /** The words this factory's filters remove. */
    public CharArraySet getStopWords() {
        return stopWords;
    }

    @Override
    public TokenStream create(TokenStream input) {
        if (stopWords == null) {
            throw new IllegalStateException("inform(ResourceLoader) was not called: stop-word files not loaded");
        }
        return new VietnameseStopFilter(input, stopWords);
    }
}
