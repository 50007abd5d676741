package io.github.vietnorm;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the output of one stage from its input and a series of replacements, and records each
 * replacement as an {@link Edit} in input coordinates. Nothing is allocated until the first
 * replacement, so a stage that changes nothing costs no memory.
 */
final class TextRewriter {
    private final String input;
    private final boolean recordEdits;
    private StringBuilder out;
    private int copied;
    private List<Edit> edits;

    TextRewriter(String input, boolean recordEdits) {
        this.input = input;
        this.recordEdits = recordEdits;
    }

    /** The text this rewriter rewrites. */
    String input() {
        return input;
    }

    /** Position in the input up to which the output has been built; replacements must start here or later. */
    int position() {
        return copied;
    }

    /**
     * Replaces {@code input[start, end)} by {@code replacement}. Calls must come in increasing order
     * and must not overlap.
     */
    void replace(int start, int end, CharSequence replacement, EditReason reason) {
        if (start < copied || end < start || end > input.length()) {
            throw new IllegalStateException(
                    "replacement [" + start + ", " + end + ") out of order (at " + copied + ", length " + input.length() + ")");
        }
        if (out == null) {
            out = new StringBuilder(input.length() + 16);
        }
        out.append(input, copied, start).append(replacement);
        copied = end;
        if (recordEdits) {
            if (edits == null) {
                edits = new ArrayList<>();
            }
            edits.add(new Edit(start, end, replacement.toString(), reason));
        }
    }

    /** Inserts {@code text} at {@code position}. */
    void insert(int position, CharSequence text, EditReason reason) {
        replace(position, position, text, reason);
    }

    /** Deletes {@code input[start, end)}. */
    void delete(int start, int end, EditReason reason) {
        replace(start, end, "", reason);
    }

    /** Whether any replacement was made. */
    boolean changed() {
        return out != null;
    }

    /** The output: the input itself when nothing was replaced. */
    String result() {
        if (out == null) {
            return input;
        }
        out.append(input, copied, input.length());
        copied = input.length();
        String s = out.toString();
        out = null;
        return s;
    }

    /** The edits made, in input coordinates (empty when edits are not recorded). */
    List<Edit> edits() {
        return edits == null ? List.of() : edits;
    }
}
