package io.github.vietnorm;

import java.util.Objects;

/**
 * A token with its type and its exact position in the text given to the tokenizer:
 * {@code text.substring(start, end).equals(token.text())} always holds.
 *
 * <pre>{@code
 * Token t = tokenizer.tokenize("Sở Khoa học").get(1);
 * t.text(); t.type(); t.start(); t.end();   // "Khoa học", WORD, 3, 11
 * }</pre>
 *
 * @param text  the token's characters, as in the input (syllables separated as in the input)
 * @param type  the token's type
 * @param start start offset in the input (inclusive)
 * @param end   end offset in the input (exclusive)
 */
public record Token(String text, TokenType type, int start, int end) {

    /** Validates the token. */
    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        if (start < 0 || end < start || end - start != text.length()) {
            throw new IllegalArgumentException("bad token offsets [" + start + ", " + end + ") for \"" + text + "\"");
        }
    }
}
