package io.github.vietnorm;

import java.util.List;
import java.util.Objects;

/**
 * One change made by the normalizer: the characters {@code [start, end)} of the <em>original</em>
 * text were replaced by {@link #replacement()}. An insertion has {@code start == end}; a deletion
 * has an empty replacement. The edits of a {@link Normalized} are sorted and do not overlap, so
 * applying them to the original text gives the normalized text.
 *
 * <pre>{@code
 * Normalized r = normalizer.normalizeWithEdits("Ho\u0302\u0300 Chi\u0301 Minh");
 * Edit e = r.edits().get(0);   // [0, 4) "Ho\u0302\u0300" -> "Hồ", reason NFC
 * }</pre>
 *
 * @param start       start of the replaced range in the original text (inclusive)
 * @param end         end of the replaced range in the original text (exclusive)
 * @param replacement the text that replaces it
 * @param reasons     why, in pipeline order (several when stages changed overlapping text)
 */
public record Edit(int start, int end, String replacement, List<EditReason> reasons) {

    /** Validates and copies the reasons. */
    public Edit {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
        }
        Objects.requireNonNull(replacement, "replacement");
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("an edit needs a reason");
        }
    }

    /** An edit with a single reason. */
    public Edit(int start, int end, String replacement, EditReason reason) {
        this(start, end, replacement, List.of(reason));
    }

    /** The first reason: the earliest stage that changed this text. */
    public EditReason reason() {
        return reasons.get(0);
    }

    /** The original text this edit replaced, read from {@code original}. */
    public String before(CharSequence original) {
        return original.subSequence(start, end).toString();
    }
}
