package io.github.vietnorm.benchmarks;

import io.github.vietnorm.VietnameseTokenizer;
import io.github.vietnorm.dictionaries.Lexicon;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Word-segmentation accuracy on UD_Vietnamese-VTB ({@code ../shared/corpora/ud-vietnamese-vtb},
 * {@code derived/vtb-<split>.txt} raw and {@code .seg} gold): word-level precision, recall and F1
 * (a predicted word is correct when both its boundaries match a gold word's, offsets counted over
 * non-space characters), plus out-of-vocabulary recall. Every token counts (words, numbers,
 * punctuation), as in the usual VLSP evaluation.
 *
 * <p>Run: {@code java -cp benchmarks.jar io.github.vietnorm.benchmarks.SegmentationAccuracy [shared-dir]}.
 * Tune on train/dev only; test is reported. For tuning, {@code --errors=train,dev} prints the
 * shipped lexicon's metrics on those splits and every wrong word (FP, with the gold words of its
 * span) and missed multi-syllable word (FN) with its count; it refuses the test split.
 */
public final class SegmentationAccuracy {

    private SegmentationAccuracy() {
    }

    /**
     * One evaluation.
     *
     * @param split          train, dev or test
     * @param lexicon        which lexicon ("shipped", "shipped+VnVocab")
     * @param precision      correct / predicted
     * @param recall         correct / gold
     * @param f1             harmonic mean
     * @param oovRecall      recall of gold multi-syllable words absent from the lexicon used
     * @param trainOovRecall recall of gold words absent from the train split's vocabulary (standard OOV)
     * @param gold           gold words
     * @param predicted      predicted words
     * @param correct        correct words
     * @param skippedLines   lines whose raw text and gold disagree on characters (not scored)
     */
    public record Metrics(String split, String lexicon, double precision, double recall, double f1,
                          double oovRecall, double trainOovRecall, long gold, long predicted, long correct,
                          int skippedLines) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-5s %-16s P=%.4f R=%.4f F1=%.4f OOV-R(lexicon)=%.4f OOV-R(train)=%.4f "
                    + "gold=%d pred=%d correct=%d skipped=%d", split, lexicon, precision, recall, f1, oovRecall,
                    trainOovRecall, gold, predicted, correct, skippedLines);
        }
    }

    /**
     * Evaluates the shipped lexicon on dev and test, and the same segmenter with
     * {@code rdrsegmenter-vnvocab/VnVocab.txt} added as a user lexicon (if present).
     *
     * @param shared the {@code ../shared} directory
     * @return the metrics, or an empty list when the corpus is absent
     */
    public static List<Metrics> evaluateAll(Path shared) {
        Path vtb = shared.resolve("corpora/ud-vietnamese-vtb/derived");
        List<Metrics> out = new ArrayList<>();
        if (!Files.isDirectory(vtb)) {
            return out;
        }
        VietnameseTokenizer std = VietnameseTokenizer.builder().lexicon(Lexicon.standard()).build();
        for (String split : List.of("dev", "test")) {
            out.add(evaluate(std, "shipped", vtb, split));
        }
        Path rdr = shared.resolve("corpora/rdrsegmenter-vnvocab/VnVocab.txt");
        if (Files.isRegularFile(rdr)) {
            Lexicon withRdr;
            try {
                withRdr = Lexicon.builder().add(filterLoadable(rdr), "VnVocab.txt").build();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            VietnameseTokenizer t = VietnameseTokenizer.builder().lexicon(withRdr).build();
            for (String split : List.of("dev", "test")) {
                out.add(evaluate(t, "shipped+VnVocab", vtb, split));
            }
        }
        return out;
    }

    /** VnVocab has one junk line ("/ch đổi mới"); skip lines our strict format rejects, count them. */
    private static java.io.InputStream filterLoadable(Path file) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            boolean ok = !line.isBlank() && line.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == ' ')
                    && !line.contains("  ") && !line.startsWith(" ") && !line.endsWith(" ")
                    && java.text.Normalizer.isNormalized(line, java.text.Normalizer.Form.NFC);
            if (ok) {
                sb.append(line).append('\n');
            }
        }
        return new java.io.ByteArrayInputStream(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Evaluates one tokenizer on one split.
     *
     * @param tokenizer    the tokenizer
     * @param lexiconName  a label for the report
     * @param derived      the {@code ud-vietnamese-vtb/derived} directory
     * @param split        train, dev or test
     * @return the metrics
     */
    public static Metrics evaluate(VietnameseTokenizer tokenizer, String lexiconName, Path derived, String split) {
        return evaluate(tokenizer, lexiconName, derived, split, null);
    }

    private static Metrics evaluate(VietnameseTokenizer tokenizer, String lexiconName, Path derived, String split,
                                    java.util.Map<String, Integer> errors) {
        try {
            List<String> raw = Files.readAllLines(derived.resolve("vtb-" + split + ".txt"), StandardCharsets.UTF_8);
            List<String> gold = Files.readAllLines(derived.resolve("vtb-" + split + ".seg"), StandardCharsets.UTF_8);
            Set<String> trainVocab = new HashSet<>();
            for (String line : Files.readAllLines(derived.resolve("vtb-train.seg"), StandardCharsets.UTF_8)) {
                for (String w : line.split(" ")) {
                    trainVocab.add(w.toLowerCase(Locale.ROOT));
                }
            }
            Lexicon lex = tokenizer.lexicon();
            long nGold = 0;
            long nPred = 0;
            long nCorrect = 0;
            long oov = 0;
            long oovHit = 0;
            long tOov = 0;
            long tOovHit = 0;
            int skipped = 0;
            for (int li = 0; li < Math.min(raw.size(), gold.size()); li++) {
                String text = raw.get(li);
                String g = gold.get(li);
                if (!stripSpaces(text).equals(stripSpaces(g.replace("_", "")))) {
                    skipped++;
                    continue;
                }
                // gold spans over non-space characters, keyed start * 2^20 + end
                Set<Long> goldSpans = new HashSet<>();
                List<long[]> goldWords = new ArrayList<>();
                List<String> goldForms = new ArrayList<>();
                int p = 0;
                for (String w : g.split(" ")) {
                    if (w.isEmpty()) {
                        continue;
                    }
                    int len = w.replace("_", "").length();
                    goldSpans.add(key(p, p + len));
                    goldWords.add(new long[] {p, p + len});
                    goldForms.add(w);
                    p += len;
                }
                int[] ns = nonSpaceOffsets(text);
                Set<Long> predSpans = new HashSet<>();
                tokenizer.tokenize(text, (type, start, end) -> predSpans.add(key(ns[start], ns[end])));
                nGold += goldSpans.size();
                nPred += predSpans.size();
                for (Long k : predSpans) {
                    if (goldSpans.contains(k)) {
                        nCorrect++;
                    }
                }
                if (errors != null) {
                    countErrors(text, ns, g, goldWords, goldSpans, predSpans, errors);
                }
                for (int i = 0; i < goldWords.size(); i++) {
                    String form = goldForms.get(i);
                    long k = key((int) goldWords.get(i)[0], (int) goldWords.get(i)[1]);
                    boolean hit = predSpans.contains(k);
                    String spaced = form.replace('_', ' ');
                    if (form.indexOf('_') > 0 && !lex.contains(spaced)) {
                        oov++;
                        if (hit) {
                            oovHit++;
                        }
                    }
                    if (!trainVocab.contains(form.toLowerCase(Locale.ROOT))) {
                        tOov++;
                        if (hit) {
                            tOovHit++;
                        }
                    }
                }
            }
            double pr = nPred == 0 ? 0 : (double) nCorrect / nPred;
            double re = nGold == 0 ? 0 : (double) nCorrect / nGold;
            double f1 = pr + re == 0 ? 0 : 2 * pr * re / (pr + re);
            return new Metrics(split, lexiconName, pr, re, f1, oov == 0 ? 1 : (double) oovHit / oov,
                    tOov == 0 ? 1 : (double) tOovHit / tOov, nGold, nPred, nCorrect, skipped);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** FP/FN forms of one line, each with the gold segmentation of its span for context. */
    private static void countErrors(String text, int[] ns, String gold, List<long[]> goldWords, Set<Long> goldSpans,
                                    Set<Long> predSpans, java.util.Map<String, Integer> errors) {
        // non-space offset -> text offset
        int[] pos = new int[ns[text.length()] + 1];
        for (int i = text.length(); i >= 0; i--) {
            pos[ns[i]] = i;
        }
        String[] gw = gold.split(" ");
        List<String> goldForms = new ArrayList<>();
        for (String w : gw) {
            if (!w.isEmpty()) {
                goldForms.add(w);
            }
        }
        for (Long k : predSpans) {
            if (!goldSpans.contains(k)) {
                int s = (int) (k >>> 20);
                int e = (int) (k & 0xFFFFF);
                StringBuilder ctx = new StringBuilder();
                for (int i = 0; i < goldWords.size(); i++) {
                    if (goldWords.get(i)[1] > s && goldWords.get(i)[0] < e) {
                        ctx.append(ctx.length() == 0 ? "" : " ").append(goldForms.get(i));
                    }
                }
                String form = text.substring(pos[s], pos[e]).trim().replace(' ', '_');
                errors.merge("FP " + form + "\tgold: " + ctx, 1, Integer::sum);
            }
        }
        for (int i = 0; i < goldWords.size(); i++) {
            long k = key((int) goldWords.get(i)[0], (int) goldWords.get(i)[1]);
            if (!predSpans.contains(k) && goldForms.get(i).indexOf('_') > 0) {
                errors.merge("FN " + goldForms.get(i), 1, Integer::sum);
            }
        }
    }

    private static long key(int start, int end) {
        return ((long) start << 20) | end;
    }

    private static String stripSpaces(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i)) && !Character.isSpaceChar(s.charAt(i))) {
                sb.append(s.charAt(i));
            }
        }
        return sb.toString();
    }

    /** ns[i] = number of non-space characters before position i, for i in [0, length]. */
    private static int[] nonSpaceOffsets(String s) {
        int[] ns = new int[s.length() + 1];
        int c = 0;
        for (int i = 0; i < s.length(); i++) {
            ns[i] = c;
            if (!Character.isWhitespace(s.charAt(i)) && !Character.isSpaceChar(s.charAt(i))) {
                c++;
            }
        }
        ns[s.length()] = c;
        return ns;
    }

    /**
     * The metrics for the unified accuracy report ({@link AccuracyReport}).
     *
     * @return metric name to value
     */
    public static java.util.Map<String, String> measure() {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        List<Metrics> all = evaluateAll(Path.of(System.getProperty("vietnorm.shared", "../shared")));
        if (all.isEmpty()) {
            out.put("(../shared/corpora/ud-vietnamese-vtb absent)", "");
        }
        for (Metrics m : all) {
            String k = "VTB " + m.split() + ", " + m.lexicon() + ": ";
            out.put(k + "P / R / F1", String.format(Locale.ROOT, "%.4f / %.4f / %.4f", m.precision(), m.recall(), m.f1()));
            out.put(k + "OOV recall (lexicon / train vocabulary)",
                    String.format(Locale.ROOT, "%.4f / %.4f", m.oovRecall(), m.trainOovRecall()));
        }
        return out;
    }

    /**
     * Prints the metrics.
     *
     * @param args optional: the shared directory (default {@code ../shared})
     */
    public static void main(String[] args) {
        String sharedArg = null;
        String tuneSplits = null;
        for (String a : args) {
            if (a.startsWith("--errors=")) {
                tuneSplits = a.substring("--errors=".length());
            } else {
                sharedArg = a;
            }
        }
        Path shared = Path.of(sharedArg != null ? sharedArg : System.getProperty("vietnorm.shared", "../shared"));
        long t0 = System.nanoTime();
        if (tuneSplits != null) {
            printErrors(shared, tuneSplits.split(","));
            return;
        }
        for (Metrics m : evaluateAll(shared)) {
            System.out.println(m);
        }
        System.out.printf(Locale.ROOT, "(%.1f s)%n", (System.nanoTime() - t0) / 1e9);
    }

    /**
     * Tuning aid ({@code --errors=train,dev}): the metrics of the shipped lexicon on the given splits
     * and, to standard output, every wrongly predicted word ({@code FP}) and missed gold word
     * ({@code FN}) counted by form, most frequent first. The test split is refused: tune on
     * train/dev only.
     */
    private static void printErrors(Path shared, String[] splits) {
        Path vtb = shared.resolve("corpora/ud-vietnamese-vtb/derived");
        VietnameseTokenizer std = VietnameseTokenizer.builder().lexicon(Lexicon.standard()).build();
        for (String split : splits) {
            if (split.equals("test")) {
                throw new IllegalArgumentException("errors are for tuning: train or dev only");
            }
            java.util.Map<String, Integer> errors = new java.util.HashMap<>();
            System.out.println(evaluate(std, "shipped", vtb, split, errors));
            errors.entrySet().stream()
                    .sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed()
                            .thenComparing(java.util.Map.Entry.comparingByKey()))
                    .forEach(e -> System.out.println(split + "\t" + e.getValue() + "\t" + e.getKey()));
        }
    }
}
