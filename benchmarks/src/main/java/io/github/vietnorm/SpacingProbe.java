package io.github.vietnorm;

/**
 * Benchmark-only access to the protected-span scanner and the spacing stage (package-private in
 * the core). Lives in the benchmarks jar, not in the library.
 */
public final class SpacingProbe {
    private final Stage stage = new RunTogetherSplitting(LexiconSplitChooser.STANDARD);

    /** Scans {@code text} for protected spans and returns how many there are. */
    public static int scanProtectedSpans(String text) {
        return ProtectedSpans.scan(text).size();
    }

    /** Runs the spacing stage alone on {@code text}. */
    public String split(String text) {
        TextRewriter out = new TextRewriter(text, false);
        stage.apply(text, out, new StageContext());
        return out.result();
    }
}
