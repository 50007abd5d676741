package io.github.vietnorm.dictionaries;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A read-only set of Vietnamese words (one or more syllables each) with a cost per word, as used by
 * the word segmenter and by the run-together-word splitter. Immutable and thread-safe.
 *
 * <p>The shipped lexicon ({@link #standard()}) is loaded once, lazily, and shared. User lexicons are
 * built over it (or from nothing) with a {@link Builder}: words from a file, a stream or one by one.
 * The text format is documented in {@code lexicon/FORMAT.md} of this module: one word per line,
 * syllables separated by one space, lower case, NFC; optionally a TAB and comma-separated tags, and a
 * second TAB and a cost; {@code #} starts a comment line.
 *
 * <pre>{@code
 * Lexicon std = Lexicon.standard();
 * std.contains("khoa học");                       // true (case-insensitive: "Khoa Học" too)
 * Lexicon mine = Lexicon.builder()                // starts from the standard lexicon
 *         .add("chuyển đổi số")
 *         .add(Path.of("my-words.txt"))          // bad line: IllegalArgumentException("my-words.txt:12: reason")
 *         .build();
 * }</pre>
 *
 * <h2>Fast lookups without allocation</h2>
 * Syllables are interned to int ids; words form a trie over syllable ids. A segmenter walks it
 * straight from the text:
 * <pre>{@code
 * int state = Lexicon.ROOT;
 * for (each syllable [s, e) of the text) {
 *     int id = lexicon.syllableId(text, s, e);     // case-insensitive, no substring
 *     state = lexicon.next(state, id);
 *     if (state < 0) break;                       // no longer word starts with these syllables
 *     if (lexicon.isWord(state)) { ... lexicon.cost(state) ... }
 * }
 * }</pre>
 *
 * <h2>Costs</h2>
 * A cost is a negative natural logarithm of a word's probability (smaller is more likely). Shipped
 * entries take their cost from the generated file {@code lexicon/costs.tsv} (method in
 * {@code FORMAT.md}); entries without one get {@link #DEFAULT_COST}. The standard lexicon also holds
 * the common syllables of {@code lexicon/syllable-costs.tsv} as one-syllable words, so
 * {@code contains("học")} is true.
 *
 * <h2>Spellings</h2>
 * Lookups ignore case and accept both tone placements of {@code oa oe uy} ({@code hòa}/{@code hoà})
 * and both {@code i}/{@code y} spellings of open syllables ({@code lý}/{@code lí}, {@code quy}/{@code qui}).
 */
public final class Lexicon {

    /** The trie state before any syllable: the start of every walk. */
    public static final int ROOT = 0;

    /** The cost of a word that has none of its own (user words, shipped words without a count). */
    public static final float DEFAULT_COST = 11.0f;

    /** The most syllables a word may have. */
    public static final int MAX_SYLLABLES = 16;

    static final String RESOURCE_DIR = "lexicon/";
    static final String INDEX = RESOURCE_DIR + "lexicon.index";
    static final String COSTS = RESOURCE_DIR + "costs.tsv";
    static final String SYLLABLE_COSTS = RESOURCE_DIR + "syllable-costs.tsv";

    private static volatile Lexicon standard;

    // syllables: open addressing table of ids, text in one char pool
    private final char[] pool;
    private final int[] sylStart;      // key -> start in pool; sylStart[key + 1] is its end
    private final int[] keyId;         // key -> syllable id (aliases share their syllable's id)
    private final int syllables;
    private final int[] sylSlots;      // hash slot -> key + 1 (0 = empty)
    private final int sylMask;
    // trie edges: open addressing over (state << 32 | syllable id) -> child state
    private final long[] edgeKeys;     // 0 = empty (state 0 with syllable 0 is stored as key + 1)
    private final int[] edgeChild;
    private final int edgeMask;
    private final float[] cost;        // state -> cost, NaN if the state is not a word
    private final int[] tagBits;       // state -> bit set of tags
    private final int[] parent;        // state -> parent state (for listing words)
    private final int[] lastSyllable;  // state -> syllable id of its last edge
    private final java.util.BitSet composite;
    private final boolean[] hasChild;  // state -> whether some longer word continues it
    private final int[] rootChild;     // syllable id -> state of the one-syllable prefix, or -1
    private final boolean[] wellSpelled; // syllable id -> spells a Vietnamese syllable (grammar) // states of words made of shorter multi-syllable words
    private final String[] tagNames;
    private final int size;

    private Lexicon(Builder b) {
        Map<String, Entry> entries = b.entries;
        // intern syllables
        Map<String, Integer> ids = new LinkedHashMap<>();
        int edges = 0;
        Map<String, Integer> sameAs = new LinkedHashMap<>();   // "qui" -> id of "quy" when both occur
        for (String w : entries.keySet()) {
            for (String s : w.split(" ", -1)) {
                if (!ids.containsKey(s) && !sameAs.containsKey(s)) {
                    String v = ToneVariants.iyVariant(s);
                    if (v != null && ids.containsKey(v)) {
                        sameAs.put(s, ids.get(v));
                    } else {
                        ids.put(s, ids.size());
                    }
                }
            }
        }
        // keys: every canonical (traditional) syllable, key index == id; then the modern spellings
        List<String> keys = new ArrayList<>(ids.keySet());
        List<Integer> keyIds = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            keyIds.add(i);
        }
        java.util.Set<String> aliases = new java.util.HashSet<>(sameAs.keySet());
        for (Map.Entry<String, Integer> e : sameAs.entrySet()) {
            keys.add(e.getKey());
            keyIds.add(e.getValue());
        }
        for (Map.Entry<String, Integer> e : ids.entrySet()) {
            String[] sp = ToneVariants.spellings(e.getKey());
            if (sp != null && !ids.containsKey(sp[1]) && aliases.add(sp[1])) {
                keys.add(sp[1]);
                keyIds.add(e.getValue());
            }
            String iy = ToneVariants.iyVariant(e.getKey());
            if (iy != null && !ids.containsKey(iy) && aliases.add(iy)) {
                keys.add(iy);
                keyIds.add(e.getValue());
            }
        }
        int poolLen = 0;
        for (String k : keys) {
            poolLen += k.length();
        }
        pool = new char[poolLen];
        sylStart = new int[keys.size() + 1];
        keyId = new int[keys.size()];
        sylSlots = new int[tableSize(keys.size())];
        sylMask = sylSlots.length - 1;
        int p = 0;
        for (int k = 0; k < keys.size(); k++) {
            String key = keys.get(k);
            sylStart[k] = p;
            keyId[k] = keyIds.get(k);
            key.getChars(0, key.length(), pool, p);
            p += key.length();
            int h = hash(key, 0, key.length()) & sylMask;
            while (sylSlots[h] != 0) {
                h = (h + 1) & sylMask;
            }
            sylSlots[h] = k + 1;
        }
        sylStart[keys.size()] = p;
        syllables = ids.size();
        for (String w : entries.keySet()) {
            edges += w.split(" ", -1).length;
        }
        // tags
        List<String> tags = new ArrayList<>();
        for (Entry e : entries.values()) {
            for (String t : e.tags) {
                if (tags.size() < 32 && !tags.contains(t)) {
                    tags.add(t);
                }
            }
        }
        tagNames = tags.toArray(new String[0]);
        Map<String, Integer> tagIndex = new java.util.HashMap<>();
        for (int i = 0; i < tagNames.length; i++) {
            tagIndex.put(tagNames[i], i);
        }
        float[] costs = new float[edges + 1];
        int[] bits = new int[edges + 1];
        int[] par = new int[edges + 1];
        int[] last = new int[edges + 1];
        java.util.Arrays.fill(costs, Float.NaN);
        buildCosts = costs;
        Map<Long, Integer> children = new java.util.HashMap<>(edges * 2);
        int states = 1;
        for (Map.Entry<String, Entry> me : entries.entrySet()) {
            int state = ROOT;
            for (String s : me.getKey().split(" ", -1)) {
                Integer known0 = ids.get(s);
                int sid = known0 != null ? known0 : sameAs.get(s);
                Integer known = children.get(edgeKey(state, sid));
                int child;
                if (known != null) {
                    child = known;
                } else {
                    child = states++;
                    children.put(edgeKey(state, sid), child);
                    par[child] = state;
                    last[child] = sid;
                }
                state = child;
            }
            Entry e = me.getValue();
            boolean again = !Float.isNaN(costs[state]);   // an i/y spelling of a word already seen
            costs[state] = again ? Math.min(costs[state], e.cost) : e.cost;
            int m = 0;
            for (String t : e.tags) {
                Integer i = tagIndex.get(t);
                if (i != null) {
                    m |= 1 << i;
                }
            }
            bits[state] |= m;
        }
        edgeKeys = new long[tableSize(children.size())];
        edgeChild = new int[edgeKeys.length];
        edgeMask = edgeKeys.length - 1;
        for (Map.Entry<Long, Integer> c : children.entrySet()) {
            putEdge(c.getKey(), c.getValue());
        }
        cost = java.util.Arrays.copyOf(costs, states);
        hasChild = new boolean[states];
        for (int st = 1; st < states; st++) {
            hasChild[par[st]] = true;
        }
        rootChild = new int[syllables];
        wellSpelled = new boolean[syllables];
        for (int id = 0; id < syllables; id++) {
            Integer c = children.get(edgeKey(ROOT, id));
            rootChild[id] = c == null ? -1 : c;
            wellSpelled[id] = Syllables.isSyllableLetters(java.nio.CharBuffer.wrap(pool), sylStart[id], sylStart[id + 1]);
        }
        composite = new java.util.BitSet(states);
        for (String w : entries.keySet()) {
            String[] syl = w.split(" ", -1);
            if (syl.length >= 4 || syl.length == 3) {
                int[] sid = new int[syl.length];
                for (int i = 0; i < syl.length; i++) {
                    Integer k0 = ids.get(syl[i]);
                    sid[i] = k0 != null ? k0 : sameAs.get(syl[i]);
                }
                if (decomposes(sid, children)) {
                    int st = ROOT;
                    for (int x : sid) {
                        st = children.get(edgeKey(st, x));
                    }
                    composite.set(st);
                }
            }
        }
        tagBits = java.util.Arrays.copyOf(bits, states);
        parent = java.util.Arrays.copyOf(par, states);
        lastSyllable = java.util.Arrays.copyOf(last, states);
        int words = 0;
        for (int st = 1; st < states; st++) {
            if (!Float.isNaN(costs[st])) {
                words++;
            }
        }
        size = words;
        buildCosts = null;
    }

    /**
     * Whether syllables {@code sid} split into words (entries or single syllables) of which two or
     * more are entries of two or more syllables: "tổ chức thực hiện", "bộ khoa học và công nghệ".
     */
    private boolean decomposes(int[] sid, Map<Long, Integer> children) {
        int n = sid.length;
        int[] most = new int[n + 1];   // most[i]: most multi-syllable words in a split of sid[0, i)
        java.util.Arrays.fill(most, -1);
        most[0] = 0;
        for (int j = 0; j < n; j++) {
            if (most[j] < 0) {
                continue;
            }
            most[j + 1] = Math.max(most[j + 1], most[j]);
            int st = ROOT;
            for (int k = j; k < n; k++) {
                Integer c = children.get(edgeKey(st, sid[k]));
                if (c == null) {
                    break;
                }
                st = c;
                if (k > j && !Float.isNaN(costAt(st)) && !(j == 0 && k == n - 1)) {
                    most[k + 1] = Math.max(most[k + 1], most[j] + 1);
                }
            }
        }
        return most[n] >= 2;
    }

    private float[] buildCosts;

    private float costAt(int state) {
        return buildCosts[state];
    }

    private static int tableSize(int n) {
        int s = 16;
        while (s < n * 2) {
            s <<= 1;
        }
        return s;
    }

    /**
     * The shipped lexicon, loaded on first use and shared.
     *
     * @return the standard lexicon
     */
    public static Lexicon standard() {
        Lexicon l = standard;
        if (l == null) {
            synchronized (Lexicon.class) {
                l = standard;
                if (l == null) {
                    l = readSnapshot();
                    if (l == null) { // no snapshot (a build that skipped it): from the text files
                        Builder b = new Builder(false);
                        b.addStandard();
                        l = b.build();
                    }
                    standard = l;
                }
            }
        }
        return l;
    }

    /**
     * A builder that starts from the standard lexicon; call {@link Builder#includeStandard(boolean)
     * includeStandard(false)} to start from nothing.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder(true);
    }

    /**
     * The standard lexicon plus the words of a user file.
     *
     * @param file a lexicon file in the documented format
     * @return the merged lexicon
     * @throws IOException              if the file cannot be read
     * @throws IllegalArgumentException {@code "file:line: reason"} for a bad line
     */
    public static Lexicon load(Path file) throws IOException {
        return builder().add(file).build();
    }

    /** @return the number of words */
    public int size() {
        return size;
    }

    /**
     * An estimate of the memory this lexicon holds (its arrays), in bytes.
     *
     * @return the estimate
     */
    public long footprintBytes() {
        return 2L * pool.length + 4L * (sylStart.length + keyId.length + sylSlots.length + edgeChild.length
                + cost.length + tagBits.length + parent.length + lastSyllable.length) + 8L * edgeKeys.length;
    }

    /** @return the number of distinct syllables over all words */
    public int syllableCount() {
        return syllables;
    }

    /**
     * The id of the syllable {@code text[start, end)}, compared case-insensitively, or {@code -1} if
     * no word of this lexicon contains it. Allocates nothing.
     *
     * @param text  any text
     * @param start start of the syllable (inclusive)
     * @param end   end of the syllable (exclusive)
     * @return the syllable's id, or -1
     */
    public int syllableId(CharSequence text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = syllableHash(h, text.charAt(i));
        }
        return syllableId(text, start, end, h);
    }

    /**
     * One step of the hash {@link #syllableId(CharSequence, int, int)} computes, for a caller that
     * scans the letters of a syllable anyway: start from 0 and fold in every char of the syllable,
     * then pass the result to {@link #syllableId(CharSequence, int, int, int)}.
     *
     * @param h the hash so far (0 before the first char)
     * @param c the next char of the syllable
     * @return the hash with {@code c} folded in
     */
    public static int syllableHash(int h, char c) {
        return 31 * h + lower(c);
    }

    /**
     * {@link #syllableId(CharSequence, int, int)} with the hash of {@code text[start, end)} already
     * computed by {@link #syllableHash}: one pass over the text instead of two.
     *
     * @param text  any text
     * @param start start of the syllable (inclusive)
     * @param end   end of the syllable (exclusive)
     * @param hash  the {@link #syllableHash} of every char of {@code text[start, end)}
     * @return the syllable's id, or -1
     */
    public int syllableId(CharSequence text, int start, int end, int hash) {
        int len = end - start;
        if (len <= 0) {
            return -1;
        }
        int slot = mix(hash) & sylMask;
        int[] slots = sylSlots;
        while (true) {
            int v = slots[slot];
            if (v == 0) {
                return -1;
            }
            int k = v - 1;
            int ps = sylStart[k];
            if (sylStart[k + 1] - ps == len && sameLower(text, start, ps, len)) {
                return keyId[k];
            }
            slot = (slot + 1) & sylMask;
        }
    }

    /**
     * The case folding of {@link #syllableId}: what {@link #syllableId(char[], int, int)} expects
     * in its buffer.
     *
     * @param c any char
     * @return its folded (lower-case) form
     */
    public static char foldCase(char c) {
        return lower(c);
    }

    /**
     * {@link #syllableId(CharSequence, int, int)} for a syllable the caller has already folded
     * ({@link #foldCase}) into a buffer while scanning it, with its hash ({@link #syllableHash}):
     * the comparison reads the buffer, not the text.
     *
     * @param folded the folded chars of the syllable, from index 0
     * @param len    the syllable's length
     * @param hash   the {@link #syllableHash} of the syllable
     * @return the syllable's id, or -1
     */
    public int syllableId(char[] folded, int len, int hash) {
        if (len <= 0) {
            return -1;
        }
        int slot = mix(hash) & sylMask;
        int[] slots = sylSlots;
        char[] pl = pool;
        while (true) {
            int v = slots[slot];
            if (v == 0) {
                return -1;
            }
            int k = v - 1;
            int ps = sylStart[k];
            if (sylStart[k + 1] - ps == len && java.util.Arrays.equals(folded, 0, len, pl, ps, ps + len)) {
                return keyId[k];
            }
            slot = (slot + 1) & sylMask;
        }
    }

    private boolean sameLower(CharSequence text, int start, int ps, int len) {
        char[] pl = pool;
        for (int i = 0; i < len; i++) {
            if (lower(text.charAt(start + i)) != pl[ps + i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a syllable of this lexicon spells a Vietnamese syllable ({@link
     * Syllables#isSyllableLetters}); loanword pieces of entries may not.
     *
     * @param syllableId an id from {@link #syllableId}
     * @return whether it is a Vietnamese syllable (false for -1)
     */
    public boolean isVietnameseSyllable(int syllableId) {
        return syllableId >= 0 && syllableId < wellSpelled.length && wellSpelled[syllableId];
    }

    /**
     * The trie state reached from {@code state} by one more syllable.
     *
     * @param state      {@link #ROOT} or a state returned by this method
     * @param syllableId a syllable id from {@link #syllableId}, or -1
     * @return the next state, or -1 if no word starts with this sequence of syllables
     */
    public int next(int state, int syllableId) {
        if (state <= 0 || syllableId < 0) {
            return state == ROOT && syllableId >= 0 && syllableId < rootChild.length ? rootChild[syllableId] : -1;
        }
        if (state >= hasChild.length || !hasChild[state]) {
            return -1;
        }
        long key = edgeKey(state, syllableId);
        int slot = mix(Long.hashCode(key * 0x9E3779B97F4A7C15L)) & edgeMask;
        long[] keys = edgeKeys;
        while (true) {
            long k = keys[slot];
            if (k == key) {
                return edgeChild[slot];
            }
            if (k == 0) {
                return -1;
            }
            slot = (slot + 1) & edgeMask;
        }
    }

    private void putEdge(long key, int child) {
        int slot = mix(Long.hashCode(key * 0x9E3779B97F4A7C15L)) & edgeMask;
        while (edgeKeys[slot] != 0) {
            slot = (slot + 1) & edgeMask;
        }
        edgeKeys[slot] = key;
        edgeChild[slot] = child;
    }

    private static long edgeKey(int state, int sid) {
        return (((long) state) << 32 | sid) + 1;
    }

    /**
     * @param state a state from {@link #next}
     * @return whether the syllables walked so far form a word
     */
    public boolean isWord(int state) {
        return state > 0 && state < cost.length && !Float.isNaN(cost[state]);
    }

    /**
     * @param state a state from {@link #next} for which {@link #isWord} holds
     * @return the word's cost (NaN if the state is not a word)
     */
    public float cost(int state) {
        return state > 0 && state < cost.length ? cost[state] : Float.NaN;
    }

    /**
     * The bit of a tag for {@link #tagBits(int)}, or 0 if no word has this tag.
     *
     * @param tag a tag, e.g. {@code "function"}
     * @return its bit mask
     */
    public int tagBit(String tag) {
        for (int i = 0; i < tagNames.length; i++) {
            if (tagNames[i].equals(tag)) {
                return 1 << i;
            }
        }
        return 0;
    }

    /**
     * The tags of the word at a trie state, as a bit set (test with {@link #tagBit(String)}).
     *
     * @param state a state from {@link #next}
     * @return the bit set, 0 if none or not a word
     */
    public int tagBits(int state) {
        return isWord(state) ? tagBits[state] : 0;
    }

    /**
     * Whether the word at a trie state is made of shorter words, two or more of which are words of
     * this lexicon of two or more syllables ({@code tổ chức thực hiện} = {@code tổ chức} +
     * {@code thực hiện}; {@code bộ khoa học và công nghệ}): a phrase that a segmenter may split.
     *
     * @param state a state from {@link #next}
     * @return whether the word is composite
     */
    public boolean isComposite(int state) {
        return state > 0 && composite.get(state);
    }

    /**
     * Whether {@code word} (syllables separated by single spaces) is a word, case-insensitively.
     *
     * @param word a candidate word, e.g. {@code "khoa học"}
     * @return whether it is in the lexicon
     */
    public boolean contains(CharSequence word) {
        return isWord(walk(word));
    }

    /**
     * The cost of a word, or {@link Float#POSITIVE_INFINITY} if it is not in the lexicon.
     *
     * @param word syllables separated by single spaces
     * @return its cost
     */
    public float cost(CharSequence word) {
        int s = walk(word);
        return isWord(s) ? cost[s] : Float.POSITIVE_INFINITY;
    }

    /**
     * The tags of a word ({@code admin}, {@code legal}, …), empty if none or not a word.
     *
     * @param word syllables separated by single spaces
     * @return its tags
     */
    public Set<String> tags(CharSequence word) {
        int s = walk(word);
        if (!isWord(s) || tagBits[s] == 0) {
            return Set.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < tagNames.length; i++) {
            if ((tagBits[s] & (1 << i)) != 0) {
                out.add(tagNames[i]);
            }
        }
        return Collections.unmodifiableSet(out);
    }

    private int walk(CharSequence word) {
        int state = ROOT;
        int n = word.length();
        int s = 0;
        for (int i = 0; i <= n; i++) {
            if (i == n || word.charAt(i) == ' ') {
                state = next(state, syllableId(word, s, i));
                if (state < 0) {
                    return -1;
                }
                s = i + 1;
            }
        }
        return state;
    }

    /**
     * Every word of this lexicon, in no particular order (for tools and tests; allocates).
     *
     * @return the words, syllables separated by one space
     */
    public List<String> words() {
        List<String> out = new ArrayList<>(size);
        for (int state = 1; state < cost.length; state++) {
            if (isWord(state)) {
                out.add(word(state));
            }
        }
        return out;
    }

    /**
     * The word spelled by a trie state (allocates; for tools and diagnostics).
     *
     * @param state a state from {@link #next}
     * @return its syllables separated by one space
     */
    public String word(int state) {
        StringBuilder sb = new StringBuilder();
        for (int s = state; s > 0; s = parent[s]) {
            int sid = lastSyllable[s];
            sb.insert(0, pool, sylStart[sid], sylStart[sid + 1] - sylStart[sid]);
            if (parent[s] > 0) {
                sb.insert(0, ' ');
            }
        }
        return sb.toString();
    }

    private static final char[] LOWER = new char[0x1F00];

    static {
        for (int c = 0; c < LOWER.length; c++) {
            LOWER[c] = Character.toLowerCase((char) c);
        }
    }

    static char lower(char c) {
        return c < 0x1F00 ? LOWER[c] : Character.toLowerCase(c);
    }

    private static int hash(CharSequence s, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + lower(s.charAt(i));
        }
        return mix(h);
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private static final class Entry {
        float cost;
        boolean explicitCost;
        final Set<String> tags = new LinkedHashSet<>();

        Entry(float cost, boolean explicit) {
            this.cost = cost;
            this.explicitCost = explicit;
        }
    }

    // ---- compiled snapshot of the standard lexicon ------------------------------------------

    /**
     * The standard lexicon compiled at build time ({@link LexiconSnapshot} writes it after the
     * classes are compiled): its arrays as they are, read in bulk, instead of parsing and indexing
     * 46 text files on first use.
     */
    static final String SNAPSHOT = RESOURCE_DIR + "standard.bin";
    private static final int SNAPSHOT_MAGIC = 0x564E4C58; // "VNLX"
    private static final int SNAPSHOT_VERSION = 1;

    /** Writes this lexicon's arrays, in the order {@link #Lexicon(ByteBuffer)} reads them. */
    void writeSnapshot(java.io.DataOutputStream out) throws IOException {
        out.writeInt(SNAPSHOT_MAGIC);
        out.writeInt(SNAPSHOT_VERSION);
        out.writeInt(syllables);
        out.writeInt(sylMask);
        out.writeInt(edgeMask);
        out.writeInt(size);
        out.writeInt(tagNames.length);
        for (String t : tagNames) {
            out.writeUTF(t);
        }
        writeChars(out, pool);
        writeInts(out, sylStart);
        writeInts(out, keyId);
        writeInts(out, sylSlots);
        writeLongs(out, edgeKeys);
        writeInts(out, edgeChild);
        out.writeInt(cost.length);
        for (float f : cost) {
            out.writeFloat(f);
        }
        writeInts(out, tagBits);
        writeInts(out, parent);
        writeInts(out, lastSyllable);
        writeLongs(out, composite.toLongArray());
        writeBooleans(out, hasChild);
        writeInts(out, rootChild);
        writeBooleans(out, wellSpelled);
    }

    private Lexicon(ByteBuffer in) {
        if (in.getInt() != SNAPSHOT_MAGIC || in.getInt() != SNAPSHOT_VERSION) {
            throw new IllegalStateException(SNAPSHOT + ": not a lexicon snapshot of this version");
        }
        syllables = in.getInt();
        sylMask = in.getInt();
        edgeMask = in.getInt();
        size = in.getInt();
        tagNames = new String[in.getInt()];
        for (int i = 0; i < tagNames.length; i++) {
            byte[] b = new byte[in.getShort() & 0xFFFF];
            in.get(b);
            tagNames[i] = new String(b, java.nio.charset.StandardCharsets.UTF_8); // tags are ASCII
        }
        pool = new char[in.getInt()];
        in.asCharBuffer().get(pool);
        in.position(in.position() + 2 * pool.length);
        sylStart = readInts(in);
        keyId = readInts(in);
        sylSlots = readInts(in);
        edgeKeys = readLongs(in);
        edgeChild = readInts(in);
        cost = new float[in.getInt()];
        in.asFloatBuffer().get(cost);
        in.position(in.position() + 4 * cost.length);
        tagBits = readInts(in);
        parent = readInts(in);
        lastSyllable = readInts(in);
        composite = java.util.BitSet.valueOf(readLongs(in));
        hasChild = readBooleans(in);
        rootChild = readInts(in);
        wellSpelled = readBooleans(in);
    }

    /** The compiled standard lexicon, or null when the build did not produce one. */
    private static Lexicon readSnapshot() {
        try (InputStream in = Lexicon.class.getResourceAsStream(SNAPSHOT)) {
            if (in == null) {
                return null;
            }
            return new Lexicon(ByteBuffer.wrap(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(SNAPSHOT + ": " + e.getMessage(), e);
        }
    }

    /** The standard lexicon built from its text files, never from the snapshot (for the snapshot writer and tests). */
    static Lexicon standardFromText() {
        Builder b = new Builder(false);
        b.addStandard();
        return b.build();
    }

    private static void writeChars(java.io.DataOutputStream out, char[] a) throws IOException {
        out.writeInt(a.length);
        for (char c : a) {
            out.writeChar(c);
        }
    }

    private static void writeInts(java.io.DataOutputStream out, int[] a) throws IOException {
        out.writeInt(a.length);
        for (int v : a) {
            out.writeInt(v);
        }
    }

    private static void writeLongs(java.io.DataOutputStream out, long[] a) throws IOException {
        out.writeInt(a.length);
        for (long v : a) {
            out.writeLong(v);
        }
    }

    private static void writeBooleans(java.io.DataOutputStream out, boolean[] a) throws IOException {
        out.writeInt(a.length);
        for (boolean v : a) {
            out.writeByte(v ? 1 : 0);
        }
    }

    private static int[] readInts(ByteBuffer in) {
        int[] a = new int[in.getInt()];
        in.asIntBuffer().get(a);
        in.position(in.position() + 4 * a.length);
        return a;
    }

    private static long[] readLongs(ByteBuffer in) {
        long[] a = new long[in.getInt()];
        in.asLongBuffer().get(a);
        in.position(in.position() + 8 * a.length);
        return a;
    }

    private static boolean[] readBooleans(ByteBuffer in) {
        boolean[] a = new boolean[in.getInt()];
        for (int i = 0; i < a.length; i++) {
            a[i] = in.get() != 0;
        }
        return a;
    }

    /**
     * Builds a {@link Lexicon}: the standard words (unless {@link #includeStandard(boolean)
     * includeStandard(false)}), then the words added, in order. A word added again keeps its cost
     * unless the new line gives one, and gains the new tags. Not thread-safe; reusable.
     */
    public static final class Builder {
        private final Map<String, Entry> entries = new LinkedHashMap<>();
        private final Set<String> removed = new LinkedHashSet<>();
        private boolean includeStandard;

        Builder(boolean includeStandard) {
            this.includeStandard = includeStandard;
        }

        /**
         * @param include whether the shipped words come first (default true)
         * @return this builder
         */
        public Builder includeStandard(boolean include) {
            this.includeStandard = include;
            return this;
        }

        /**
         * Adds one word with the default cost.
         *
         * @param word syllables separated by one space, e.g. {@code "chuyển đổi số"} (case is folded)
         * @return this builder
         * @throws IllegalArgumentException if the word is malformed
         */
        public Builder add(String word) {
            return add(word, Float.NaN);
        }

        /**
         * Adds one word with a cost.
         *
         * @param word syllables separated by one space (case is folded)
         * @param cost a finite positive cost, or NaN for the default
         * @return this builder
         * @throws IllegalArgumentException if the word or the cost is malformed
         */
        public Builder add(String word, float cost) {
            Objects.requireNonNull(word, "word");
            String w = java.text.Normalizer.normalize(word.toLowerCase(java.util.Locale.ROOT),
                    java.text.Normalizer.Form.NFC);
            String why = LexiconFormat.checkWord(w);
            if (why != null) {
                throw new IllegalArgumentException(why + ": \"" + word + "\"");
            }
            if (!Float.isNaN(cost) && !(cost > 0 && cost < 1000)) {
                throw new IllegalArgumentException("cost out of range (0, 1000): " + cost);
            }
            put(w, List.of(), cost);
            return this;
        }

        /**
         * Removes a word (also a standard one) from the lexicon being built.
         *
         * @param word syllables separated by one space
         * @return this builder
         */
        public Builder remove(String word) {
            String w = ToneVariants.traditionalWord(java.text.Normalizer.normalize(
                    word.toLowerCase(java.util.Locale.ROOT), java.text.Normalizer.Form.NFC));
            entries.remove(w);
            removed.add(w);
            return this;
        }

        /**
         * Adds the words of a file in the documented format (UTF-8).
         *
         * @param file the file
         * @return this builder
         * @throws IOException              if it cannot be read
         * @throws IllegalArgumentException {@code "file:line: reason"} for the first bad line
         */
        public Builder add(Path file) throws IOException {
            try (InputStream in = Files.newInputStream(file)) {
                return add(in, file.toString());
            }
        }

        /**
         * Adds the words of a stream in the documented format (UTF-8). The stream is read to its end
         * and not closed.
         *
         * @param in         the stream
         * @param sourceName the name used in error messages
         * @return this builder
         * @throws IOException              if it cannot be read
         * @throws IllegalArgumentException {@code "sourceName:line: reason"} for the first bad line
         */
        public Builder add(InputStream in, String sourceName) throws IOException {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            LexiconFormat.parse(r, sourceName, this::put);
            return this;
        }

        void put(String spelled, List<String> tags, float cost) {
            String word = ToneVariants.traditionalWord(spelled);
            if (removed.contains(word)) {
                removed.remove(word);
            }
            Entry e = entries.get(word);
            if (e == null) {
                e = new Entry(Float.isNaN(cost) ? DEFAULT_COST : cost, !Float.isNaN(cost));
                entries.put(word, e);
            } else if (!Float.isNaN(cost)) {
                e.cost = cost;
                e.explicitCost = true;
            }
            e.tags.addAll(tags);
        }

        void addStandard() {
            ClassLoader cl = Lexicon.class.getClassLoader();
            try {
                for (String name : LexiconFormat.readIndex(cl, INDEX)) {
                    try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE_DIR + name)) {
                        if (in == null) {
                            throw new IllegalStateException("missing lexicon resource " + RESOURCE_DIR + name);
                        }
                        add(in, RESOURCE_DIR + name);
                    }
                }
                try (InputStream in = Lexicon.class.getResourceAsStream(COSTS)) {
                    if (in != null) {
                        LexiconFormat.parseCosts(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)),
                                COSTS, (w, c) -> {
                                    Entry e = entries.get(ToneVariants.traditionalWord(w));
                                    if (e != null && !e.explicitCost) {
                                        e.cost = c;
                                    }
                                });
                    }
                }
                try (InputStream in = Lexicon.class.getResourceAsStream(SYLLABLE_COSTS)) {
                    if (in != null) {
                        LexiconFormat.parseCosts(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)),
                                SYLLABLE_COSTS, (w, c) -> {
                                    if (w.indexOf(' ') >= 0 || !Syllables.isValid(w)) {
                                        throw new IllegalArgumentException(SYLLABLE_COSTS + ": not one syllable: " + w);
                                    }
                                    String t = ToneVariants.traditional(w);
                                    if (!entries.containsKey(t)) {
                                        put(t, List.of(), c);
                                        entries.get(t).explicitCost = false;
                                    }
                                });
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * @return a new immutable lexicon
         */
        public Lexicon build() {
            if (!includeStandard) {
                return new Lexicon(this);
            }
            Builder merged = new Builder(false);
            Lexicon std = standard();
            for (String w : std.words()) {
                int s = std.walk(w);
                merged.put(w, List.copyOf(std.tags(w)), std.cost[s]);
                merged.entries.get(w).explicitCost = false;
            }
            for (Map.Entry<String, Entry> e : entries.entrySet()) {
                merged.put(e.getKey(), List.copyOf(e.getValue().tags),
                        e.getValue().explicitCost ? e.getValue().cost : Float.NaN);
            }
            for (String w : removed) {
                merged.entries.remove(w);
            }
            return new Lexicon(merged);
        }
    }
}
