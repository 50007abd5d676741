package io.github.vietnorm;

import java.util.List;

/**
 * The result of {@link VietnameseNormalizer#normalizeWithEdits(String)}: the normalized text, the
 * edits that turn the original into it, and a map from normalized offsets back to original offsets
 * (what a search engine's char filter needs to highlight the original text).
 *
 * <pre>{@code
 * Normalized r = normalizer.normalizeWithEdits("Ho\u0302\u0300 Chi\u0301 Minh");
 * r.text();                    // "Hồ Chí Minh"
 * r.edits();                   // [Edit[0,4) "Hồ" NFC, Edit[5,9) "Chí" NFC]
 * r.toOriginalOffset(3);       // 5: "Chí" starts at 5 in the original
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Normalized {
    private final String original;
    private final String text;
    private final List<Edit> edits;
    /** Start of each edit's replacement in the normalized text. */
    private final int[] normalizedStarts;

    Normalized(String original, String text, List<Edit> edits) {
        this.original = original;
        this.text = text;
        this.edits = List.copyOf(edits);
        this.normalizedStarts = new int[this.edits.size()];
        long delta = 0;
        for (int i = 0; i < normalizedStarts.length; i++) {
            Edit e = this.edits.get(i);
            normalizedStarts[i] = (int) (e.start() + delta);
            delta += e.replacement().length() - (e.end() - e.start());
        }
    }

    /** The text given to the normalizer. */
    public String original() {
        return original;
    }

    /** The normalized text. */
    public String text() {
        return text;
    }

    /** The edits, sorted by position, non-overlapping, against {@link #original()}. */
    public List<Edit> edits() {
        return edits;
    }

    /** Whether the normalizer changed anything. */
    public boolean changed() {
        return !edits.isEmpty();
    }

    /**
     * Maps an offset in the normalized text to the corresponding offset in the original text. The
     * map is monotonic and maps {@code text().length()} to {@code original().length()}. Offsets
     * inside a replacement map into the replaced range; an offset at the end of a replacement maps
     * to the end of the replaced range, so an offset just after deleted characters (a removed
     * zero-width space, trimmed spaces) maps past them: token starts land on the token.
     *
     * @throws IndexOutOfBoundsException if the offset is outside {@code [0, text().length()]}
     */
    public int toOriginalOffset(int normalizedOffset) {
        if (normalizedOffset < 0 || normalizedOffset > text.length()) {
            throw new IndexOutOfBoundsException("offset " + normalizedOffset + " outside [0, " + text.length() + "]");
        }
        // last edit whose replacement starts at or before the offset
        int lo = 0;
        int hi = normalizedStarts.length - 1;
        int k = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (normalizedStarts[mid] <= normalizedOffset) {
                k = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (k < 0) {
            return normalizedOffset;
        }
        Edit e = edits.get(k);
        int inside = normalizedOffset - normalizedStarts[k];
        if (inside < e.replacement().length()) {
            return e.start() + Math.min(inside, e.end() - e.start());
        }
        return e.end() + (inside - e.replacement().length());
    }

    @Override
    public String toString() {
        return "Normalized[" + text + ", " + edits.size() + " edits]";
    }
}
