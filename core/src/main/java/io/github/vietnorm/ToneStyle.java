package io.github.vietnorm;

/**
 * Where the tone mark goes in the open rhymes {@code oa}, {@code oe} and {@code uy}, the only
 * rhymes in which the two conventions differ.
 *
 * <pre>{@code
 * VietnameseNormalizer.builder().toneStyle(ToneStyle.MODERN).build().normalize("hòa") // "hoà"
 * }</pre>
 */
public enum ToneStyle {
    /** {@code hòa, khỏe, thủy, Ủy}: the default, as in laws and most state documents. */
    TRADITIONAL,
    /** {@code hoà, khoẻ, thuỷ, Uỷ}: the Ministry of Education rule. */
    MODERN
}
