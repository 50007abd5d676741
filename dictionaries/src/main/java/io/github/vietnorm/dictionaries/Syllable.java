package io.github.vietnorm.dictionaries;

import java.util.Objects;

/**
 * One parsed Vietnamese syllable, immutable: for convenience where allocation does not matter (hot
 * paths use {@link SyllableParts}). Parts are the lower-case written parts, {@code ""} when absent.
 *
 * <pre>{@code
 * Syllable s = Syllables.parse("Nguyễn").orElseThrow();
 * s.onset();    // "ng"
 * s.medial();   // "u"
 * s.nucleus();  // "yê"
 * s.coda();     // "n"
 * s.tone();     // Tone.TILDE
 * }</pre>
 *
 * @param onset   {@code ""}, {@code "b"}, … {@code "qu"}, {@code "gi"}, {@code "ngh"}
 * @param medial  {@code ""}, {@code "o"} or {@code "u"}
 * @param nucleus the nucleus as written ({@code "a"}, {@code "iê"}, {@code "yê"}, {@code "ưa"}, …)
 * @param coda    {@code ""}, a consonant coda or a glide
 * @param tone    the tone
 */
public record Syllable(String onset, String medial, String nucleus, String coda, Tone tone) {

    /** Checks that no part is null. */
    public Syllable {
        Objects.requireNonNull(onset, "onset");
        Objects.requireNonNull(medial, "medial");
        Objects.requireNonNull(nucleus, "nucleus");
        Objects.requireNonNull(coda, "coda");
        Objects.requireNonNull(tone, "tone");
    }
}
