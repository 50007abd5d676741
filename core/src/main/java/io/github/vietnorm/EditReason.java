package io.github.vietnorm;

/**
 * Why the normalizer changed a piece of text. Every {@link Edit} carries the reasons of the stages
 * that produced it, so a data-cleaning job can audit what changed and why.
 *
 * <pre>{@code
 * for (Edit e : normalizer.normalizeWithEdits(text).edits()) {
 *     System.out.println(e.reason() + ": " + e.before(text) + " -> " + e.replacement());
 * }
 * }</pre>
 */
public enum EditReason {
    /** Text in a legacy 8-bit encoding (TCVN3, VNI, VISCII, VPS, CP1258, VIQR) or mojibake, decoded. */
    LEGACY_ENCODING,
    /** An invisible character (zero-width space or joiner, BOM, word joiner, soft hyphen) removed. */
    INVISIBLE_CHARACTER,
    /** A Unicode space character (NBSP, thin space, ideographic space, tab, …) replaced by an ASCII space. */
    SPACE_CHARACTER,
    /** A run of spaces collapsed to one. */
    SPACE_RUN,
    /** Spaces at the start or end of a line removed. */
    LINE_END_SPACE,
    /** Combining marks put in the order NFC needs (tone mark after circumflex, breve or horn). */
    MARK_ORDER,
    /** Canonical composition (Unicode NFC). */
    NFC,
    /** A look-alike letter replaced inside a Vietnamese word ({@code Ð} U+00D0 → {@code Đ}). */
    LOOKALIKE_LETTER,
    /** A tone mark moved to the vowel where the chosen {@link ToneStyle} puts it. */
    TONE_PLACEMENT,
    /** A malformed tone-mark placement repaired ({@code Qúy} → {@code Quý}). */
    TONE_REPAIR,
    /** A space inserted between run-together syllables ({@code kếtthực} → {@code kết thực}). */
    RUN_TOGETHER_SPLIT,
    /** A space inserted at a lower→upper case change between syllables ({@code tâmThông}). */
    CASE_BOUNDARY_SPLIT,
    /** A space inserted between a number and a word ({@code 2022đã}, {@code 95%kế}). */
    NUMBER_WORD_SPACE,
    /** A space inserted after sentence punctuation ({@code năm.Về}). */
    PUNCTUATION_SPACE,
    /** Spaces put on both sides of a dash between words ({@code Hùng- Phó}). */
    DASH_SPACE,
    /** An abbreviation expanded from the dictionary ({@code UBND} → {@code Ủy ban nhân dân}). */
    ABBREVIATION_EXPANSION
}
