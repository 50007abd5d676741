package io.github.vietnorm.dictionaries;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The grammar of the written Vietnamese syllable: tells whether a piece of text is one syllable and
 * parses it into onset, medial, nucleus, coda and {@link Tone}.
 *
 * <pre>{@code
 * Syllables.isValid("nghiêng");               // true
 * Syllables.isValid("Smart");                 // false
 * Syllables.isValid(text, start, end);        // allocation-free, for hot paths
 *
 * SyllableParts p = new SyllableParts();      // reusable, one per thread
 * if (Syllables.parse("Quyết", 0, 5, p)) {
 *     p.onset();    // "qu"
 *     p.nucleus();  // "yê"
 *     p.coda();     // "t"
 *     p.tone();     // Tone.ACUTE
 * }
 * Syllables.parse("hoà");                     // Optional[Syllable[onset=h, medial=o, nucleus=a, coda=, tone=GRAVE]]
 * }</pre>
 *
 * <h2>Input</h2>
 * Case-insensitive; NFC, NFD and partially decomposed text are all accepted (a base letter followed
 * by combining circumflex U+0302, breve U+0306, horn U+031B and tone marks U+0300, U+0301, U+0303,
 * U+0309, U+0323, in any order). The checks never allocate: the letters are packed into a
 * {@code long} and looked up in a hash table built once from the rules.
 *
 * <h2>The rules</h2>
 * A syllable is onset + rhyme, and the rhyme is an optional medial {@code o}/{@code u}, a nucleus
 * and an optional coda. The parts are <em>written</em> parts: {@code ay} is nucleus {@code a} with
 * coda {@code y}, {@code qu} is one onset.
 * <ul>
 * <li>Onsets: none, {@code b c ch d đ g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v x}.</li>
 * <li>Spelling: {@code gh ngh} only before {@code i y e ê} (including {@code iê ia}), {@code c g ng}
 *     never before them; {@code k} before them, and before a single back vowel only in names and
 *     loans ({@code Kạn, Kon, Kông, ka}); {@code q} only as {@code qu}; {@code gi} before an {@code i}-rhyme writes one
 *     {@code i} ({@code gì, gìn, giết, giêng}).</li>
 * <li>Medial {@code o} before {@code a ă e}; medial {@code u} before {@code â ê y ơ yê ya}. No medial
 *     after the labials {@code b m p ph v}, nor after {@code c k gh ngh gi}; after {@code qu} the medial
 *     is the {@code u} of the onset ({@code qua, quân, quyết, quý}).</li>
 * <li>Nuclei: {@code a ă â e ê i y o ô ơ u ư}, {@code iê/yê} (with a coda; {@code yê} after medial
 *     {@code u} or with no onset), {@code ia/ya} (open; {@code ya} after medial {@code u}),
 *     {@code uô}/{@code ua}, {@code ươ}/{@code ưa}; each nucleus takes its own set of codas
 *     ({@code p t c ch m n ng nh}, glides {@code i y o u}).</li>
 * <li>Codas: {@code c ch m n ng nh p t}, glides {@code i y o u}, and {@code k} wherever {@code c} may
 *     stand, for the Central Highlands names {@code Đắk Lắk, Đắk Nông}.</li>
 * <li>Tones: a syllable closed by a stop ({@code p t c ch k}) takes only sắc or nặng (unaccented
 *     {@code hoc}, {@code têt} are not valid; {@link #isSyllableLetters} accepts them).</li>
 * <li>The mark goes on the nucleus (the second letter of {@code iê yê uô ươ oo}, the first of
 *     {@code ia ya ua ưa}); in the open rhymes {@code oa oe uy} the traditional style puts it on the
 *     medial ({@code hòa, khỏe, thủy}) and the modern style on the nucleus ({@code hoà, khoẻ,
 *     thuỷ}). {@link #isValid(CharSequence)} accepts both.</li>
 * </ul>
 *
 * <h2>Marginal syllables: decisions</h2>
 * Accepted: the loan onset {@code p} ({@code pin, pa}), {@code xăng}, the loan nucleus {@code oo}
 * before {@code c}/{@code ng} ({@code xoong, boong, moóc}), {@code quốc}, the variant spellings
 * {@code qui}/{@code quít}, {@code quạu}, {@code quều}, {@code ư} before {@code m n} ({@code chưn, hừm}), a bare {@code y} after {@code b h k l m n s t th v x} ({@code kỹ, Thy,
 * Vy}). Rejected (treated as foreign): medial after a labial ({@code buýt, voan, boa}), the letters
 * {@code f j w z}, consonant clusters not in the onset list ({@code Krông}, {@code Pleiku}), the coda
 * {@code h} ({@code Chư Păh}), {@code karaoke} as one word. Accepted as names: {@code k} before a
 * back vowel ({@code Kạn}, {@code Kon Tum}) and the coda {@code k} ({@code Đắk Lắk}).
 *
 * <p>Thread-safe; all tables are built once, when the class is first used.
 */
public final class Syllables {

    // ---- letters -------------------------------------------------------------------------

    /** The 29 letters of the Vietnamese alphabet; letter codes are 1 + index here. */
    static final String LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxy";

    private static int letter(char c) {
        int i = LETTERS.indexOf(c);
        if (i < 0) {
            throw new IllegalArgumentException("not a Vietnamese letter: " + c);
        }
        return i + 1;
    }

    private static final int KIND_LETTER = 1 << 8;
    private static final int KIND_TONE = 2 << 8;
    private static final int KIND_MODIFIER = 3 << 8;
    private static final int KIND_MASK = 3 << 8;
    private static final int MOD_CIRCUMFLEX = 1;
    private static final int MOD_BREVE = 2;
    private static final int MOD_HORN = 3;
    private static final int TABLE_SIZE = 0x1F00;

    /** Per char: letter code (bits 0-4), tone (bits 5-7), kind (bits 8-9); 0 for any other char. */
    private static final short[] CHARS = new short[TABLE_SIZE];
    /** MODIFIED[letter * 4 + modifier]: the letter with that modifier added, or 0. */
    private static final byte[] MODIFIED = new byte[32 * 4];
    /** COMPOSED[letter * 6 + tone]: the lower-case NFC char for a letter with a tone, or 0. */
    private static final char[] COMPOSED = new char[32 * 6];

    static {
        MODIFIED[letter('a') * 4 + MOD_CIRCUMFLEX] = (byte) letter('â');
        MODIFIED[letter('e') * 4 + MOD_CIRCUMFLEX] = (byte) letter('ê');
        MODIFIED[letter('o') * 4 + MOD_CIRCUMFLEX] = (byte) letter('ô');
        MODIFIED[letter('a') * 4 + MOD_BREVE] = (byte) letter('ă');
        MODIFIED[letter('o') * 4 + MOD_HORN] = (byte) letter('ơ');
        MODIFIED[letter('u') * 4 + MOD_HORN] = (byte) letter('ư');
        for (int c = 0; c < TABLE_SIZE; c++) {
            // Vietnamese letters live in Basic Latin, Latin-1, Latin Extended-A/B and Extended Additional
            if (c >= 'A' && c <= 'z' || c >= 0xC0 && c < 0x250 || c >= 0x1E00) {
                CHARS[c] = (short) decode((char) c);
            }
        }
        for (int m = 0x0300; m <= 0x036F; m++) {
            Tone t = Tone.ofMark((char) m);
            if (t != null) {
                CHARS[m] = (short) (KIND_TONE | t.ordinal() << 5);
            }
        }
        CHARS[0x0302] = (short) (KIND_MODIFIER | MOD_CIRCUMFLEX);
        CHARS[0x0306] = (short) (KIND_MODIFIER | MOD_BREVE);
        CHARS[0x031B] = (short) (KIND_MODIFIER | MOD_HORN);
        for (int i = 0; i < LETTERS.length(); i++) {
            for (Tone t : Tone.values()) {
                String s = t == Tone.LEVEL ? String.valueOf(LETTERS.charAt(i)) : new String(new char[] {LETTERS.charAt(i), t.mark()});
                String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
                if (nfc.length() == 1) {
                    COMPOSED[(i + 1) * 6 + t.ordinal()] = nfc.charAt(0);
                }
            }
        }
    }

    /** The table entry for one precomposed char: a Vietnamese letter with at most a tone, or 0. */
    private static int decode(char c) {
        if (c == 'đ' || c == 'Đ') {
            return KIND_LETTER | letter('đ');
        }
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = Character.toLowerCase(d.charAt(0));
        if (base > 'z' || base < 'a' || LETTERS.indexOf(base) < 0) {
            return 0;
        }
        int letter = letter(base);
        int tone = 0;
        for (int k = 1; k < d.length(); k++) {
            char m = d.charAt(k);
            Tone t = Tone.ofMark(m);
            if (t != null) {
                if (tone != 0) {
                    return 0;
                }
                tone = t.ordinal();
                continue;
            }
            int mod = m == '\u0302' ? MOD_CIRCUMFLEX : m == '\u0306' ? MOD_BREVE : m == '\u031B' ? MOD_HORN : 0;
            int modified = mod == 0 ? 0 : MODIFIED[letter * 4 + mod];
            if (modified == 0) {
                return 0;
            }
            letter = modified;
        }
        return KIND_LETTER | letter | tone << 5;
    }

    // ---- parts -----------------------------------------------------------------------------

    static final String[] ONSETS = {"", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n",
        "ng", "ngh", "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x"};
    static final String[] MEDIALS = {"", "o", "u"};
    static final String[] NUCLEI = {"", "a", "ă", "â", "e", "ê", "i", "y", "o", "ô", "ơ", "u", "ư",
        "iê", "yê", "ia", "ya", "uô", "ua", "ươ", "ưa", "oo"};
    static final String[] CODAS = {"", "c", "ch", "m", "n", "ng", "nh", "p", "t", "i", "y", "o", "u", "k"};

    /** Onsets that take a medial {@code o}/{@code u}. */
    private static final String MEDIAL_ONSETS = "- ch d đ g h kh l n ng nh r s t th tr x";
    /** Onsets before which a bare {@code y} nucleus (no medial, no coda) is written. */
    private static final String BARE_Y_ONSETS = "- b h k l m n s t th v x";

    /** Codas each nucleus takes without a medial; {@code -} is the empty coda. */
    private static final String[][] PLAIN_RHYMES = {
        {"a", "- c ch m n ng nh p t i y o u"},
        {"ă", "c m n ng p t"},
        {"â", "c m n ng p t u y"},
        {"e", "- c m n ng p t o"},
        {"ê", "- ch m n nh p t u"},
        {"i", "- ch m n nh p t u"},
        {"y", "-"},
        {"o", "- c m n ng p t i"},
        {"ô", "- c m n ng p t i"},
        {"ơ", "- m n p t i"},
        {"u", "- c m n ng p t i"},
        {"ư", "- c m n ng t i u"},
        {"iê", "c m n ng p t u"},
        {"yê", "c m n ng p t u"},
        {"ia", "-"},
        {"uô", "c m n ng t i"},
        {"ua", "-"},
        {"ươ", "c m n ng p t i u"},
        {"ưa", "-"},
        {"oo", "c ng"},
    };

    /** Codas each nucleus takes after a medial (medial {@code o} before a ă e, {@code u} otherwise). */
    private static final String[][] MEDIAL_RHYMES = {
        {"a", "- c ch m n ng nh p t i y o"},
        {"ă", "c m n ng p t"},
        {"e", "- m n t o"},
        {"â", "n ng t y"},
        {"ê", "- ch n nh t u"},
        {"y", "- ch nh t p u"},
        {"ơ", "-"},
        {"yê", "n t"},
        {"ya", "-"},
    };

    /** Rhymes after {@code qu} besides the medial rhymes: {@code quốc}, {@code qui/quít}. */
    private static final String[][] QU_EXTRA_RHYMES = {
        {"ô", "c"},
        {"i", "- t"},
        {"a", "u"},
    };

    /** Rhymes that merge with the {@code i} of {@code gi}: {@code gì, gìn, giết, giêng}. */
    private static final String[][] GI_MERGED_RHYMES = {
        {"i", "- ch m n nh p t"},
        {"iê", "c m n ng p t u"},
    };

    // ---- value layout (int) -----------------------------------------------------------------
    static final int ONSET_SHIFT = 0;        // 5 bits
    static final int MEDIAL_SHIFT = 5;       // 2 bits
    static final int NUCLEUS_SHIFT = 7;      // 5 bits
    static final int CODA_SHIFT = 12;        // 4 bits
    static final int TRAD_SHIFT = 16;        // 3 bits
    static final int MODERN_SHIFT = 19;      // 3 bits
    static final int STOP_BIT = 1 << 22;
    static final int MERGED_BIT = 1 << 23;

    // ---- parse code layout (long) -------------------------------------------------------------
    static final int TONE_SHIFT = 32;        // 3 bits
    static final int MARKS_SHIFT = 35;       // 3 bits, tone marks seen (capped at 7)
    static final int MARK_INDEX_SHIFT = 38;  // 4 bits, letter index of the (last) tone mark
    static final int LETTERS_SHIFT = 42;     // 4 bits, letter count
    static final long NONE = -1L;
    private static final int MAX_LETTERS = 12;

    // ---- the table ---------------------------------------------------------------------------
    private static final int CAPACITY = 1 << 14;
    private static final long[] KEYS = new long[CAPACITY];
    private static final int[] VALUES = new int[CAPACITY];
    private static final String[] SPELLINGS;
    private static final int[] SPELLING_VALUES;

    static {
        Generator g = new Generator();
        g.generate();
        SPELLINGS = g.spellings.toArray(new String[0]);
        SPELLING_VALUES = new int[g.values.size()];
        for (int i = 0; i < SPELLING_VALUES.length; i++) {
            SPELLING_VALUES[i] = g.values.get(i);
        }
    }

    private Syllables() {
    }

    /** Builds the table from the rules. */
    private static final class Generator {
        final List<String> spellings = new ArrayList<>();
        final List<Integer> values = new ArrayList<>();

        void generate() {
            for (int o = 0; o < ONSETS.length; o++) {
                String onset = ONSETS[o];
                if (onset.equals("gi")) {
                    for (String[] r : GI_MERGED_RHYMES) {
                        for (String coda : codas(r[1])) {
                            add(o, 0, r[0], coda, true);
                        }
                    }
                }
                if (onset.equals("qu")) {
                    for (String[] r : MEDIAL_RHYMES) {
                        if (!r[0].equals("ya")) {
                            for (String coda : codas(r[1])) {
                                add(o, 0, r[0], coda, false);
                            }
                        }
                    }
                    for (String[] r : QU_EXTRA_RHYMES) {
                        for (String coda : codas(r[1])) {
                            add(o, 0, r[0], coda, false);
                        }
                    }
                    continue;
                }
                for (String[] r : PLAIN_RHYMES) {
                    if (plainAllowed(onset, r[0])) {
                        for (String coda : codas(r[1])) {
                            add(o, 0, r[0], coda, false);
                        }
                    }
                }
                if (inList(MEDIAL_ONSETS, onset)) {
                    for (String[] r : MEDIAL_RHYMES) {
                        int medial = "aăe".contains(r[0]) ? 1 : 2;
                        for (String coda : codas(r[1])) {
                            add(o, medial, r[0], coda, false);
                        }
                    }
                }
            }
        }

        /** The codas of a list; {@code k} comes wherever {@code c} does (Đắk Lắk, Krông Búk). */
        /** Whether {@code onset} is in a space-separated list, {@code -} standing for no onset. */
        private static boolean inList(String list, String onset) {
            String item = onset.isEmpty() ? "-" : onset;
            for (String x : list.split(" ")) {
                if (x.equals(item)) {
                    return true;
                }
            }
            return false;
        }

        private static String[] codas(String list) {
            List<String> out = new ArrayList<>();
            for (String c : list.split(" ")) {
                out.add(c.equals("-") ? "" : c);
                if (c.equals("c")) {
                    out.add("k");
                }
            }
            return out.toArray(new String[0]);
        }

        private static boolean front(String nucleus) {
            char c = nucleus.charAt(0);
            return c == 'i' || c == 'y' || c == 'e' || c == 'ê';
        }

        /** Whether {@code onset} may precede {@code nucleus} with no medial. */
        private static boolean plainAllowed(String onset, String nucleus) {
            boolean front = front(nucleus);
            switch (onset) {
                case "k":
                    // k before a back vowel only in names and loans: Bắc Kạn, Kon Tum, Mê Kông, ka(raoke)
                    if (!front && !(nucleus.length() == 1 && "aăâoôơuư".contains(nucleus))) {
                        return false;
                    }
                    break;
                case "gh":
                case "ngh":
                    if (!front) {
                        return false;
                    }
                    break;
                case "c":
                case "g":
                case "ng":
                    if (front) {
                        return false;
                    }
                    break;
                case "gi":
                    if (nucleus.charAt(0) == 'i' || nucleus.charAt(0) == 'y') {
                        return false;
                    }
                    break;
                default:
                    break;
            }
            if (nucleus.equals("yê")) {
                return onset.isEmpty();
            }
            if (nucleus.equals("iê")) {
                return !onset.isEmpty();
            }
            if (nucleus.equals("y")) {
                return inList(BARE_Y_ONSETS, onset);
            }
            return true;
        }

        private void add(int onsetId, int medial, String nucleus, String coda, boolean merged) {
            String onset = ONSETS[onsetId];
            String onsetWritten = merged ? "g" : onset;
            String medialWritten = MEDIALS[medial];
            String spelling = onsetWritten.concat(medialWritten).concat(nucleus).concat(coda);
            int nucleusStart = onsetWritten.length() + medialWritten.length();
            boolean second = nucleus.equals("iê") || nucleus.equals("yê") || nucleus.equals("uô")
                    || nucleus.equals("ươ") || nucleus.equals("oo");
            int modern = nucleusStart + (second ? 1 : 0);
            int trad = medial != 0 && coda.isEmpty() && (nucleus.equals("a") || nucleus.equals("e") || nucleus.equals("y"))
                    ? onsetWritten.length() : modern;
            int codaId = indexOf(CODAS, coda);
            boolean stop = coda.equals("p") || coda.equals("t") || coda.equals("c") || coda.equals("ch") || coda.equals("k");
            int value = onsetId << ONSET_SHIFT | medial << MEDIAL_SHIFT | indexOf(NUCLEI, nucleus) << NUCLEUS_SHIFT
                    | codaId << CODA_SHIFT | trad << TRAD_SHIFT | modern << MODERN_SHIFT
                    | (stop ? STOP_BIT : 0) | (merged ? MERGED_BIT : 0);
            long key = 0;
            for (int i = 0; i < spelling.length(); i++) {
                key |= (long) letter(spelling.charAt(i)) << (5 * i);
            }
            if (insert(key, value)) {
                if (spellings.size() >= CAPACITY / 2) {
                    throw new IllegalStateException("syllable table too small");
                }
                spellings.add(spelling);
                values.add(value);
            }
        }

        private static int indexOf(String[] a, String s) {
            for (int i = 0; i < a.length; i++) {
                if (a[i].equals(s)) {
                    return i;
                }
            }
            throw new IllegalArgumentException(s);
        }
    }

    private static int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 50) & (CAPACITY - 1);
    }

    /** Inserts unless present; returns whether inserted. */
    private static boolean insert(long key, int value) {
        int i = slot(key);
        while (KEYS[i] != 0) {
            if (KEYS[i] == key) {
                return false;
            }
            i = (i + 1) & (CAPACITY - 1);
        }
        KEYS[i] = key;
        VALUES[i] = value;
        return true;
    }

    /** The value for {@code key}, or -1. */
    private static int lookup(long key) {
        int i = slot(key);
        long k;
        while ((k = KEYS[i]) != 0) {
            if (k == key) {
                return VALUES[i];
            }
            i = (i + 1) & (CAPACITY - 1);
        }
        return -1;
    }

    // ---- public API -------------------------------------------------------------------------

    /**
     * Parses {@code s[start, end)} into a packed code, or {@link #NONE} when its letters (tone
     * marks aside) are not one syllable. Lenient about the tone: the code records the tone, how
     * many tone marks were seen and on which letter, so callers can repair misplaced marks.
     */
    static long code(CharSequence s, int start, int end) {
        int n = end - start;
        if (n <= 0 || n > 2 * MAX_LETTERS) {
            return NONE;
        }
        long key = 0;
        int letters = 0;
        int tone = 0;
        int marks = 0;
        int markIndex = 15;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c >= TABLE_SIZE) {
                return NONE;
            }
            int v = CHARS[c];
            int kind = v & KIND_MASK;
            if (kind == KIND_LETTER) {
                if (letters == MAX_LETTERS) {
                    return NONE;
                }
                key |= (long) (v & 31) << (5 * letters);
                letters++;
                int t = (v >>> 5) & 7;
                if (t != 0) {
                    tone = t;
                    marks++;
                    markIndex = letters - 1;
                }
            } else if (kind == KIND_TONE) {
                if (letters == 0) {
                    return NONE;
                }
                tone = (v >>> 5) & 7;
                marks++;
                markIndex = letters - 1;
            } else if (kind == KIND_MODIFIER) {
                if (letters == 0) {
                    return NONE;
                }
                int shift = 5 * (letters - 1);
                int last = (int) (key >>> shift) & 31;
                int modified = MODIFIED[last * 4 + (v & 3)];
                if (modified == 0) {
                    return NONE;
                }
                key = key & ~(31L << shift) | (long) modified << shift;
            } else {
                return NONE;
            }
        }
        int value = lookup(key);
        if (value < 0) {
            return NONE;
        }
        return (value & 0xFFFFFFFFL) | (long) tone << TONE_SHIFT | (long) Math.min(marks, 7) << MARKS_SHIFT
                | (long) markIndex << MARK_INDEX_SHIFT | (long) letters << LETTERS_SHIFT;
    }

    /** Whether a code from {@link #code} is a well-formed syllable: one tone mark at most, allowed by the coda, on a letter where one of the two styles puts it. */
    static boolean wellFormed(long code) {
        if (code == NONE) {
            return false;
        }
        int marks = (int) (code >>> MARKS_SHIFT) & 7;
        int tone = (int) (code >>> TONE_SHIFT) & 7;
        if ((code & STOP_BIT) != 0 && tone != Tone.ACUTE.ordinal() && tone != Tone.DOT.ordinal()) {
            return false;                       // p t c ch take only sắc and nặng (so "hoc" is not valid)
        }
        if (marks == 0) {
            return true;
        }
        if (marks > 1) {
            return false;
        }
        int at = (int) (code >>> MARK_INDEX_SHIFT) & 15;
        return at == ((code >>> TRAD_SHIFT) & 7) || at == ((code >>> MODERN_SHIFT) & 7);
    }

    /**
     * Whether {@code s[start, end)} is exactly one well-formed written Vietnamese syllable: valid
     * letters, at most one tone mark, a tone the coda allows, the mark where the traditional or the
     * modern style puts it. Case-insensitive, NFC or decomposed; allocation-free.
     *
     * @throws IndexOutOfBoundsException if the range is not within {@code s}
     */
    public static boolean isValid(CharSequence s, int start, int end) {
        Objects.checkFromToIndex(start, end, s.length());
        return wellFormed(code(s, start, end));
    }

    /** Whether the whole of {@code s} is one well-formed Vietnamese syllable; see {@link #isValid(CharSequence, int, int)}. */
    public static boolean isValid(CharSequence s) {
        return isValid(s, 0, s.length());
    }

    /**
     * Whether the letters of {@code s[start, end)}, tone marks aside, spell one syllable: accepts
     * misplaced or doubled tone marks ({@code hòan}, {@code Qúy}) and tones a stop coda does not
     * allow. Allocation-free.
     */
    public static boolean isSyllableLetters(CharSequence s, int start, int end) {
        Objects.checkFromToIndex(start, end, s.length());
        return code(s, start, end) != NONE;
    }

    /**
     * Parses {@code s[start, end)} into {@code parts} without allocating. Returns whether the
     * letters (tone marks aside) spell one syllable; then {@code parts} holds the result, including
     * {@link SyllableParts#isValid()} for well-formedness and the letter indices where each style
     * puts the tone. On {@code false}, {@code parts} is cleared.
     */
    public static boolean parse(CharSequence s, int start, int end, SyllableParts parts) {
        Objects.checkFromToIndex(start, end, s.length());
        long code = code(s, start, end);
        parts.set(code);
        return code != NONE;
    }

    /** Parses a well-formed syllable into an immutable {@link Syllable}; empty if {@code s} is not one. */
    public static Optional<Syllable> parse(CharSequence s) {
        long code = code(s, 0, s.length());
        if (!wellFormed(code)) {
            return Optional.empty();
        }
        SyllableParts p = new SyllableParts();
        p.set(code);
        return Optional.of(new Syllable(p.onset(), p.medial(), p.nucleus(), p.coda(), p.tone()));
    }

    /**
     * Calls {@code action} with every valid syllable, lower-case NFC, every tone the coda allows;
     * the open {@code oa oe uy} rhymes come in both placements ({@code hòa} and {@code hoà}). The
     * set is generated from the rules; the order is fixed.
     */
    public static void forEachValid(Consumer<String> action) {
        Objects.requireNonNull(action, "action");
        char[] buf = new char[MAX_LETTERS];
        for (int e = 0; e < SPELLINGS.length; e++) {
            String sp = SPELLINGS[e];
            int v = SPELLING_VALUES[e];
            boolean stop = (v & STOP_BIT) != 0;
            int trad = (v >>> TRAD_SHIFT) & 7;
            int modern = (v >>> MODERN_SHIFT) & 7;
            for (Tone t : Tone.values()) {
                if (t == Tone.LEVEL) {
                    if (!stop) {
                        action.accept(sp);
                    }
                    continue;
                }
                if (stop && !t.allowedAfterStop()) {
                    continue;
                }
                action.accept(withTone(sp, trad, t, buf));
                if (modern != trad) {
                    action.accept(withTone(sp, modern, t, buf));
                }
            }
        }
    }

    /** The number of distinct toneless spellings the rules generate. */
    public static int tonelessCount() {
        return SPELLINGS.length;
    }

    private static String withTone(String sp, int at, Tone t, char[] buf) {
        sp.getChars(0, sp.length(), buf, 0);
        buf[at] = composed(buf[at], t);
        return new String(buf, 0, sp.length());
    }

    /**
     * The lower-case letter {@code base} (one of {@code a ă â e ê i o ô ơ u ư y}) carrying tone
     * {@code t} as one NFC char, or {@code '\0'} if there is none.
     */
    public static char composed(char base, Tone t) {
        int i = LETTERS.indexOf(base);
        return i < 0 ? '\0' : COMPOSED[(i + 1) * 6 + t.ordinal()];
    }

    /**
     * The lower-case letter of a Vietnamese letter char with its tone mark removed ({@code 'Ế'} →
     * {@code 'ê'}, {@code 'đ'} → {@code 'đ'}), or {@code '\0'} if {@code c} is not a precomposed
     * Vietnamese letter.
     */
    public static char baseLetter(char c) {
        if (c >= TABLE_SIZE) {
            return '\0';
        }
        int v = CHARS[c];
        return (v & KIND_MASK) == KIND_LETTER ? LETTERS.charAt((v & 31) - 1) : '\0';
    }

    /** The tone carried by a precomposed Vietnamese letter char ({@code 'ế'} → ACUTE), {@code null} if none. */
    public static Tone toneOf(char c) {
        if (c >= TABLE_SIZE) {
            return null;
        }
        int v = CHARS[c];
        return (v & KIND_MASK) == KIND_LETTER ? Tone.of((v >>> 5) & 7) : null;
    }
}
