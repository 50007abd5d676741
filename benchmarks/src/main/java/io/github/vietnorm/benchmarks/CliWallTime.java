package io.github.vietnorm.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whole-process wall time over the legal corpus (both folders, ~38 MB): {@code vietnorm normalize}
 * (through the {@code ./vietnorm} launcher, with its JVM options, when run from the repository root;
 * else the CLI jar) against {@link ReferenceNfcCli}, each run several times alternately, output to a
 * file; reports the medians and their ratio (target ≤ 1.5).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.github.vietnorm.benchmarks.CliWallTime [runs]</pre>
 */
public final class CliWallTime {
    private CliWallTime() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        measure(runs).forEach((k, v) -> System.out.println(k + ": " + v));
    }

    /** Runs both programs {@code runs} times and returns the medians and ratio. */
    public static Map<String, String> measure(int runs) throws Exception {
        List<String> files = BenchmarkData.legalCorpusFiles().stream().map(Path::toString).toList();
        long bytes = 0;
        for (String f : files) {
            bytes += Files.size(Path.of(f));
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String benchJar = Path.of(CliWallTime.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        File[] cliJars = new File("cli/target").listFiles((d, n) -> n.matches("vietnorm-cli-.*-all\\.jar"));
        if (cliJars == null || cliJars.length == 0) {
            throw new IllegalStateException("cli/target/vietnorm-cli-*-all.jar not found: run mvn package first (from the repository root)");
        }
        List<String> reference = new ArrayList<>(List.of(java, "-cp", benchJar, ReferenceNfcCli.class.getName()));
        reference.addAll(files);
        // the command users run: the launcher, with its JVM options
        List<String> cli = new ArrayList<>(Files.isRegularFile(Path.of("vietnorm"))
                ? List.of("bash", "vietnorm", "normalize")
                : List.of(java, "-jar", cliJars[0].getPath(), "normalize"));
        cli.addAll(files);
        Path out = Files.createTempFile("vietnorm-walltime", ".txt");
        double[] ref = new double[runs];
        double[] ours = new double[runs];
        try {
            for (int r = 0; r < runs; r++) {
                ref[r] = time(reference, out);
                ours[r] = time(cli, out);
            }
        } finally {
            Files.deleteIfExists(out);
        }
        Arrays.sort(ref);
        Arrays.sort(ours);
        double mr = ref[runs / 2];
        double mo = ours[runs / 2];
        Map<String, String> m = new LinkedHashMap<>();
        m.put("input", String.format(Locale.ROOT, "%d files, %.1f MB", files.size(), bytes / 1e6));
        m.put("reference (read + ICU4J NFC + write), median s", String.format(Locale.ROOT, "%.2f", mr));
        m.put("vietnorm normalize, median s", String.format(Locale.ROOT, "%.2f", mo));
        m.put("ratio (target ≤ 1.5)", String.format(Locale.ROOT, "%.2f", mo / mr));
        return m;
    }

    private static double time(List<String> command, Path out) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        int exit = p.waitFor();
        long t1 = System.nanoTime();
        if (exit != 0) {
            throw new IllegalStateException(command.get(0) + " … exited " + exit);
        }
        return (t1 - t0) / 1e9;
    }
}
