package io.github.vietnorm;

/**
 * How the normalizer writes an expanded abbreviation (when
 * {@link VietnameseNormalizer.Builder#expandAbbreviations(boolean)} is on).
 *
 * <pre>{@code
 * VietnameseNormalizer n = VietnameseNormalizer.builder()
 *         .expandAbbreviations(true)
 *         .abbreviationMode(AbbreviationMode.KEEP_BOTH)
 *         .build();
 * n.normalize("UBND tỉnh");   // "Ủy ban nhân dân (UBND) tỉnh"
 * }</pre>
 */
public enum AbbreviationMode {
    /** Replace the abbreviation by its expansion: {@code UBND} → {@code Ủy ban nhân dân}. */
    REPLACE,
    /**
     * Write the expansion followed by the abbreviation in parentheses: {@code UBND} →
     * {@code Ủy ban nhân dân (UBND)}. A known garbled spelling is replaced by its canonical one
     * ({@code KHC&N} → {@code khoa học và công nghệ (KH&CN)}).
     */
    KEEP_BOTH
}
