package io.github.vietnorm;

/**
 * One step of the normalizer's pipeline. A stage reads the text produced by the stage before it and
 * reports each change to the {@link TextRewriter}, in increasing order of position. A stage that
 * finds nothing to change must not touch the rewriter: the pipeline then passes the same
 * {@code String} instance on (the fast path).
 *
 * <p>Stages are immutable and thread-safe; per-call state lives in the rewriter and the context.
 */
interface Stage {

    /**
     * Rewrites {@code text}.
     *
     * @param text    the current text
     * @param out     where changes are reported, with positions in {@code text}
     * @param context per-call information shared by the stages of one call
     */
    void apply(String text, TextRewriter out, StageContext context);
}
