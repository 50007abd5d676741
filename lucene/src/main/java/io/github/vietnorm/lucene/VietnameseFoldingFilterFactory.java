package io.github.vietnorm.lucene;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link VietnameseFoldingFilter}; also folds wildcard and prefix query terms through
 * {@link #normalize(TokenStream)}.
 *
 * <pre class="prettyprint">
 * &lt;fieldType name="text_vi_folded" class="solr.TextField" positionIncrementGap="100"&gt;
 *   &lt;analyzer&gt;
 *     &lt;charFilter name="vietnameseNormalization"/&gt;
 *     &lt;tokenizer name="vietnamese" granularity="syllables"/&gt;
 *     &lt;filter name="lowercase"/&gt;
 *     &lt;filter name="vietnameseFolding" preserveOriginal="false" foldIY="true"/&gt;
 *   &lt;/analyzer&gt;
 * &lt;/fieldType&gt;</pre>
 *
 * <p>Parameters: {@code preserveOriginal} (default false), {@code foldIY} (default false).
 *
 * <p>SPI name: {@value #NAME}.
 */
public final class VietnameseFoldingFilterFactory extends TokenFilterFactory {

    /** SPI name */
    public static final String NAME = "vietnameseFolding";

    private final boolean preserveOriginal;
    private final boolean foldIY;

    /** Creates a factory from its parameters; unknown ones are rejected. */
    public VietnameseFoldingFilterFactory(Map<String, String> args) {
        super(args);
        preserveOriginal = getBoolean(args, "preserveOriginal", false);
        foldIY = getBoolean(args, "foldIY", false);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** Default constructor for SPI; not to be called. */
    public VietnameseFoldingFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new VietnameseFoldingFilter(input, preserveOriginal, foldIY);
    }

    @Override
    public TokenStream normalize(TokenStream input) {
        return new VietnameseFoldingFilter(input, false, foldIY);
    }
}
