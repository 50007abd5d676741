package io.github.vietnorm;

/**
 * The kind of a {@link Token}. The tokenizer and the normalizer share one scanner, so they always
 * agree on what a URL or a document code is.
 *
 * <pre>{@code
 * tokenizer.tokenize("Nghị định 30/2020/NĐ-CP")
 * // [Nghị_định WORD, 30/2020/NĐ-CP DOCUMENT_CODE]
 * }</pre>
 */
public enum TokenType {
    /** A Vietnamese word of one or more syllables ({@code Khoa học}). */
    WORD,
    /** A word that is not Vietnamese ({@code Smart}, {@code Zalo}, {@code VNeID}). */
    FOREIGN,
    /** A number, with {@code .}/{@code ,} separators, a percentage, a phone or tax number. */
    NUMBER,
    /** A date ({@code 16/09/2022}, {@code 28/5}). */
    DATE,
    /** A time of day ({@code 14h30}, {@code 8:00}). */
    TIME,
    /** An administrative document number or code, or a standard ({@code 30/2020/NĐ-CP}, {@code TCVN 5502:2003}). */
    DOCUMENT_CODE,
    /** An abbreviation ({@code UBND}, {@code KH&CN}, {@code TP.HCM}). */
    ABBREVIATION,
    /** A URL or domain name ({@code https://…}, {@code vbpl.vn}). */
    URL,
    /** An e-mail address. */
    EMAIL,
    /** Punctuation. */
    PUNCTUATION
}
