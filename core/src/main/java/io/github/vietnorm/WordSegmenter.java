package io.github.vietnorm;

import io.github.vietnorm.dictionaries.Lexicon;
import java.util.List;

/**
 * Word segmentation of one run of Vietnamese syllables: a lattice of lexicon matches and the path
 * of least total cost (Viterbi); a syllable that starts no word is a word by itself. Sequences of
 * capitalised syllables (proper names: {@code Nguyễn Quý Linh}, {@code Thừa Thiên Huế}) are one
 * word, as in the VLSP/UD Vietnamese treebank convention; at the start of a sentence a capitalised
 * common word ({@code Ông}, {@code Sở}) is not taken as the first syllable of a name.
 *
 * <p>Matching is case-insensitive. Immutable; per-call state lives in a {@link Scratch}.
 */
final class WordSegmenter {

    private final Lexicon lexicon;
    private final float unknownCost;
    private final boolean joinNames;
    /** Tags of words that, capitalised at the start of a sentence, do not start a name. */
    private final int commonWordTags;

    private final float compoundPenalty;
    /*
     * Convention penalties, chosen on UD VTB train/dev (see benchmarks/README.md): the treebank
     * splits long compounds into their words ("số điện_thoại"), and phrases of an untagged (general
     * vocabulary) entry that start or end with a function word ("cho biết", "diễn ra", "con gái").
     */
    /** A run of capitalised syllables as one word. */
    static final float NAME_COST = 8f;
    /**
     * A composite entry (made of shorter multi-syllable entries: "tổ chức thực hiện") is split into
     * its words, as the treebank does; the penalty makes it win only where nothing else can.
     */
    static final float COMPOSITE_PENALTY = 100f;
    /**
     * Ceiling of a multi-syllable entry's cost: entries the legal corpus rarely or never uses ("chi
     * bộ") still beat the sum of their syllables.
     */
    static final float MAX_COST = 14f;
    /** The same for domain-tagged entries (admin, legal, party, ...): curated terms of our domain. */
    static final float MAX_TAGGED_COST = 10f;
    /**
     * The same for {@code grammar} entries (grammatical-words.txt: "người ta", "có lẽ", "ngoài ra"):
     * words of running prose that laws rarely use, so their corpus cost understates them.
     */
    static final float GRAMMAR_COST = 8f;
    /** Per syllable beyond the second. */
    static final float LONG_PENALTY = 2f;
    /** Untagged entry whose first syllable is a function word. */
    static final float FUNCTION_PENALTY = 2f;
    /**
     * Untagged entry whose first syllable is a classifier or unit noun ({@code classifier} in
     * core-function-words.txt: "ngôi nhà", "nỗi đau", "bữa ăn", "buổi chiều"): the treebank writes a
     * classifier and its noun as two words. Added to {@link #FUNCTION_PENALTY}.
     */
    static final float CLASSIFIER_PENALTY = 10f;
    /**
     * Untagged two-syllable entry that ends with a demonstrative ({@code deictic} in
     * core-function-words.txt: "năm nay", "từ đó", "gần đây"): a phrase in the treebank; the
     * lexicalised ones are {@code grammar} entries ("hiện nay", "sau này").
     */
    static final float DEICTIC_PENALTY = 10f;
    /** Untagged entry whose last syllable is a function word. */
    static final float FUNCTION_LAST_PENALTY = 4f;
    private final int functionTag;
    private final int grammarTag;
    private final int classifierTag;
    private final int deicticTag;
    /** Tags of the administrative core, exempt from {@link #SEMI_COMPOSITE_PENALTY}. */
    private final int domainTerms;
    /** Syllable id -> whether the syllable alone is a function word. */
    private final boolean[] functionSyllable;
    private final float[] wordCost;

    WordSegmenter(Lexicon lexicon, float unknownCost, float compoundPenalty, boolean joinNames) {
        this.lexicon = lexicon;
        this.compoundPenalty = compoundPenalty;
        this.unknownCost = unknownCost;
        this.joinNames = joinNames;
        this.functionTag = lexicon.tagBit("function");
        this.grammarTag = lexicon.tagBit("grammar");
        this.classifierTag = lexicon.tagBit("classifier");
        this.deicticTag = lexicon.tagBit("deictic");
        this.domainTerms = lexicon.tagBit("title") | lexicon.tagBit("party") | lexicon.tagBit("admin") | lexicon.tagBit("org") | lexicon.tagBit("legal")
                | lexicon.tagBit("econ");
        this.functionSyllable = new boolean[lexicon.syllableCount()];
        for (int id = 0; id < functionSyllable.length; id++) {
            functionSyllable[id] = (lexicon.tagBits(lexicon.next(Lexicon.ROOT, id)) & functionTag) != 0;
        }
        this.commonWordTags = lexicon.tagBit("function") | lexicon.tagBit("address") | lexicon.tagBit("common");
        this.wordCost = wordCosts();
        // states that some word continues from
        java.util.BitSet parents = new java.util.BitSet();
        int[] path = new int[Lexicon.MAX_SYLLABLES + 1];
        for (String word : lexicon.words()) {
            int n = walkPath(word, path);
            for (int i = 0; i < n - 1; i++) {
                parents.set(path[i]);
            }
        }
        this.rootStep = new long[lexicon.syllableCount()];
        for (int id = 0; id < rootStep.length; id++) {
            int state = lexicon.next(Lexicon.ROOT, id);
            float c = state > 0 && state < wordCost.length ? wordCost[state] : unknownCost;
            rootStep[id] = pack(state > 0 && parents.get(state) ? state : -1, c);
        }
        this.unknownStep = pack(-1, unknownCost);
        this.edges = edgeTable(parents);
        this.edgeMask = edges.length / 2 - 1;
    }

    /*
     * The lattice walk's own copy of the lexicon trie, built once: a step packs the next state (-1
     * when no longer word continues, so the walk stops without another lookup) and the full word
     * cost of the state reached (+infinity for a prefix that is no word) in one long, so each
     * lattice edge costs one probe of one table: rootStep by syllable id for a word's first
     * syllable, then edges, an open-addressing table of (state, syllable) keys each followed by its
     * step. Same results as walking Lexicon.next and reading wordCost.
     */
    /** Syllable id -> step from the root. */
    private final long[] rootStep;
    /** The step of a syllable that no word contains (id -1). */
    private final long unknownStep;
    /** Pairs (key, step), key = state << 32 | syllable id, 0 for an empty slot. */
    private final long[] edges;
    private final int edgeMask;
    /**
     * A one-hash Bloom filter of the keys of {@link #edges} (2^20 bits, 128 KB: stays in cache while
     * the 2 MB table does not), asked before probing the table.
     */
    private final long[] edgeFilter = new long[1 << 14];
    private static final long NO_STEP = Long.MIN_VALUE;

    private static long pack(int state, float cost) {
        return ((long) state << 32) | (Float.floatToRawIntBits(cost) & 0xFFFFFFFFL);
    }

    private static int edgeSlot(long key, int mask) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
    }

    private long[] edgeTable(java.util.BitSet parents) {
        // every edge (parent state, syllable id) -> child state of the words' paths
        List<String> words = lexicon.words();
        java.util.HashMap<Long, Integer> all = new java.util.HashMap<>();
        int[] path = new int[Lexicon.MAX_SYLLABLES + 1];
        int[] sids = new int[Lexicon.MAX_SYLLABLES + 1];
        for (String word : words) {
            int n = walkPath(word, path, sids);
            for (int i = 1; i < n; i++) {
                all.put(((long) path[i - 1] << 32) | sids[i], path[i]);
            }
        }
        int cap = Integer.highestOneBit(Math.max(4, all.size() * 2 - 1)) << 1;
        long[] table = new long[cap * 2];
        int mask = cap - 1;
        for (java.util.Map.Entry<Long, Integer> e : all.entrySet()) {
            long key = e.getKey();
            int child = e.getValue();
            float c = child > 0 && child < wordCost.length ? wordCost[child] : Float.POSITIVE_INFINITY;
            int slot = edgeSlot(key, mask);
            while (table[2 * slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[2 * slot] = key;
            int bit = (int) ((key * 0x9E3779B97F4A7C15L) >>> 44);
            edgeFilter[bit >>> 6] |= 1L << bit;
            table[2 * slot + 1] = pack(parents.get(child) ? child : -1, c);
        }
        return table;
    }

    /** The step from {@code state} by syllable {@code id}, or {@link #NO_STEP}. */
    private long step(int state, int id) {
        long key = ((long) state << 32) | id;
        long mixed = key * 0x9E3779B97F4A7C15L;
        int bit = (int) (mixed >>> 44);
        if ((edgeFilter[bit >>> 6] & (1L << bit)) == 0) {
            return NO_STEP;   // most lattice walks end on a pair no word has: decided in a small table
        }
        long[] t = edges;
        int mask = edgeMask;
        int slot = (int) (mixed >>> 40) & mask;
        while (true) {
            long k = t[2 * slot];
            if (k == key) {
                return t[2 * slot + 1];
            }
            if (k == 0) {
                return NO_STEP;
            }
            slot = (slot + 1) & mask;
        }
    }

    /**
     * The full cost of the word at each trie state (lexicon cost with every rule below applied: one
     * array load per lattice edge on the hot path); +infinity for a prefix that is no word, and the
     * unknown-syllable cost for a one-syllable prefix that is no word.
     */
    private float[] wordCosts() {
        List<String> words = lexicon.words();
        Lexicon standard = Lexicon.standard();
        int[] states = new int[words.size()];
        int max = 0;
        for (int w = 0; w < words.size(); w++) {
            states[w] = walk(words.get(w), null);
            max = Math.max(max, states[w]);
        }
        float[] wc = new float[max + 1];
        java.util.Arrays.fill(wc, Float.POSITIVE_INFINITY);
        int[] path = new int[Lexicon.MAX_SYLLABLES + 1];
        for (String word : words) {
            int n = walkPath(word, path);
            if (n <= 0) {
                continue;
            }
            int first = path[0];
            if (!lexicon.isWord(first)) {
                wc[first] = unknownCost;
            }
            int state = path[n - 1];
            float c = lexicon.cost(state);
            if (n == 1) {
                // a listed syllable is never costlier than an unknown one (a syllable the laws only
                // use inside compounds, "bữa", "món", gets no count of its own)
                wc[state] = Math.min(c, unknownCost);
                continue;
            }
            int tags = lexicon.tagBits(state);
            float ceiling = (tags & grammarTag) != 0 ? GRAMMAR_COST : tags == 0 ? MAX_COST : MAX_TAGGED_COST;
            float t = Math.min(ceiling, c) + compoundPenalty + (n - 2) * LONG_PENALTY;
            // the rules below are conventions about our own entries: a user's word is taken as written
            boolean shipped = standard == lexicon || standard.contains(word);
            if (lexicon.isComposite(state)) {
                t += COMPOSITE_PENALTY;
            } else if (shipped && n == 3 && (tags & domainTerms) == 0 && semiComposite(word, path)) {
                t += SEMI_COMPOSITE_PENALTY;
            }
            if (tags == 0 && !(n == 2 && addressPair(word))) {
                t += (firstFunction(word) ? FUNCTION_PENALTY : 0f) + (lastFunction(word) ? FUNCTION_LAST_PENALTY : 0f);
                if (shipped && (lexicon.tagBits(path[0]) & classifierTag) != 0) {
                    t += CLASSIFIER_PENALTY;
                }
                if (shipped && n == 2 && (lexicon.tagBits(lexicon.next(Lexicon.ROOT, lastSyllable(word))) & deicticTag) != 0) {
                    t += DEICTIC_PENALTY;
                }
            }
            wc[state] = t;
        }
        return wc;
    }

    /** Two forms of address or kinship terms: a coordinate compound ("bà con", "anh em"), not a phrase. */
    private boolean addressPair(String word) {
        int sp = word.indexOf(' ');
        int address = lexicon.tagBit("address");
        return address != 0
                && (lexicon.tagBits(lexicon.next(Lexicon.ROOT, lexicon.syllableId(word, 0, sp))) & address) != 0
                && (lexicon.tagBits(lexicon.next(Lexicon.ROOT, lexicon.syllableId(word, sp + 1, word.length()))) & address) != 0;
    }

    private boolean firstFunction(String word) {
        int sp = word.indexOf(' ');
        int id = lexicon.syllableId(word, 0, sp < 0 ? word.length() : sp);
        return id >= 0 && functionSyllable[id];
    }

    /**
     * A three-syllable entry made of a two-syllable entry and a one-syllable word, in either order
     * ("số điện thoại", "khai thác cát", "Chủ tịch nước"): the treebank writes its two words apart
     * unless the whole is a fixed term; the penalty lets it win only where its parts cost much more.
     * Chosen on UD VTB train/dev (flat from 6 to 20). Terms of the administrative core (tags title,
     * party, admin, org, legal, econ: "Tổng bí thư", "Ban chấp hành", "cổ phần hóa") are curated
     * terms this library's users search for whole: they are exempt.
     */
    static final float SEMI_COMPOSITE_PENALTY = 8f;

    /** A two-syllable entry and a one-syllable word, in either order ("số điện thoại", "khai thác cát"). */
    private boolean semiComposite(String word, int[] path) {
        int a = word.indexOf(' ');
        int b = word.lastIndexOf(' ');
        int first = lexicon.syllableId(word, 0, a);
        int last = lexicon.syllableId(word, b + 1, word.length());
        int rest = lexicon.next(lexicon.next(Lexicon.ROOT, lexicon.syllableId(word, a + 1, b)), last);
        boolean left = lexicon.isWord(path[1]) && lexicon.isWord(lexicon.next(Lexicon.ROOT, last));
        boolean right = lexicon.isWord(lexicon.next(Lexicon.ROOT, first)) && lexicon.isWord(rest);
        return left || right;
    }

    private int lastSyllable(String word) {
        return lexicon.syllableId(word, word.lastIndexOf(' ') + 1, word.length());
    }

    private boolean lastFunction(String word) {
        int sp = word.lastIndexOf(' ');
        int id = lexicon.syllableId(word, sp + 1, word.length());
        return id >= 0 && functionSyllable[id];
    }

    private int walk(String word, int[] unused) {
        int[] path = new int[Lexicon.MAX_SYLLABLES + 1];
        int n = walkPath(word, path);
        return n <= 0 ? 0 : path[n - 1];
    }

    /** The states after each syllable of {@code word}; returns their number, or -1. */
    private int walkPath(String word, int[] path) {
        return walkPath(word, path, null);
    }

    /** The same, with the syllable ids in {@code sids} (if not null). */
    private int walkPath(String word, int[] path, int[] sids) {
        int state = Lexicon.ROOT;
        int start = 0;
        int n = 0;
        for (int i = 0; i <= word.length(); i++) {
            if (i == word.length() || word.charAt(i) == ' ') {
                int id = lexicon.syllableId(word, start, i);
                state = lexicon.next(state, id);
                if (state < 0 || n == path.length) {
                    return -1;
                }
                if (sids != null) {
                    sids[n] = id;
                }
                path[n++] = state;
                start = i + 1;
            }
        }
        return n;
    }

    Lexicon lexicon() {
        return lexicon;
    }

    /** Per-call working memory, grown on demand. Not thread-safe. */
    static final class Scratch {
        int[] ids = new int[0];
        float[] best = new float[1];
        int[] back = new int[1];
        int[] wordEnds = new int[0];
        int[] nameEnd = new int[0];
        /** Whether each syllable starts with a capital letter. */
        boolean[] upper = new boolean[0];

        void ensure(int n) {
            if (ids.length < n) {
                int m = Math.max(Math.max(n, 16), ids.length * 2);
                ids = new int[m];
                upper = new boolean[m];
                nameEnd = new int[m];
                best = new float[m + 1];
                back = new int[m + 1];
                wordEnds = new int[m];
            }
        }
    }

    /**
     * Segments syllables {@code [0, n)} given by their offsets in {@code text}.
     *
     * @param sentenceInitial whether the first syllable starts a sentence
     * @return the number of words; their (exclusive) end syllable indexes are in
     *         {@code scratch.wordEnds[0 .. count)}
     */
    int segment(CharSequence text, int[] starts, int[] ends, int[] syllableIds, int n, boolean sentenceInitial,
                Scratch scratch) {
        scratch.ensure(n);
        int[] ids = scratch.ids;
        Lexicon lex = lexicon;
        boolean[] upper = scratch.upper;
        boolean titles = false;
        for (int i = 0; i < n; i++) {
            int id = syllableIds[i];
            ids[i] = id;
            boolean u = isUpper(text.charAt(starts[i]));
            upper[i] = u;
            titles |= u;
        }
        // proper names: a run of two or more capitalised syllables may be one word (a lattice edge)
        int[] nameEnd = scratch.nameEnd;
        for (int i = 0; i < n; i++) {
            nameEnd[i] = -1;
        }
        if (joinNames && titles) {
            int i = 0;
            while (i < n) {
                if (i + 1 < n && isTitle(text, starts[i], ends[i]) && isTitle(text, starts[i + 1], ends[i + 1])) {
                    int j = i + 2;
                    while (j < n && isTitle(text, starts[j], ends[j])) {
                        j++;
                    }
                    int runEnd = j;
                    // "Sở Khoa học": the last capitalised syllable starts a word with what follows
                    if (j < n && lex.isWord(lex.next(lex.next(Lexicon.ROOT, ids[j - 1]), ids[j]))) {
                        j--;
                    }
                    if (i == 0 && sentenceInitial && (lex.tagBits(lex.next(Lexicon.ROOT, ids[0])) & commonWordTags) != 0) {
                        // "Ông Nguyễn Văn A", "Sở Tài chính": the common word stays apart
                        if (j - 1 >= 2) {
                            nameEnd[1] = j;
                        }
                    } else if (j - i >= 2) {
                        nameEnd[i] = j;
                    }
                    i = runEnd;
                } else {
                    i++;
                }
            }
        }
        return viterbi(0, n, scratch, 0);
    }

    private int viterbi(int from, int to, Scratch scratch, int count) {
        if (from >= to) {
            return count;
        }
        int[] ids = scratch.ids;
        float[] best = scratch.best;
        int[] back = scratch.back;
        boolean[] upper = scratch.upper;
        best[from] = 0f;
        for (int k = from + 1; k <= to; k++) {
            best[k] = Float.POSITIVE_INFINITY;
        }
        long[] rootSteps = rootStep;
        for (int j = from; j < to; j++) {
            float base = best[j];
            int id = ids[j];
            long r = id >= 0 && id < rootSteps.length ? rootSteps[id] : unknownStep;
            int state = (int) (r >> 32);
            float c = Float.intBitsToFloat((int) r);
            if (base + c < best[j + 1]) {
                best[j + 1] = base + c;
                back[j + 1] = j;
            }
            int ne = scratch.nameEnd[j];
            if (ne > 0 && base + NAME_COST < best[ne]) {
                best[ne] = base + NAME_COST;
                back[ne] = j;
            }
            // a word that starts in lower case does not take in a capitalised syllable: "miền Nam",
            // "tiếng Việt", "biển Đông" are a common noun and a name (treebank convention)
            boolean lowerStart = !upper[j];
            for (int k = j + 1; k < to && state >= 0; k++) {
                if (lowerStart && upper[k]) {
                    break;
                }
                int sid = ids[k];
                if (sid < 0) {
                    break;
                }
                long st = step(state, sid);
                if (st == NO_STEP) {
                    break;
                }
                float t = base + Float.intBitsToFloat((int) st);
                if (t < best[k + 1]) {
                    best[k + 1] = t;
                    back[k + 1] = j;
                }
                state = (int) (st >> 32);
            }
        }
        // backtrack: word ends in reverse, then reversed in place
        int first = count;
        for (int k = to; k > from; k = back[k]) {
            scratch.wordEnds[count++] = k;
        }
        for (int a = first, b = count - 1; a < b; a++, b--) {
            int t = scratch.wordEnds[a];
            scratch.wordEnds[a] = scratch.wordEnds[b];
            scratch.wordEnds[b] = t;
        }
        return count;
    }

    private static final boolean[] UPPER = new boolean[0x2000];

    static {
        for (int c = 0; c < UPPER.length; c++) {
            UPPER[c] = Character.isUpperCase(c);
        }
    }

    static boolean isUpper(char c) {
        return c < 0x2000 ? UPPER[c] : Character.isUpperCase(c);
    }

    /** First letter upper case, the others not (all-caps headings are not names). */
    static boolean isTitle(CharSequence text, int start, int end) {
        if (!isUpper(text.charAt(start))) {
            return false;
        }
        for (int i = start + 1; i < end; i++) {
            if (isUpper(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
