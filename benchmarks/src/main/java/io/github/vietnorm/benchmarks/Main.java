package io.github.vietnorm.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmark suite and prints one Markdown table with MB/s, syllables/s and the ratio to
 * the plain char loop measured in the same run.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar quick            # under two minutes
 * java -jar benchmarks/target/benchmarks.jar full             # more forks and iterations
 * java -jar benchmarks/target/benchmarks.jar quick Tokenizer  # only benchmarks matching a regex
 * java -jar benchmarks/target/benchmarks.jar accuracy         # the accuracy harnesses
 * </pre>
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "quick";
        if (mode.equals("accuracy")) {
            AccuracyReport.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (!mode.equals("quick") && !mode.equals("full")) {
            System.err.println("usage: benchmarks.jar quick|full [REGEX] | accuracy");
            System.exit(2);
        }
        String include = args.length > 1 ? args[1] : "io\\.github\\.vietnorm\\.benchmarks\\..*";
        boolean quick = mode.equals("quick");
        new java.io.File("benchmarks/target").mkdirs();
        // throughput: warmed up, with the references in the same run
        ChainedOptionsBuilder opt = common(mode, "", quick ? BenchmarkData.BENCH_CHARS / 4 : BenchmarkData.BENCH_CHARS)
                .include(include).exclude(DictionaryLoadBenchmark.class.getSimpleName());
        if (quick) {
            // a quarter of the text (each fork's set-up reads and cleans it, builds the damaged variants)
            // and short iterations, so that the whole suite fits in two minutes
            opt.forks(1).warmupIterations(1).warmupTime(TimeValue.milliseconds(500))
                    .measurementIterations(2).measurementTime(TimeValue.milliseconds(500));
        } else {
            opt.forks(2).warmupIterations(5).warmupTime(TimeValue.seconds(1))
                    .measurementIterations(5).measurementTime(TimeValue.seconds(1));
        }
        Collection<RunResult> results = run(opt);
        // dictionary loads: cold, one shot in each fresh JVM
        ChainedOptionsBuilder loads = common(mode, "-loads", BenchmarkData.BENCH_CHARS).include(DictionaryLoadBenchmark.class.getSimpleName())
                .mode(Mode.SingleShotTime).timeUnit(TimeUnit.MILLISECONDS)
                .forks(quick ? 2 : 8).warmupIterations(0).measurementIterations(1);
        boolean wanted = java.util.regex.Pattern.compile(include).matcher(DictionaryLoadBenchmark.class.getName() + ".").find();
        Collection<RunResult> loadResults = wanted ? run(loads) : List.of();
        System.out.println();
        if (!results.isEmpty()) {
            System.out.println(table(results));
        }
        if (!loadResults.isEmpty()) {
            System.out.println();
            System.out.println(loadTable(loadResults, quick ? 2 : 8));
            System.out.println();
            System.out.println(DictionaryLoadBenchmark.heapTable());
        }
    }

    private static ChainedOptionsBuilder common(String mode, String suffix, int benchChars) {
        return new OptionsBuilder()
                .jvmArgsAppend("-Xmx4g", "-Dvietnorm.shared=" + BenchmarkData.shared().toAbsolutePath(),
                        "-Dvietnorm.bench.chars=" + benchChars)
                .resultFormat(ResultFormatType.JSON)
                .result("benchmarks/target/jmh-" + mode + suffix + ".json")
                .shouldFailOnError(true);
    }

    /** Runs, or returns nothing when the filter matches no benchmark of this pass. */
    private static Collection<RunResult> run(ChainedOptionsBuilder opt) throws Exception {
        try {
            return new Runner(opt.build()).run();
        } catch (org.openjdk.jmh.runner.NoBenchmarksException e) {
            return List.of();
        }
    }

    /** The cold load times as a Markdown table. */
    static String loadTable(Collection<RunResult> results, int forks) {
        Map<String, double[]> rows = new TreeMap<>();
        for (RunResult r : results) {
            String label = r.getParams().getBenchmark();
            rows.put(label.substring(label.lastIndexOf('.') + 1),
                    new double[] {r.getPrimaryResult().getScore(), r.getPrimaryResult().getScoreError()});
        }
        List<String> lines = new ArrayList<>();
        lines.add("| first use in a fresh JVM (" + forks + " forks) | ms | ± |");
        lines.add("|---|---:|---:|");
        rows.forEach((k, v) -> lines.add(String.format(Locale.ROOT, "| %s | %.1f | %s |", k, v[0], fmt(v[1], 1))));
        return String.join("\n", lines);
    }

    /** The results as a Markdown table. */
    static String table(Collection<RunResult> results) {
        Map<String, double[]> rows = new TreeMap<>(); // name -> {MB/s, MB/s error, syllables/s}
        Double loop = null; // MB/s of the char-loop reference measured in this run
        for (RunResult r : results) {
            String label = r.getParams().getBenchmark();
            String name = label.substring(label.lastIndexOf('.', label.lastIndexOf('.') - 1) + 1);
            StringBuilder params = new StringBuilder();
            for (String key : r.getParams().getParamsKeys()) {
                params.append(params.length() == 0 ? " (" : ", ").append(r.getParams().getParam(key));
            }
            if (params.length() > 0) {
                name += params.append(')');
            }
            var secondary = r.getSecondaryResults();
            double mbs = secondary.containsKey("bytes") ? secondary.get("bytes").getScore() / 1e6 : Double.NaN;
            double mbErr = secondary.containsKey("bytes") ? secondary.get("bytes").getScoreError() / 1e6 : Double.NaN;
            double syl = secondary.containsKey("syllables") ? secondary.get("syllables").getScore() : Double.NaN;
            rows.put(name, new double[] {mbs, mbErr, syl});
            if (name.endsWith("reference_charLoop_clean")) {
                loop = mbs;
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add("| benchmark | MB/s | ± | syllables/s | × char loop |");
        lines.add("|---|---:|---:|---:|---:|");
        for (Map.Entry<String, double[]> e : rows.entrySet()) {
            double[] v = e.getValue();
            lines.add(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |", e.getKey(),
                    fmt(v[0], 1), fmt(v[1], 1), Double.isNaN(v[2]) || v[2] == 0 ? "" : String.format(Locale.ROOT, "%.2fM", v[2] / 1e6),
                    loop == null || Double.isNaN(v[0]) ? "" : String.format(Locale.ROOT, "%.3f", v[0] / loop)));
        }
        return String.join("\n", lines);
    }

    private static String fmt(double v, int digits) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%." + digits + "f", v);
    }
}
