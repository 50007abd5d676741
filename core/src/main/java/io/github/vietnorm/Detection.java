package io.github.vietnorm;

import java.util.Objects;

/**
 * The result of detecting the encoding of some bytes: the {@link VietnameseEncoding} and a
 * confidence between 0 and 1 (the share of the non-ASCII words that decode to valid Vietnamese
 * syllables, weighted over paragraphs; 1 for plain ASCII).
 *
 * <pre>{@code
 * Detection d = LegacyText.detect(Files.readAllBytes(path));
 * System.out.println(d.encoding().shortName() + " " + d.confidence());   // "tcvn3 0.98"
 * }</pre>
 *
 * @param encoding   the encoding chosen
 * @param confidence how sure the choice is, 0–1
 */
public record Detection(VietnameseEncoding encoding, double confidence) {
    /** Checks the arguments. */
    public Detection {
        Objects.requireNonNull(encoding, "encoding");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence not in [0, 1]: " + confidence);
        }
    }
}
