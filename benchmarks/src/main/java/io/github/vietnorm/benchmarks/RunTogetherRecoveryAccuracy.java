package io.github.vietnorm.benchmarks;

import io.github.vietnorm.Edit;
import io.github.vietnorm.EditReason;
import io.github.vietnorm.Normalized;
import io.github.vietnorm.VietnameseNormalizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Run-together recovery on the legal corpus ({@code ../shared/corpora/vietnamese-legal-corpus-vlc}).
 *
 * <p>Each line is first normalized as it is (the reference: pre-existing defects of the corpus
 * that the normalizer fixes are thereby excluded from the score, and counted separately as
 * insertions on the untouched corpus). Then, with a seeded random generator, the space at a sample
 * of the reference's boundaries is removed: between two letters (syllable boundaries, of which the
 * lower→upper ones are also reported as case boundaries), after sentence punctuation
 * ({@code . , ; : ! ?}) before a letter, and between a number or {@code %} and a letter. The
 * damaged line is normalized again; every space the spacing stage inserts is a true positive if it
 * restores a removed space, else a false positive.
 *
 * <p>Metrics: precision and recall of restored spaces (overall and per boundary class), and the
 * spacing stage's insertions on the untouched corpus per 100k whitespace tokens (by reason).
 * {@code v2021} is the development set (tuned on), {@code v2023-processed} the test set (they
 * share many laws in different editions).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.vietnorm.benchmarks.RunTogetherRecoveryAccuracy [v2021|v2023-processed] [rate] [seed] [examples]
 * </pre>
 */
public final class RunTogetherRecoveryAccuracy {
    private static final EditReason[] SPACING = {
        EditReason.RUN_TOGETHER_SPLIT, EditReason.CASE_BOUNDARY_SPLIT, EditReason.NUMBER_WORD_SPACE,
        EditReason.PUNCTUATION_SPACE, EditReason.DASH_SPACE
    };

    /** Boundary classes of the damage. */
    enum Boundary { SYLLABLE, CASE, PUNCTUATION, NUMBER }

    private RunTogetherRecoveryAccuracy() {
    }

    /** The measured numbers of one run. */
    public static final class Result {
        final String set;
        long lines;
        long tokens;
        final long[] removed = new long[Boundary.values().length];
        final long[] restored = new long[Boundary.values().length];
        long falsePositives;
        final Map<EditReason, Long> falsePositivesByReason = new EnumMap<>(EditReason.class);
        final Map<EditReason, Long> untouchedInsertions = new EnumMap<>(EditReason.class);
        long untouchedTotal;

        Result(String set) {
            this.set = set;
        }

        long removedTotal() {
            long s = 0;
            for (long r : removed) {
                s += r;
            }
            return s;
        }

        long restoredTotal() {
            long s = 0;
            for (long r : restored) {
                s += r;
            }
            return s;
        }

        /** Precision of the restored spaces. */
        public double precision() {
            long tp = restoredTotal();
            return tp + falsePositives == 0 ? 1.0 : (double) tp / (tp + falsePositives);
        }

        /** Recall of the removed spaces. */
        public double recall() {
            long all = removedTotal();
            return all == 0 ? 0.0 : (double) restoredTotal() / all;
        }

        /** Spacing insertions on the untouched corpus per 100k whitespace tokens. */
        public double untouchedPer100k() {
            return tokens == 0 ? 0.0 : untouchedTotal * 100_000.0 / tokens;
        }

        /** The metrics as ordered (name, value) pairs. */
        public Map<String, String> metrics() {
            Map<String, String> m = new LinkedHashMap<>();
            String p = set + " ";
            m.put(p + "tokens", Long.toString(tokens));
            m.put(p + "spaces removed", Long.toString(removedTotal()));
            m.put(p + "precision", String.format(Locale.ROOT, "%.5f", precision()));
            m.put(p + "recall", fmt(recall()));
            for (Boundary b : Boundary.values()) {
                int i = b.ordinal();
                m.put(p + "recall " + b.name().toLowerCase(Locale.ROOT) + " (" + removed[i] + ")",
                        fmt(removed[i] == 0 ? 0 : (double) restored[i] / removed[i]));
            }
            m.put(p + "false insertions in damaged text", Long.toString(falsePositives) + " " + falsePositivesByReason);
            m.put(p + "insertions on untouched corpus per 100k tokens", fmt(untouchedPer100k()) + " " + untouchedInsertions);
            return m;
        }

        private static String fmt(double d) {
            return String.format(Locale.ROOT, "%.4f", d);
        }
    }

    /** Runs the default measurement (rate 0.05, seed 42) on the development and test sets. */
    public static Map<String, String> measure() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String set : List.of("v2021", "v2023-processed")) {
            m.putAll(measure(set, 0.05, 42, 0).metrics());
        }
        return m;
    }

    /**
     * Measures one set of the legal corpus.
     *
     * @param set      {@code v2021} or {@code v2023-processed}
     * @param rate     share of eligible boundaries whose space is removed
     * @param seed     random seed
     * @param examples how many false positives and misses to print to stderr
     */
    public static Result measure(String set, double rate, long seed, int examples) {
        Path dir = BenchmarkData.shared().resolve("corpora/vietnamese-legal-corpus-vlc").resolve(set);
        VietnameseNormalizer normalizer = VietnameseNormalizer.standard();
        Result r = new Result(set);
        SplittableRandom random = new SplittableRandom(seed);
        int[] shown = {0, 0};
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                try (BufferedReader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        measureLine(normalizer, line, rate, random, r, examples, shown);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return r;
    }

    private static boolean isSpacing(EditReason reason) {
        for (EditReason s : SPACING) {
            if (s == reason) {
                return true;
            }
        }
        return false;
    }

    private static void measureLine(VietnameseNormalizer normalizer, String line, double rate, SplittableRandom random,
            Result r, int examples, int[] shown) {
        if (line.isBlank()) {
            return;
        }
        r.lines++;
        Normalized untouched = normalizer.normalizeWithEdits(line);
        for (Edit e : untouched.edits()) {
            for (EditReason reason : e.reasons()) {
                if (isSpacing(reason)) {
                    r.untouchedInsertions.merge(reason, 1L, Long::sum);
                    r.untouchedTotal++;
                }
            }
        }
        String ref = untouched.text();
        r.tokens += countTokens(ref);
        // choose the spaces to remove
        int n = ref.length();
        int[] removedAt = new int[16];
        Boundary[] classes = new Boundary[16];
        int count = 0;
        for (int p = 1; p + 1 < n; p++) {
            if (ref.charAt(p) != ' ') {
                continue;
            }
            Boundary b = classify(ref, p);
            if (b == null || random.nextDouble() >= rate) {
                continue;
            }
            if (count > 0 && removedAt[count - 1] == p - 2) {
                continue; // keep damaged tokens to one missing space each
            }
            if (count == removedAt.length) {
                removedAt = java.util.Arrays.copyOf(removedAt, count * 2);
                classes = java.util.Arrays.copyOf(classes, count * 2);
            }
            removedAt[count] = p;
            classes[count] = b;
            count++;
        }
        if (count == 0) {
            return;
        }
        StringBuilder damaged = new StringBuilder(n);
        int[] damagedPos = new int[count];
        int from = 0;
        for (int i = 0; i < count; i++) {
            damaged.append(ref, from, removedAt[i]);
            damagedPos[i] = damaged.length();
            from = removedAt[i] + 1;
            r.removed[classes[i].ordinal()]++;
        }
        damaged.append(ref, from, n);
        String d = damaged.toString();
        Normalized out = normalizer.normalizeWithEdits(d);
        boolean[] hit = new boolean[count];
        for (Edit e : out.edits()) {
            EditReason reason = null;
            for (EditReason x : e.reasons()) {
                if (isSpacing(x)) {
                    reason = x;
                }
            }
            if (reason == null) {
                continue;
            }
            int q = e.start();
            int k = java.util.Arrays.binarySearch(damagedPos, q);
            if (k >= 0 && e.end() == q && e.replacement().equals(" ")) {
                hit[k] = true;
                r.restored[classes[k].ordinal()]++;
            } else {
                r.falsePositives++;
                r.falsePositivesByReason.merge(reason, 1L, Long::sum);
                if (shown[0] < examples) {
                    shown[0]++;
                    System.err.println("FALSE " + reason + ": " + context(d, q));
                }
            }
        }
        for (int i = 0; i < count && shown[1] < examples; i++) {
            if (!hit[i]) {
                shown[1]++;
                System.err.println("MISSED " + classes[i] + ": " + context(d, damagedPos[i]));
            }
        }
    }

    /**
     * {@code text} with the space removed at a seeded random share {@code rate} of its eligible
     * boundaries (see {@link #classify}): the damaged input of the benchmarks.
     */
    public static String removeSpaces(String text, double rate, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder sb = new StringBuilder(text.length());
        int n = text.length();
        for (int p = 0; p < n; p++) {
            char c = text.charAt(p);
            if (c == ' ' && p > 0 && p + 1 < n && classify(text, p) != null && random.nextDouble() < rate) {
                continue;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static String context(String s, int q) {
        int a = Math.max(0, q - 25);
        int b = Math.min(s.length(), q + 25);
        return s.substring(a, q) + "‸" + s.substring(q, b);
    }

    /** The class of the boundary at the space {@code ref[p]}, or null if it is not eligible. */
    static Boundary classify(String ref, int p) {
        char l = ref.charAt(p - 1);
        char rc = ref.charAt(p + 1);
        if (!Character.isLetter(rc)) {
            return null;
        }
        if (Character.isLetter(l)) {
            return Character.isLowerCase(l) && Character.isUpperCase(rc) ? Boundary.CASE : Boundary.SYLLABLE;
        }
        if ((l == '.' || l == ',' || l == ';' || l == ':' || l == '!' || l == '?') && p >= 2
                && Character.isLetterOrDigit(ref.charAt(p - 2))) {
            return Boundary.PUNCTUATION;
        }
        if ((l >= '0' && l <= '9') || l == '%') {
            return Boundary.NUMBER;
        }
        return null;
    }

    private static long countTokens(String s) {
        long t = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = s.charAt(i) == ' ';
            if (!space && !in) {
                t++;
            }
            in = !space;
        }
        return t;
    }

    public static void main(String[] args) {
        String set = args.length > 0 ? args[0] : null;
        double rate = args.length > 1 ? Double.parseDouble(args[1]) : 0.05;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        int examples = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        for (String s : set == null ? List.of("v2021", "v2023-processed") : List.of(set)) {
            long t0 = System.nanoTime();
            Result r = measure(s, rate, seed, examples);
            for (Map.Entry<String, String> e : r.metrics().entrySet()) {
                System.out.println(e.getKey() + "\t" + e.getValue());
            }
            System.out.printf(Locale.ROOT, "%s time\t%.1f s%n", s, (System.nanoTime() - t0) / 1e9);
        }
    }
}
