package io.github.vietnorm.benchmarks;

import io.github.vietnorm.dictionaries.Lexicon;
import io.github.vietnorm.dictionaries.Syllables;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Computes the costs of the shipped lexicon's own entries from the raw Vietnamese Legal Corpus
 * ({@code ../shared/corpora/vietnamese-legal-corpus-vlc}) and writes
 * {@code dictionaries/src/main/resources/io/github/vietnorm/dictionaries/lexicon/costs.tsv}.
 * Only our entries get a cost: nothing from the corpus that is not already an entry is written.
 *
 * <p>Method (also in {@code lexicon/FORMAT.md}): the corpus is read line by line, NFC, soft hyphens
 * removed; runs of letter-only syllables are segmented with the lexicon (Viterbi, least total cost;
 * a syllable that starts no entry costs {@link #UNKNOWN_COST}). Round 0 uses as cost of each entry
 * {@code -ln((n + 0.5) / N)}, {@code n} the number of occurrences of its syllable sequence and
 * {@code N} the number of syllables; each following round (Viterbi training, {@link #ROUNDS} rounds)
 * counts how often each entry is chosen by the best segmentation and sets
 * {@code cost = -ln((c + 0.5) / W)}, {@code W} the number of words of that segmentation.
 *
 * <p>Run: {@code java -cp … io.github.vietnorm.benchmarks.LexiconCosts [shared-dir] [out-file]}.
 * Rerun whenever the lexicon files change.
 */
public final class LexiconCosts {

    /** The cost of a syllable that starts no entry, while estimating (the tokenizer's default). */
    static final float UNKNOWN_COST = 14.0f;
    /** Rounds of Viterbi re-estimation after the n-gram round. */
    static final int ROUNDS = 3;

    private LexiconCosts() {
    }

    /** Every grammar syllable as a word: maps either tone placement to the stored (traditional) one. */
    private static final Lexicon PROBE;

    static {
        Lexicon.Builder b = Lexicon.builder().includeStandard(false);
        Syllables.forEachValid(b::add);
        PROBE = b.build();
    }

    /**
     * Computes the costs.
     *
     * @param corpus  the corpus directory (text files, searched recursively)
     * @param lexicon the lexicon whose entries get costs
     * @return word and cost pairs, by word
     * @throws IOException if the corpus cannot be read
     */
    public static List<String[]> compute(Path corpus, Lexicon lexicon) throws IOException {
        List<String> lines = readCorpus(corpus);
        List<String> words = lexicon.words();
        words.sort(Comparator.naturalOrder());
        // every syllable of the grammar competes as a one-syllable word
        java.util.Set<String> entries = new java.util.HashSet<>(words);
        List<String> extra = new ArrayList<>();
        Syllables.forEachValid(syl -> {
            String t = traditional(syl);
            if (t.equals(syl) && !entries.contains(syl)) {
                extra.add(syl);
            }
        });
        extra.sort(Comparator.naturalOrder());
        int nEntries = words.size();
        words = new ArrayList<>(words);
        words.addAll(extra);
        // state -> counts, via a lexicon without costs (all entries), walked per line
        Lexicon lex = rebuild(words, null);
        int states = maxState(lex, words) + 1;
        long[] counts = new long[states];
        long syllables = countNgrams(lines, lex, counts);
        float[] costs = new float[states];
        long[] lastCounts = counts;
        for (int s = 0; s < states; s++) {
            costs[s] = (float) -Math.log((counts[s] + 0.5) / syllables);
        }
        for (int round = 0; round < ROUNDS; round++) {
            float[] wordCosts = new float[words.size()];
            for (int i = 0; i < words.size(); i++) {
                wordCosts[i] = costs[walk(lex, words.get(i))];
            }
            Lexicon weighted = rebuild(words, wordCosts);
            long[] c = new long[states];
            long total = segmentAndCount(lines, weighted, c);
            // states of `weighted` are the same as those of `lex`: same words, same insertion order
            for (int s = 0; s < states; s++) {
                costs[s] = (float) -Math.log((c[s] + 0.5) / total);
            }
            lastCounts = c;
        }
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            int s = walk(lex, w);
            if (i < nEntries || lastCounts[s] > 0) {
                out.add(new String[] {w, String.format(Locale.ROOT, "%.2f", costs[s]), i < nEntries ? "entry" : "syllable"});
            }
        }
        return out;
    }

    /** Traditional tone placement of an open oa/oe/uy syllable (hoà -> hòa); others unchanged. */
    static String traditional(String syl) {
        Lexicon probe = PROBE;
        int id = probe.syllableId(syl, 0, syl.length());
        return id < 0 ? syl : probe.word(probe.next(Lexicon.ROOT, id));
    }

    private static Lexicon rebuild(List<String> words, float[] costs) {
        Lexicon.Builder b = Lexicon.builder().includeStandard(false);
        for (int i = 0; i < words.size(); i++) {
            b.add(words.get(i), costs == null ? Float.NaN : costs[i]);
        }
        return b.build();
    }

    private static int walk(Lexicon lex, String w) {
        int s = Lexicon.ROOT;
        int start = 0;
        for (int i = 0; i <= w.length(); i++) {
            if (i == w.length() || w.charAt(i) == ' ') {
                s = lex.next(s, lex.syllableId(w, start, i));
                start = i + 1;
            }
        }
        return s;
    }

    private static int maxState(Lexicon lex, List<String> words) {
        int m = 0;
        for (String w : words) {
            m = Math.max(m, walk(lex, w));
        }
        return m;
    }

    static List<String> readCorpus(Path corpus) throws IOException {
        List<String> lines = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(corpus)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path f : files) {
            try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                String line;
                while ((line = r.readLine()) != null) {
                    line = line.replace("\u00AD", "");
                    if (!Normalizer.isNormalized(line, Normalizer.Form.NFC)) {
                        line = Normalizer.normalize(line, Normalizer.Form.NFC);
                    }
                    lines.add(line);
                }
            }
        }
        return lines;
    }

    /** Calls back every run of letter-only syllables: starts and ends of its syllables. */
    private interface RunSink {
        void run(String line, int[] starts, int[] ends, int n);
    }

    private static void runs(List<String> lines, RunSink sink) {
        int[] starts = new int[256];
        int[] ends = new int[256];
        for (String line : lines) {
            int n = 0;
            int i = 0;
            int len = line.length();
            while (i <= len) {
                if (i < len && Character.isLetter(line.charAt(i))) {
                    int e = i;
                    while (e < len && (Character.isLetter(line.charAt(e))
                            || Character.getType(line.charAt(e)) == Character.NON_SPACING_MARK)) {
                        e++;
                    }
                    if (n == starts.length) {
                        starts = java.util.Arrays.copyOf(starts, n * 2);
                        ends = java.util.Arrays.copyOf(ends, n * 2);
                    }
                    starts[n] = i;
                    ends[n] = e;
                    n++;
                    i = e;
                } else if (i < len && line.charAt(i) == ' ') {
                    i++;
                } else {
                    if (n > 0) {
                        sink.run(line, starts, ends, n);
                    }
                    n = 0;
                    i++;
                }
            }
        }
    }

    private static long countNgrams(List<String> lines, Lexicon lex, long[] counts) {
        long[] total = {0};
        runs(lines, (line, starts, ends, n) -> {
            total[0] += n;
            int[] ids = new int[n];
            for (int k = 0; k < n; k++) {
                ids[k] = lex.syllableId(line, starts[k], ends[k]);
            }
            for (int j = 0; j < n; j++) {
                int s = Lexicon.ROOT;
                for (int k = j; k < n; k++) {
                    s = lex.next(s, ids[k]);
                    if (s < 0) {
                        break;
                    }
                    if (lex.isWord(s)) {
                        counts[s]++;
                    }
                }
            }
        });
        return total[0];
    }

    private static long segmentAndCount(List<String> lines, Lexicon lex, long[] counts) {
        long[] total = {0};
        runs(lines, (line, starts, ends, n) -> {
            int[] ids = new int[n];
            for (int k = 0; k < n; k++) {
                ids[k] = lex.syllableId(line, starts[k], ends[k]);
            }
            float[] best = new float[n + 1];
            int[] back = new int[n + 1];
            int[] word = new int[n + 1];
            java.util.Arrays.fill(best, Float.POSITIVE_INFINITY);
            best[0] = 0;
            for (int j = 0; j < n; j++) {
                int s = lex.next(Lexicon.ROOT, ids[j]);
                float c = lex.isWord(s) ? lex.cost(s) : UNKNOWN_COST;
                if (best[j] + c < best[j + 1]) {
                    best[j + 1] = best[j] + c;
                    back[j + 1] = j;
                    word[j + 1] = lex.isWord(s) ? s : -1;
                }
                for (int k = j + 1; k < n && s >= 0; k++) {
                    s = lex.next(s, ids[k]);
                    if (lex.isWord(s) && best[j] + lex.cost(s) < best[k + 1]) {
                        best[k + 1] = best[j] + lex.cost(s);
                        back[k + 1] = j;
                        word[k + 1] = s;
                    }
                }
            }
            for (int k = n; k > 0; k = back[k]) {
                total[0]++;
                if (word[k] > 0) {
                    counts[word[k]]++;
                }
            }
        });
        return total[0];
    }

    /**
     * Writes {@code costs.tsv}.
     *
     * @param args optional: the shared directory, the output file
     * @throws IOException if reading or writing fails
     */
    public static void main(String[] args) throws IOException {
        Path shared = Path.of(args.length > 0 ? args[0] : System.getProperty("vietnorm.shared", "../shared"));
        Path out = Path.of(args.length > 1 ? args[1]
                : "dictionaries/src/main/resources/io/github/vietnorm/dictionaries/lexicon/costs.tsv");
        Path corpus = shared.resolve("corpora/vietnamese-legal-corpus-vlc");
        long t0 = System.nanoTime();
        // the entries alone, from the source files, without any previous costs
        Path dir = out.getParent();
        Lexicon.Builder eb = Lexicon.builder().includeStandard(false);
        for (String line : Files.readAllLines(dir.resolve("lexicon.index"), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                eb.add(dir.resolve(line.strip()));
            }
        }
        List<String[]> costs = compute(corpus, eb.build());
        Path sylOut = dir.resolve("syllable-costs.tsv");
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             Writer ws = Files.newBufferedWriter(sylOut, StandardCharsets.UTF_8)) {
            w.write("# Generated by io.github.vietnorm.benchmarks.LexiconCosts from counts in the Vietnamese Legal\n");
            w.write("# Corpus (method: lexicon/FORMAT.md). Keys are the lexicon's own entries. Do not edit by hand.\n");
            ws.write("# Generated by io.github.vietnorm.benchmarks.LexiconCosts from counts in the Vietnamese Legal\n");
            ws.write("# Corpus (method: lexicon/FORMAT.md). Keys are syllables generated by our syllable grammar\n");
            ws.write("# (Syllables.forEachValid) as one-syllable words; syllables never seen are left out. Do not edit.\n");
            for (String[] c : costs) {
                (c[2].equals("entry") ? w : ws).write(c[0] + "\t" + c[1] + "\n");
            }
        }
        System.out.printf(Locale.ROOT, "%d costs written to %s in %.1f s%n", costs.size(), out,
                (System.nanoTime() - t0) / 1e9);
    }
}
