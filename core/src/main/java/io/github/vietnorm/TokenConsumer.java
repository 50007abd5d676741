package io.github.vietnorm;

/**
 * Receives tokens from {@link VietnameseTokenizer#tokenize(CharSequence, TokenConsumer)} without
 * any {@code String} or {@link Token} being created: the token is {@code text[start, end)}.
 * Tokens arrive in increasing order of position and never overlap.
 *
 * <pre>{@code
 * tokenizer.tokenize(text, (type, start, end) ->
 *         System.out.println(type + " " + text.subSequence(start, end)));
 * }</pre>
 */
@FunctionalInterface
public interface TokenConsumer {

    /**
     * One token.
     *
     * @param type  its type
     * @param start its start offset in the text (inclusive)
     * @param end   its end offset in the text (exclusive)
     */
    void accept(TokenType type, int start, int end);
}
