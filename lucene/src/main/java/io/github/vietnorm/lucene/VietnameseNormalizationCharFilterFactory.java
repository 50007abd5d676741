package io.github.vietnorm.lucene;

import io.github.vietnorm.ToneStyle;
import io.github.vietnorm.VietnameseNormalizer;
import java.io.Reader;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.CharFilterFactory;

/**
 * Factory for {@link VietnameseNormalizationCharFilter}.
 *
 * <pre class="prettyprint">
 * &lt;charFilter name="vietnameseNormalization" toneStyle="traditional"
 *             splitRunTogetherWords="true" repairLegacyEncodings="true"/&gt;</pre>
 *
 * <p>Parameters: {@code toneStyle} ({@code traditional}, the default: hòa, thủy; or {@code
 * modern}: hoà, thuỷ), {@code splitRunTogetherWords} (default true), {@code
 * repairLegacyEncodings} (default true). Use the same settings at index and query time. For
 * wildcard and prefix terms ({@link #normalize(Reader)}) run-together words are not split.
 *
 * <p>SPI name: {@value #NAME}.
 */
public final class VietnameseNormalizationCharFilterFactory extends CharFilterFactory {

    /** SPI name */
    public static final String NAME = "vietnameseNormalization";

    private final VietnameseNormalizer normalizer;
    private final VietnameseNormalizer termNormalizer;

    /** Creates a factory from its parameters; unknown ones are rejected. */
    public VietnameseNormalizationCharFilterFactory(Map<String, String> args) {
        super(args);
        ToneStyle style = toneStyle(get(args, "toneStyle", "traditional"));
        boolean split = getBoolean(args, "splitRunTogetherWords", true);
        boolean repair = getBoolean(args, "repairLegacyEncodings", true);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
        normalizer = Defaults.normalizer(style, split, repair);
        termNormalizer = Defaults.normalizer(style, false, repair);
    }

    /** Default constructor for SPI; not to be called. */
    public VietnameseNormalizationCharFilterFactory() {
        throw defaultCtorException();
    }

    static ToneStyle toneStyle(String value) {
        switch (value.toLowerCase(Locale.ROOT)) {
            case "traditional":
                return ToneStyle.TRADITIONAL;
            case "modern":
                return ToneStyle.MODERN;
            default:
                throw new IllegalArgumentException("toneStyle must be traditional or modern: " + value);
        }
    }

    /** The normalizer this factory's char filters apply. */
    public VietnameseNormalizer getNormalizer() {
        return normalizer;
    }

    @Override
    public Reader create(Reader input) {
        return new VietnameseNormalizationCharFilter(input, normalizer);
    }

    @Override
    public Reader normalize(Reader input) {
        return new VietnameseNormalizationCharFilter(input, termNormalizer);
    }
}
