package io.github.vietnorm;

/**
 * The grammar-only {@link SplitChooser}: splits a run only when exactly one segmentation into valid
 * syllables exists, the run carries a Vietnamese letter (unaccented runs such as {@code Hanoi} or
 * {@code trongkhi} could be foreign words), and no syllable is a lone vowel other than a few
 * common words (a lone vowel is the mark of loanwords: {@code axít}, {@code êtylen}).
 */
final class SyllableSplitChooser implements SplitChooser {
    static final SyllableSplitChooser INSTANCE = new SyllableSplitChooser();

    /** Longest syllable in letters ({@code nghiêng}, {@code khuyết}). */
    static final int MAX_SYLLABLE = 7;

    private SyllableSplitChooser() {
    }

    @Override
    public int choose(CharSequence text, int start, int end, int[] cuts) {
        if (!hasVietnameseLetter(text, start, end)) {
            return 0;
        }
        int[] found = new int[end - start + 1];
        int count = enumerate(text, start, end, cuts, found, 2);
        if (count != 1) {
            return 0;
        }
        int syllables = found[0];
        for (int i = 0; i < syllables; i++) {
            int e = i + 1 < syllables ? cuts[i + 1] : end;
            if (e - cuts[i] == 1 && !SyllableCheck.isCommonLoneVowel(text.charAt(cuts[i]))) {
                return 0;
            }
        }
        return syllables;
    }

    static boolean hasVietnameseLetter(CharSequence text, int start, int end) {
        for (int k = start; k < end; k++) {
            if (text.charAt(k) >= 0x80) {
                return true;
            }
        }
        return false;
    }

    /**
     * Counts the segmentations of {@code [start, end)} into valid syllables, up to {@code limit};
     * the first one found is left in {@code cuts} with its syllable count in {@code found[0]}.
     */
    static int enumerate(CharSequence text, int start, int end, int[] cuts, int[] found, int limit) {
        int len = end - start;
        // reach[k]: whether [start + k, end) can be segmented
        boolean[] reach = new boolean[len + 1];
        reach[len] = true;
        for (int k = len - 1; k >= 0; k--) {
            for (int l = 1; l <= MAX_SYLLABLE && k + l <= len; l++) {
                if (reach[k + l] && SyllableCheck.isValid(text, start + k, start + k + l)) {
                    reach[k] = true;
                    break;
                }
            }
        }
        if (!reach[0]) {
            return 0;
        }
        int[] stack = new int[len + 1];
        return dfs(text, start, end, 0, 0, reach, stack, cuts, found, limit, 0);
    }

    private static int dfs(CharSequence text, int start, int end, int k, int depth, boolean[] reach, int[] stack,
            int[] cuts, int[] found, int limit, int count) {
        int len = end - start;
        if (k == len) {
            if (count == 0) {
                for (int i = 0; i < depth; i++) {
                    cuts[i] = start + stack[i];
                }
                found[0] = depth;
            }
            return count + 1;
        }
        for (int l = 1; l <= MAX_SYLLABLE && k + l <= len && count < limit; l++) {
            if (reach[k + l] && SyllableCheck.isValid(text, start + k, start + k + l)) {
                stack[depth] = k;
                count = dfs(text, start, end, k + l, depth + 1, reach, stack, cuts, found, limit, count);
            }
        }
        return count;
    }
}
