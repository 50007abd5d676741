package io.github.vietnorm;

import java.util.ArrayList;
import java.util.List;

/**
 * Benchmark-only access to the normalizer's package-private stages, so each stage can be timed
 * alone. It lives in the benchmarks jar (same package name as the core, on the class path), not
 * in the library.
 */
public final class StageTimer {
    private final Stage stage;

    private StageTimer(Stage stage) {
        this.stage = stage;
    }

    /** The names of the stages of {@code normalizer}, in pipeline order. */
    public static List<String> stageNames(VietnameseNormalizer normalizer) {
        List<String> names = new ArrayList<>();
        for (Stage s : normalizer.stages()) {
            names.add(s.getClass().getSimpleName());
        }
        return names;
    }

    /** A timer for the stage of {@code normalizer} with the given class name. */
    public static StageTimer of(VietnameseNormalizer normalizer, String stageName) {
        for (Stage s : normalizer.stages()) {
            if (s.getClass().getSimpleName().equals(stageName)) {
                return new StageTimer(s);
            }
        }
        throw new IllegalArgumentException("no stage " + stageName + " in " + stageNames(normalizer));
    }

    /** Runs the stage alone on {@code text} and returns its output. */
    public String run(String text) {
        TextRewriter out = new TextRewriter(text, false);
        stage.apply(text, out, new StageContext());
        return out.result();
    }
}
