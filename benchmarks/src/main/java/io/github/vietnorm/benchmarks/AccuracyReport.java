package io.github.vietnorm.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs every accuracy harness and prints one table (harness, metric, value). Each harness is a
 * class in this package with a {@code public static Map<String, String> measure()} method.
 */
public final class AccuracyReport {
    private AccuracyReport() {
    }

    /** The harnesses, in report order. */
    static final List<String> HARNESSES = List.of(
            "SegmentationAccuracy",
            "RunTogetherRecoveryAccuracy",
            "EncodingDetectionAccuracy");

    public static void main(String[] args) throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add("| harness | metric | value |");
        lines.add("|---|---|---:|");
        for (String h : HARNESSES) {
            Map<String, String> metrics;
            try {
                Class<?> c = Class.forName(AccuracyReport.class.getPackageName() + "." + h);
                @SuppressWarnings("unchecked")
                Map<String, String> m = (Map<String, String>) c.getMethod("measure").invoke(null);
                metrics = m;
            } catch (ClassNotFoundException e) {
                metrics = new LinkedHashMap<>();
                metrics.put("(not built)", "");
            }
            for (Map.Entry<String, String> e : metrics.entrySet()) {
                lines.add("| " + h + " | " + e.getKey() + " | " + e.getValue() + " |");
            }
            System.err.println("done: " + h);
        }
        System.out.println(String.join("\n", lines));
    }
}
