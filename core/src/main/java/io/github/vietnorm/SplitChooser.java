package io.github.vietnorm;

/**
 * Decides how a run-together letter run splits into syllables, or that it should be left alone.
 * Implementations are immutable and thread-safe.
 */
interface SplitChooser {

    /**
     * Chooses a segmentation of {@code text[start, end)}, a lower-case or Capitalised letter run that
     * is not one valid syllable; the text around the run is context.
     *
     * @param text  the whole text
     * @param start start of the run
     * @param end   end of the run
     * @param cuts  receives the start of each syllable ({@code cuts[0] == start}); length at least
     *              {@code end - start + 1}
     * @return the number of syllables chosen (at least 2), or 0 to leave the run alone
     */
    int choose(CharSequence text, int start, int end, int[] cuts);

    /**
     * A cheap conservative test: {@code false} only when {@link #choose} would certainly return 0
     * for this run, whatever its context. The default answers {@code true}.
     */
    default boolean maySplit(CharSequence text, int start, int end) {
        return true;
    }
}
