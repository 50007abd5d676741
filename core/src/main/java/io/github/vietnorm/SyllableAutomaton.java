package io.github.vietnorm;

import io.github.vietnorm.dictionaries.SyllableParts;
import io.github.vietnorm.dictionaries.Syllables;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The valid syllables of {@link Syllables} over precomposed (NFC) letters, written in lower case,
 * Capitalised or all capitals, in one tone style ({@link #of(ToneStyle)}: what {@link TonePlacement}
 * leaves alone) or in either ({@link #anyStyle()}: what {@link Syllables#isValid} accepts for NFC
 * text). Built once from the grammar's own syllable list, so it cannot drift from it. Each set is a
 * minimal deterministic automaton over lower-case letter classes (the quick check compiles the
 * tone style's into its one-table scan: {@link #transition}, {@link #isAccepting}) and a hash set of
 * packed letters ({@link #containsKey}), for loops that pack a run's letters as they go.
 *
 * <p>Hot loops step it one char at a time ({@link #start()}, {@link #step}, {@link #accepts}):
 * one table load per char, no hashing, no allocation. Case is tracked apart from the letters, so
 * the table is over lower-case letters only.
 *
 * <pre>
 * int st = a.start();
 * for (int k = from; k &lt; to &amp;&amp; st != SyllableAutomaton.DEAD; k++) st = a.step(st, s.charAt(k));
 * boolean syllable = a.accepts(st);
 * </pre>
 */
final class SyllableAutomaton {
    /** The state no input leaves: not a prefix of any syllable. */
    static final int DEAD = 0;

    /** Per char: lower-case letter class (bits 2+), upper-case flag (bit 1), letter flag (bit 0); 0 otherwise. */
    private static final char[] CHAR_CLASS = new char[0x10000];
    /** Number of letter classes + 1 (class 0 is "not a letter of any syllable"). */
    private static final int CLASSES;

    // case tracking lives in the two low bits of the state word: states are (dfaState << 2 | case)
    private static final int CASE_START = 0;
    private static final int CASE_LOWER = 1;   // first letter lower, or Capitalised so far: only lower may follow
    private static final int CASE_FIRST_UPPER = 2; // one upper-case letter so far
    private static final int CASE_ALL_UPPER = 3;   // two or more, all upper

    static {
        // start-up runs this interpreted: a flag per char, not a map of boxed chars
        boolean[] used = new boolean[0x10000];
        Syllables.forEachValid(s -> {
            for (int k = 0; k < s.length(); k++) {
                used[s.charAt(k)] = true;
            }
        });
        int id = 1; // classes in char order; a letter's capital shares its class
        for (int c = 0; c < 0x10000; c++) {
            if (used[c]) {
                char ch = (char) c;
                if (Character.toLowerCase(ch) == ch) {
                    CHAR_CLASS[c] = (char) (id << 2 | 1);
                }
                char upper = Character.toUpperCase(ch);
                if (upper != ch && Character.toLowerCase(upper) == ch) {
                    CHAR_CLASS[upper] = (char) (id << 2 | 2 | 1);
                }
                id++;
            }
        }
        CLASSES = id;
        if (CLASSES > 1 << 7) {
            throw new IllegalStateException("too many letter classes for packed keys: " + CLASSES);
        }
    }

    // one holder each, so a program builds only the automata it uses
    private static final class Traditional {
        static final SyllableAutomaton INSTANCE = build(ToneStyle.TRADITIONAL);
    }

    private static final class Modern {
        static final SyllableAutomaton INSTANCE = build(ToneStyle.MODERN);
    }

    private static final class Any {
        static final SyllableAutomaton INSTANCE = build(null);
    }

    /**
     * Transitions: {@code next[state * CLASSES + class]} is the target state premultiplied
     * ({@code target * CLASSES << 2}), 0 = dead. A state word is that premultiplied index shifted
     * left by two, or'ed with the case state; state 1 is the start.
     */
    private final int[] next;
    /** Indexed by the premultiplied state index. */
    private final boolean[] accept;
    /**
     * The same syllables as a hash set of packed lower-case letter classes ({@link #packedKey}): a
     * second way to ask, for loops that pack a run's letters as they go instead of stepping.
     */
    private final long[] keys;
    private final int keyShift;

    /** Case state transitions, indexed {@code case << 1 | upper}; -1 = not lower, Capitalised or all capitals. */
    private static final int[] CASE_NEXT = {
        CASE_LOWER, CASE_FIRST_UPPER,     // start: lower, upper
        CASE_LOWER, -1,                   // lower or Capitalised: lower, upper
        CASE_LOWER, CASE_ALL_UPPER,       // one capital: lower, upper
        -1, CASE_ALL_UPPER,               // all capitals: lower, upper
    };

    private SyllableAutomaton(int[] next, boolean[] accept, List<String> words) {
        this.next = next;
        this.accept = accept;
        int bits = 4;
        while ((1 << bits) < words.size() * 2) {
            bits++;
        }
        this.keys = new long[1 << bits];
        this.keyShift = 64 - bits;
        for (String w : words) {
            long key = 0;
            for (int k = 0; k < w.length(); k++) {
                key = key << KEY_BITS | (CHAR_CLASS[w.charAt(k)] >>> 2);
            }
            int i = slot(key);
            while (keys[i] != 0 && keys[i] != key) {
                i = (i + 1) & (keys.length - 1);
            }
            keys[i] = key;
        }
    }

    /** Bits per letter in a packed key; syllables have at most {@link #MAX_KEY_LETTERS} letters. */
    static final int KEY_BITS = 7;
    static final int MAX_KEY_LETTERS = 7;

    private int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> keyShift);
    }

    /**
     * Whether the letters whose classes ({@link #code(char)} {@code >>> 1}) were packed as
     * {@code key = key << KEY_BITS | class}, at most {@link #MAX_KEY_LETTERS} of them, none of class
     * 0, spell a syllable of this automaton in lower case (case is the caller's business).
     */
    boolean containsKey(long key) {
        int i = slot(key);
        long k;
        while ((k = keys[i]) != 0) {
            if (k == key) {
                return true;
            }
            i = (i + 1) & (keys.length - 1);
        }
        return false;
    }

    /** The automaton of syllables written in {@code style}. */
    static SyllableAutomaton of(ToneStyle style) {
        return style == ToneStyle.MODERN ? Modern.INSTANCE : Traditional.INSTANCE;
    }

    /** The automaton of syllables written in either style. */
    static SyllableAutomaton anyStyle() {
        return Any.INSTANCE;
    }

    /** Whether {@code c} is a letter some syllable uses (any case, NFC). */
    static boolean isSyllableLetter(char c) {
        return CHAR_CLASS[c] != 0;
    }

    /**
     * The letter code of {@code c} for {@link #step(int, int)}: its lower-case letter class times two,
     * plus one for a capital; 0 for a char no syllable uses.
     */
    static int code(char c) {
        return CHAR_CLASS[c] >>> 1;
    }

    /** Number of letter classes, class 0 (no syllable letter) included. */
    static int classCount() {
        return CLASSES;
    }

    /** The state before the first char. */
    int start() {
        return CLASSES << 2 | CASE_START; // state 1, premultiplied
    }

    /** The state after {@code c}; {@link #DEAD} once no syllable can follow. */
    int step(int state, char c) {
        return step(state, CHAR_CLASS[c] >>> 1);
    }

    /** The state after a char of letter code {@code code} ({@link #code(char)}); {@link #DEAD} once no syllable can follow. */
    int step(int state, int code) {
        int t = next[(state >>> 2) + (code >>> 1)];
        int k = CASE_NEXT[(state & 3) << 1 | (code & 1)];
        return t == 0 || k < 0 ? DEAD : t | k;
    }

    /** Whether the chars stepped through so far are one syllable ({@code false} for {@link #DEAD}). */
    boolean accepts(int state) {
        return accept[state >>> 2];
    }

    /** Whether the chars stepped through are one syllable written in lower case or Capitalised (not all capitals, not one capital). */
    boolean isPlain(int state) {
        return (state & 3) == CASE_LOWER && accept[state >>> 2];
    }

    /** Whether {@code s[from, to)} is one syllable of this automaton (lower case, Capitalised or all capitals). */
    boolean matches(CharSequence s, int from, int to) {
        int st = start();
        for (int k = from; k < to; k++) {
            st = step(st, s.charAt(k));
            if (st == DEAD) {
                return false;
            }
        }
        return to > from && accepts(st);
    }

    /**
     * Whether a run of {@code len} letters, their classes packed in {@code key} (as for
     * {@link #containsKey}) and their capitals in {@code upper} (one bit a letter, the first letter
     * highest), is a syllable written in lower case, Capitalised or all capitals.
     */
    boolean containsRun(long key, int upper, int len) {
        if (len < 1 || len > MAX_KEY_LETTERS) {
            return false;
        }
        int rest = upper & ((1 << (len - 1)) - 1); // capitals after the first letter
        boolean caseOk = rest == 0 || rest == (1 << (len - 1)) - 1 && (upper >>> (len - 1)) != 0;
        return caseOk && containsKey(key);
    }

    /** Number of states, {@link #DEAD} ({@code 0}) and the start ({@code 1}) included. */
    int stateCount() {
        return accept.length / CLASSES;
    }

    /**
     * The raw automaton, for tables compiled from it: the state ({@code 0} = dead, {@code 1} = start)
     * after a lower-case letter of class {@code cls} ({@link #letterClass}) in state {@code state}.
     */
    int transition(int state, int cls) {
        return next[state * CLASSES + cls] / (CLASSES << 2);
    }

    /** Whether the raw state {@code state} ends a syllable. */
    boolean isAccepting(int state) {
        return accept[state * CLASSES];
    }

    /** The lower-case letter class of {@code c} for {@link #transition}: {@code 1..classCount()-1}, or 0 for a char no syllable uses. */
    static int letterClass(char c) {
        return CHAR_CLASS[c] >>> 2;
    }

    // ------------------------------------------------------------------ construction

    private static SyllableAutomaton build(ToneStyle style) {
        List<String> words = new ArrayList<>();
        SyllableParts p = new SyllableParts();
        Syllables.forEachValid(s -> {
            if (style == null) {
                words.add(s);
                return;
            }
            Syllables.parse(s, 0, s.length(), p);
            int target = style == ToneStyle.MODERN ? p.modernToneIndex() : p.traditionalToneIndex();
            if (p.toneMarkCount() == 0 || p.toneMarkIndex() == target) {
                words.add(s);
            }
        });
        // a trie, then equal suffixes merged bottom-up (acyclic automaton minimisation)
        Trie trie = new Trie(words.size() * 2);
        for (String w : words) {
            trie.add(w);
        }
        Map<String, Integer> register = new HashMap<>();
        List<int[]> states = new ArrayList<>();
        List<Boolean> accepting = new ArrayList<>();
        states.add(new int[CLASSES]); // 0: dead
        accepting.add(false);
        states.add(null); // 1: start, filled in below
        accepting.add(false);
        int[] canonical = new int[trie.size];
        for (int child = trie.firstChild[0]; child != 0; child = trie.nextSibling[child]) {
            canonicalise(child, trie, canonical, register, states, accepting);
        }
        states.set(1, trie.children(0, canonical)); // the root is the start, merged with no other state
        accepting.set(1, trie.wordEnd[0]);
        int[] next = new int[states.size() * CLASSES];
        boolean[] accept = new boolean[states.size() * CLASSES];
        for (int s = 0; s < states.size(); s++) {
            int[] t = states.get(s);
            for (int c = 0; c < CLASSES; c++) {
                next[s * CLASSES + c] = t[c] * CLASSES << 2;
            }
            accept[s * CLASSES] = accepting.get(s);
        }
        return new SyllableAutomaton(next, accept, words);
    }

    /**
     * Sets {@code canonical[node]}, the state of trie node {@code node}, its children's first: one
     * state per set of equal suffixes, keyed by whether a word ends there and its (class, child
     * state) pairs in class order.
     */
    private static void canonicalise(int node, Trie trie, int[] canonical, Map<String, Integer> register,
            List<int[]> states, List<Boolean> accepting) {
        int n = 0;
        for (int child = trie.firstChild[node]; child != 0; child = trie.nextSibling[child]) {
            canonicalise(child, trie, canonical, register, states, accepting);
            n++;
        }
        char[] key = new char[1 + 2 * n];
        key[0] = trie.wordEnd[node] ? 'F' : 'N';
        int k = 1;
        for (int child = trie.firstChild[node]; child != 0; child = trie.nextSibling[child]) {
            key[k++] = (char) trie.letter[child];
            key[k++] = (char) canonical[child]; // fewer states than trie nodes: checked by the trie
        }
        String sig = new String(key);
        Integer id = register.get(sig);
        if (id == null) {
            id = states.size();
            states.add(trie.children(node, canonical));
            accepting.add(trie.wordEnd[node]);
            register.put(sig, id);
        }
        canonical[node] = id;
    }

    /**
     * The syllables as a trie: per node its letter class, its first child and next sibling (children
     * in class order), whether a word ends there. Start-up runs this interpreted, so a node is a few
     * ints, not a table over every class.
     */
    private static final class Trie {
        int[] letter;
        int[] firstChild; // 0: none (node 0, the root, is no one's child)
        int[] nextSibling;
        boolean[] wordEnd;
        int size = 1;

        Trie(int capacity) {
            letter = new int[capacity];
            firstChild = new int[capacity];
            nextSibling = new int[capacity];
            wordEnd = new boolean[capacity];
        }

        void add(String w) {
            int node = 0;
            for (int k = 0; k < w.length(); k++) {
                int cls = CHAR_CLASS[w.charAt(k)] >>> 2;
                int before = 0;
                int child = firstChild[node];
                while (child != 0 && letter[child] < cls) {
                    before = child;
                    child = nextSibling[child];
                }
                if (child == 0 || letter[child] != cls) {
                    int added = newNode(cls);
                    nextSibling[added] = child;
                    if (before == 0) {
                        firstChild[node] = added;
                    } else {
                        nextSibling[before] = added;
                    }
                    child = added;
                }
                node = child;
            }
            wordEnd[node] = true;
        }

        private int newNode(int cls) {
            if (size == letter.length) {
                if (size >= Character.MAX_VALUE) {
                    throw new IllegalStateException("too many trie nodes for char keys: " + size);
                }
                int capacity = Math.min(2 * size, Character.MAX_VALUE);
                letter = Arrays.copyOf(letter, capacity);
                firstChild = Arrays.copyOf(firstChild, capacity);
                nextSibling = Arrays.copyOf(nextSibling, capacity);
                wordEnd = Arrays.copyOf(wordEnd, capacity);
            }
            letter[size] = cls;
            return size++;
        }

        /** The transitions of a state for {@code node}: its children's states by class. */
        int[] children(int node, int[] canonical) {
            int[] t = new int[CLASSES];
            for (int child = firstChild[node]; child != 0; child = nextSibling[child]) {
                t[letter[child]] = canonical[child];
            }
            return t;
        }
    }
}
