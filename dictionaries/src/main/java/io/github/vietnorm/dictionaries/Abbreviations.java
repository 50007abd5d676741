package io.github.vietnorm.dictionaries;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An abbreviation dictionary: each abbreviation ({@code UBND}, {@code KH&CN}, {@code QyĐ}) with its
 * senses — expansion, category and the context rule that decides when the sense applies — and its
 * variant spellings ({@code KHCN}, {@code KH-CN}, the garbled {@code KHC&N}). Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * Abbreviations std = Abbreviations.standard();
 * std.senses("UBND").get(0).expansion();          // "Ủy ban nhân dân"
 * std.canonical("KHC&N");                         // Optional["KH&CN"]
 * std.isGarbled("KHC&N");                         // true
 *
 * // a user's own entries, over the standard ones
 * Abbreviations mine = std.withOverrides(Abbreviations.load(Path.of("my-abbreviations.txt")));
 * }</pre>
 *
 * <h2>File format</h2>
 * UTF-8 text, one <em>sense</em> per line; blank lines and lines starting with {@code #} are
 * ignored:
 * <pre>
 * abbreviation | expansion | category | rule | variants
 * UBND   | Ủy ban nhân dân  | state   | always
 * CT     | Chủ tịch         | title   | next:UBND,HĐND,nước
 * CT     | Chỉ thị          | doctype | next:số ; code
 * KH&amp;CN  | Khoa học và Công nghệ | ministry | prev:Sở,Bộ | KHCN, KH-CN, !KHC&amp;N
 * KH&amp;CN  | khoa học và công nghệ | ministry | always
 * </pre>
 * <ul>
 * <li><b>abbreviation</b>: the exact, case-sensitive spelling (inner spaces allowed: {@code BCH TW}).
 * <li><b>expansion</b>: the full form as written inside a sentence (proper names capitalized,
 * common nouns in lower case).
 * <li><b>category</b>: one of the {@link Category} names in lower case ({@code doctype},
 * {@code copy}, {@code signature}, {@code state}, {@code ministry}, {@code unit}, {@code party},
 * {@code organization}, {@code term}, {@code title}, {@code place}).
 * <li><b>rule</b> (optional, default {@code always}): {@code always}; {@code never}; {@code code},
 * {@code code:state}, {@code code:party} (the sense names a part of a document code only); or tests
 * {@code prev:A,B} / {@code next:A,B} (the word or words, joined by {@code _}, just before or after
 * are one of the list; case-insensitive, except that a capitalized word in the rule needs a
 * capitalized word in the text, so {@code Vụ} is not the {@code vụ} of {@code dịch vụ}; only spaces
 * and one {@code :} may come between), negated with {@code !}, with the word classes {@code <num>}
 * (a number), {@code <Name>} (a capitalized word), {@code <CAPS>} (all capitals), {@code <lower>},
 * {@code <start>} (start of line or sentence), {@code <end>} (end of line or punctuation).
 * Tests separated by spaces must all hold; clauses separated by {@code ;} are alternatives. An
 * abbreviation followed by a number is an identifier ({@code TCVN 5502:2003}) unless a rule names
 * {@code next:<num>} ({@code Q. 1}).
 * <li><b>variants</b> (optional, on the first line of an abbreviation): other spellings, separated
 * by commas; a leading {@code !} marks a known garbled spelling.
 * </ul>
 * An abbreviation with several senses has consecutive lines, tried in order; a sense with rule
 * {@code always} must be its last. A bad line fails with
 * {@code IllegalArgumentException("file:line: reason")}: malformed line, unknown category, bad
 * rule, empty expansion, duplicate abbreviation or spelling, unreachable sense.
 */
public final class Abbreviations {

    /** What an abbreviation names. */
    public enum Category {
        /** A document type: Decree 30/2020 Appendix III codes and normative types ({@code NĐ}, {@code QĐ}). */
        DOCUMENT_TYPE("doctype"),
        /** A copy form ({@code SY}, {@code TrS}, {@code SL}). */
        COPY("copy"),
        /** A signature-block or letter mark ({@code TM.}, {@code KT.}, {@code V/v}). */
        SIGNATURE("signature"),
        /** A state body ({@code UBND}, {@code HĐND}, {@code VPCP}). */
        STATE("state"),
        /** A ministry, sector or provincial department ({@code BKHCN}, {@code KH&CN}, {@code SKHCN}). */
        MINISTRY("ministry"),
        /** A unit inside an agency, as in the last part of a công văn number ({@code VP}, {@code NC}). */
        UNIT("unit"),
        /** A Party body or term ({@code BCH}, {@code BCT}, {@code UBKT}, {@code CCQ}). */
        PARTY("party"),
        /** A mass or other organisation ({@code HLHPN}, {@code HĐQT}, {@code HTX}). */
        ORGANIZATION("organization"),
        /** A common administrative term ({@code CNTT}, {@code TTHC}, {@code KT-XH}). */
        TERM("term"),
        /** A title, degree or form of address ({@code PGS.TS.}, {@code ThS.}, {@code Đ/c}). */
        TITLE("title"),
        /** A place or administrative unit ({@code TP.}, {@code TP.HCM}, {@code P.}). */
        PLACE("place");

        private final String fileName;

        Category(String fileName) {
            this.fileName = fileName;
        }

        /** The name used in dictionary files ({@code doctype}, {@code state}, …). */
        public String fileName() {
            return fileName;
        }

        static Category fromFileName(String s) {
            for (Category c : values()) {
                if (c.fileName.equals(s)) {
                    return c;
                }
            }
            return null;
        }
    }

    /**
     * One sense of an abbreviation: a line of a dictionary file. Immutable.
     *
     * <pre>{@code
     * Abbreviations.Entry e = Abbreviations.standard().senses("CT").get(1);
     * e.expansion();                                  // "Chỉ thị"
     * e.appliesAt("theo CT số 05", 5, 7);             // true
     * }</pre>
     */
    public static final class Entry {
        private final String abbreviation;
        private final String expansion;
        private final Category category;
        private final ContextRule rule;
        private final String source;
        private List<String> variants = List.of();

        Entry(String abbreviation, String expansion, Category category, ContextRule rule, String source) {
            this.abbreviation = abbreviation;
            this.expansion = expansion;
            this.category = category;
            this.rule = rule;
            this.source = source;
        }

        /** The abbreviation's canonical spelling ({@code KH&CN}). */
        public String abbreviation() {
            return abbreviation;
        }

        /** The expansion, cased as inside a sentence ({@code Ủy ban nhân dân}, {@code công nghệ thông tin}). */
        public String expansion() {
            return expansion;
        }

        /** What the abbreviation names in this sense. */
        public Category category() {
            return category;
        }

        /** The context rule, as written in the file ({@code always}, {@code next:số ; code}). */
        public String rule() {
            return rule.source();
        }

        /** The other spellings of the abbreviation (garbled ones without their {@code !}). */
        public List<String> variants() {
            return variants;
        }

        /** Where the sense was defined ({@code abbreviations.txt:42}). */
        public String source() {
            return source;
        }

        /** Whether the rule is {@code always}. */
        public boolean isUnconditional() {
            return rule.isAlways();
        }

        /** Whether this sense may be expanded in running text at all (rule not {@code never} nor code-only). */
        public boolean appliesToText() {
            return rule.appliesToText();
        }

        /**
         * Whether this sense applies to the abbreviation found at {@code text[start, end)} in running
         * text, judging by its context rule (the words around it).
         */
        public boolean appliesAt(CharSequence text, int start, int end) {
            Objects.checkFromToIndex(start, end, text.length());
            return rule.matches(text, start, end);
        }

        /** Whether this sense names a part of a document code of a Party ({@code true}) or state document. */
        public boolean appliesInCode(boolean partyDocument) {
            return rule.appliesInCode(partyDocument);
        }

        /**
         * Whether the rule explicitly accepts a number after the abbreviation ({@code next:<num>});
         * otherwise an abbreviation followed by a number is an identifier and is left alone.
         */
        public boolean expectsNumberAfter() {
            return rule.expectsNumberAfter();
        }

        @Override
        public String toString() {
            return abbreviation + " | " + expansion + " | " + category.fileName() + " | " + rule.source();
        }
    }

    private static final String STANDARD_RESOURCE = "abbreviations.txt";

    /** canonical abbreviation → senses, in file order */
    private final Map<String, List<Entry>> senses;
    /** every spelling (canonical or variant) → canonical abbreviation */
    private final Map<String, String> canonical;
    private final Set<String> garbled;
    private final List<Entry> entries;

    private Abbreviations(Map<String, List<Entry>> senses, Map<String, String> canonical, Set<String> garbled) {
        this.senses = Collections.unmodifiableMap(senses);
        this.canonical = Collections.unmodifiableMap(canonical);
        this.garbled = Collections.unmodifiableSet(garbled);
        List<Entry> all = new ArrayList<>();
        for (List<Entry> l : senses.values()) {
            all.addAll(l);
        }
        this.entries = List.copyOf(all);
    }

    private static final class Holder {
        static final Abbreviations STANDARD = loadStandard();

        private static Abbreviations loadStandard() {
            try (InputStream in = Abbreviations.class.getResourceAsStream(STANDARD_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + STANDARD_RESOURCE);
                }
                return load(in, STANDARD_RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The dictionary shipped with vietnorm ({@code abbreviations.txt}). */
    public static Abbreviations standard() {
        return Holder.STANDARD;
    }

    /** An empty dictionary. */
    public static Abbreviations empty() {
        return new Abbreviations(new LinkedHashMap<>(), new LinkedHashMap<>(), Set.of());
    }

    /**
     * Loads a dictionary file (UTF-8).
     *
     * @throws IllegalArgumentException {@code "file:line: reason"} on a bad line
     */
    public static Abbreviations load(Path file) throws IOException {
        try (Reader r = newReader(Files.newInputStream(file))) {
            return load(r, file.getFileName() == null ? file.toString() : file.getFileName().toString());
        }
    }

    /**
     * Loads a dictionary from a UTF-8 stream (not closed).
     *
     * @param name the name used in error messages
     * @throws IllegalArgumentException {@code "name:line: reason"} on a bad line
     */
    public static Abbreviations load(InputStream in, String name) throws IOException {
        return load(newReader(in), name);
    }

    /**
     * Loads a dictionary from characters (not closed).
     *
     * @param name the name used in error messages
     * @throws IllegalArgumentException {@code "name:line: reason"} on a bad line
     */
    public static Abbreviations load(Reader reader, String name) throws IOException {
        Objects.requireNonNull(name, "name");
        BufferedReader r = reader instanceof BufferedReader ? (BufferedReader) reader : new BufferedReader(reader);
        Parser p = new Parser(name);
        String line;
        while ((line = r.readLine()) != null) {
            p.line(line);
        }
        return new Abbreviations(p.senses, p.canonical, p.garbled);
    }

    private static Reader newReader(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /** Parses one file, validating as it goes. */
    private static final class Parser {
        final String name;
        final Map<String, List<Entry>> senses = new LinkedHashMap<>();
        final Map<String, String> canonical = new LinkedHashMap<>();
        final java.util.HashSet<String> garbled = new java.util.HashSet<>();
        final Map<String, Integer> spellingLine = new java.util.HashMap<>();
        int lineNo;
        String lastKey;

        Parser(String name) {
            this.name = name;
        }

        IllegalArgumentException error(String reason) {
            return new IllegalArgumentException(name + ":" + lineNo + ": " + reason);
        }

        void line(String raw) {
            lineNo++;
            String line = raw;
            if (lineNo == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                return;
            }
            String[] f = t.split("\\|", -1);
            if (f.length < 3 || f.length > 5) {
                throw error("expected 'abbreviation | expansion | category [| rule [| variants]]', found "
                        + f.length + " field" + (f.length == 1 ? "" : "s"));
            }
            String key = f[0].strip();
            String expansion = f[1].strip();
            String cat = f[2].strip();
            if (key.isEmpty()) {
                throw error("empty abbreviation");
            }
            checkSpelling(key);
            if (expansion.isEmpty()) {
                throw error("empty expansion for '" + key + "'");
            }
            if (expansion.contains("  ")) {
                throw error("double space in expansion '" + expansion + "'");
            }
            Category category = Category.fromFileName(cat);
            if (category == null) {
                throw error("unknown category '" + cat + "' (expected one of " + categoryNames() + ")");
            }
            ContextRule rule;
            try {
                rule = ContextRule.parse(f.length > 3 ? f[3] : "");
            } catch (IllegalArgumentException e) {
                throw error("bad rule for '" + key + "': " + e.getMessage());
            }
            Entry entry = new Entry(key, expansion, category, rule, name + ":" + lineNo);
            List<Entry> list = senses.get(key);
            if (list == null) {
                Integer other = spellingLine.get(key);
                if (other != null) {
                    throw error("duplicate spelling '" + key + "' (already at line " + other + ")");
                }
                list = new ArrayList<>();
                senses.put(key, list);
                canonical.put(key, key);
                spellingLine.put(key, lineNo);
            } else {
                if (!key.equals(lastKey)) {
                    throw error("duplicate abbreviation '" + key + "' (first at " + list.get(0).source()
                            + "; the senses of an abbreviation must be on consecutive lines)");
                }
                Entry last = list.get(list.size() - 1);
                if (last.rule.isAlways()) {
                    throw error("unreachable sense of '" + key + "': " + last.source() + " already applies always");
                }
                for (Entry e : list) {
                    if (e.rule.source().equals(rule.source())) {
                        throw error("duplicate sense of '" + key + "' with rule '" + rule.source() + "' (" + e.source() + ")");
                    }
                }
            }
            list.add(entry);
            lastKey = key;
            if (f.length > 4 && !f[4].isBlank()) {
                if (list.size() > 1) {
                    throw error("variants of '" + key + "' belong on its first line (" + list.get(0).source() + ")");
                }
                List<String> vs = new ArrayList<>();
                for (String v : f[4].split(",", -1)) {
                    String s = v.strip();
                    boolean bad = s.startsWith("!");
                    if (bad) {
                        s = s.substring(1).strip();
                    }
                    if (s.isEmpty()) {
                        throw error("empty variant for '" + key + "'");
                    }
                    checkSpelling(s);
                    Integer other = spellingLine.get(s);
                    if (other != null) {
                        throw error("duplicate spelling '" + s + "' (already at line " + other + ")");
                    }
                    spellingLine.put(s, lineNo);
                    canonical.put(s, key);
                    if (bad) {
                        garbled.add(s);
                    }
                    vs.add(s);
                }
                entry.variants = List.copyOf(vs);
            } else if (list.size() > 1) {
                entry.variants = list.get(0).variants;
            }
        }

        private void checkSpelling(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isISOControl(c) || (Character.isWhitespace(c) && c != ' ')) {
                    throw error("control or non-ASCII space character in '" + s + "'");
                }
                if (c == ' ' && i + 1 < s.length() && s.charAt(i + 1) == ' ') {
                    throw error("double space in '" + s + "'");
                }
            }
        }
    }

    private static String categoryNames() {
        StringBuilder b = new StringBuilder();
        for (Category c : Category.values()) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(c.fileName());
        }
        return b.toString();
    }

    /**
     * This dictionary with {@code overrides} on top: every abbreviation defined in
     * {@code overrides} replaces all senses and variants of the same abbreviation here, and its
     * spellings take precedence over any spelling here.
     */
    public Abbreviations withOverrides(Abbreviations overrides) {
        Objects.requireNonNull(overrides, "overrides");
        Map<String, List<Entry>> s = new LinkedHashMap<>(senses);
        Map<String, String> c = new LinkedHashMap<>(canonical);
        Set<String> g = new java.util.HashSet<>(garbled);
        for (Map.Entry<String, String> e : overrides.canonical.entrySet()) {
            // a redefined abbreviation, or a standard abbreviation whose own spelling the user
            // gives to another abbreviation, loses all its senses and spellings
            for (String gone : new String[] {e.getValue(), e.getKey()}) {
                if (s.remove(gone) != null) {
                    c.values().removeIf(gone::equals);
                }
            }
        }
        c.keySet().removeAll(overrides.canonical.keySet());
        g.retainAll(c.keySet());
        s.putAll(overrides.senses);
        c.putAll(overrides.canonical);
        g.addAll(overrides.garbled);
        return new Abbreviations(s, c, g);
    }

    /** The senses of {@code spelling} (canonical or variant), in file order; empty if unknown. */
    public List<Entry> senses(String spelling) {
        String key = canonical.get(spelling);
        return key == null ? List.of() : senses.get(key);
    }

    /** The canonical spelling of {@code spelling} ({@code KHC&N} → {@code KH&CN}). */
    public Optional<String> canonical(String spelling) {
        return Optional.ofNullable(canonical.get(spelling));
    }

    /** Whether {@code spelling} is a known garbled spelling ({@code KHC&N}). */
    public boolean isGarbled(String spelling) {
        return garbled.contains(spelling);
    }

    /** Whether {@code spelling} is a known spelling (canonical or variant). */
    public boolean contains(String spelling) {
        return canonical.containsKey(spelling);
    }

    /** The canonical abbreviations, in file order. */
    public Set<String> abbreviations() {
        return senses.keySet();
    }

    /** Every known spelling: canonical abbreviations and their variants. */
    public Set<String> spellings() {
        return canonical.keySet();
    }

    /** Every sense, in file order. */
    public List<Entry> entries() {
        return entries;
    }

    /** The number of senses (dictionary lines). */
    public int size() {
        return entries.size();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Abbreviations[%d abbreviations, %d senses, %d spellings]",
                senses.size(), entries.size(), canonical.size());
    }
}
