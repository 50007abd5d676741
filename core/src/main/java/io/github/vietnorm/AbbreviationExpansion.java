package io.github.vietnorm;

import io.github.vietnorm.dictionaries.Abbreviations;
import io.github.vietnorm.dictionaries.Abbreviations.Entry;
import io.github.vietnorm.dictionaries.Syllables;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Abbreviation stage (last, off by default): expands the abbreviations of an
 * {@link Abbreviations} dictionary where their context allows.
 *
 * <ul>
 * <li>Matching is exact-case, longest spelling first, on token boundaries: an abbreviation glued
 * to letters, digits or a code's {@code -}/{@code /} ({@code QĐ-UBND}, {@code 05-CT/TW}) is part of
 * a larger token and is left alone, and so is anything inside a protected span.
 * <li>An abbreviation directly followed by a number ({@code TCVN 5502:2003}, also after one
 * all-capitals word: {@code TCVN ISO 9001:2015}) is an identifier, unless the sense's rule names
 * {@code next:<num>} ({@code Q. 1}).
 * <li>The first sense whose context rule holds is used; with none, the abbreviation stays.
 * <li>An abbreviation in parentheses right after its own expansion ({@code Khoa học và Công nghệ
 * (KH&CN)}), or after {@code viết tắt là}, {@code ký hiệu là}, {@code gọi tắt là}, is being defined
 * and stays.
 * <li>Casing: the expansion's first letter is capitalized at the start of a sentence and after a
 * word naming a kind of body ({@code Cục CNTT} → {@code Cục Công nghệ thông tin}); inside an
 * all-capitals line the expansion is written in capitals ({@code ỨNG DỤNG KHOA HỌC VÀ CÔNG NGHỆ}),
 * and an abbreviation that is also a Vietnamese syllable ({@code TƯ}, {@code TU}, {@code ĐA}) is
 * there taken for the word and left alone ({@code HỘI NGHỊ LẦN THỨ TƯ}).
 * <li>Rules see the words around an abbreviation; the stage expands in passes until nothing more
 * changes, so normalizing twice gives the same text.
 * </ul>
 */
final class AbbreviationExpansion implements Stage {
    private final Abbreviations dictionary;
    private final AbbreviationMode mode;
    private final Trie trie;

    AbbreviationExpansion(Abbreviations dictionary, AbbreviationMode mode) {
        this.dictionary = dictionary;
        this.mode = mode;
        this.trie = dictionary == Abbreviations.standard() ? StandardTrie.INSTANCE : new Trie(dictionary);
    }

    /** The standard dictionary's trie, built once. */
    private static final class StandardTrie {
        static final Trie INSTANCE = new Trie(Abbreviations.standard());
    }

    /** Passes over the text at most (see {@link #apply}). */
    private static final int MAX_PASSES = 4;

    /**
     * Expands in passes until nothing more changes: a rule looks at the words around an
     * abbreviation, and expanding a neighbour can change what it sees ({@code TP HN} →
     * {@code TP Hà Nội} → {@code thành phố Hà Nội}). Iterating to a fixed point inside the stage
     * makes the normalizer idempotent; later passes only look at text the first pass left alone and
     * only run when the first changed something.
     */
    @Override
    public void apply(String s, TextRewriter out, StageContext context) {
        List<Replacement> done = collect(s, s, List.of(), context);
        if (done.isEmpty()) {
            return;
        }
        for (int pass = 1; pass < MAX_PASSES; pass++) {
            List<Replacement> more = collect(applyAll(s, done), s, done, context);
            if (more.isEmpty()) {
                break;
            }
            done = merge(done, more);
        }
        for (Replacement r : done) {
            out.replace(r.start, r.end, r.text, EditReason.ABBREVIATION_EXPANSION);
        }
    }

    /** A replacement of {@code input[start, end)}. */
    private static final class Replacement {
        final int start;
        final int end;
        final String text;

        Replacement(int start, int end, String text) {
            this.start = start;
            this.end = end;
            this.text = text;
        }
    }

    /**
     * Finds the expansions in {@code text}, which is {@code input} with the replacements
     * {@code applied} made; returns them in input coordinates. Matches touching an applied
     * replacement are skipped.
     */
    private List<Replacement> collect(String text, String input, List<Replacement> applied, StageContext context) {
        List<Replacement> found = List.of();
        final int n = text.length();
        int k = 0; // first applied replacement that ends after the current position (in text)
        long delta = 0; // text position - input position, before replacement k
        int tokenEnd = -1; // the space-delimited token last judged by looksLegacy, and the answer
        boolean tokenLegacy = false;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!trie.mayStart(c) || (i > 0 && !boundaryBefore(text, i))) {
                i++;
                continue;
            }
            int e = trie.longestMatch(text, i);
            if (e < 0) {
                i++;
                continue;
            }
            while (k < applied.size() && applied.get(k).start + delta + applied.get(k).text.length() <= i) {
                Replacement r = applied.get(k);
                delta += r.text.length() - (r.end - r.start);
                k++;
            }
            boolean touchesApplied = k < applied.size() && applied.get(k).start + delta < e;
            int a = (int) (i - delta);
            int b = (int) (e - delta);
            if (!touchesApplied && standsAlone(text, i, e)) {
                if (i >= tokenEnd) {
                    tokenEnd = tokenEnd(text, i);
                    tokenLegacy = looksLegacy(text, i, tokenEnd);
                }
                if (tokenLegacy) {
                    i = e;
                    continue;
                }
                // the rule first: it is cheaper than the span scan, which only then runs (once per text)
                String expansion = expansion(text, i, e);
                if (expansion != null && !isProtected(input, a, b, context)) {
                    if (found.isEmpty()) {
                        found = new ArrayList<>();
                    }
                    found.add(new Replacement(a, b, expansion));
                }
            }
            i = e;
        }
        return found;
    }

    private static String applyAll(String input, List<Replacement> rs) {
        StringBuilder b = new StringBuilder(input.length() + 64);
        int copied = 0;
        for (Replacement r : rs) {
            b.append(input, copied, r.start).append(r.text);
            copied = r.end;
        }
        return b.append(input, copied, input.length()).toString();
    }

    private static List<Replacement> merge(List<Replacement> a, List<Replacement> b) {
        List<Replacement> m = new ArrayList<>(a.size() + b.size());
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (j == b.size() || (i < a.size() && a.get(i).start < b.get(j).start)) {
                m.add(a.get(i++));
            } else {
                m.add(b.get(j++));
            }
        }
        return m;
    }

    /**
     * Whether {@code s[start, end)} touches a protected span (URL, e-mail, document code, standard,
     * …). The one exception: abbreviation spans ({@link ProtectedSpans#ABBREVIATION} such as
     * {@code KH&CN}, or a mixed-case {@link ProtectedSpans#NAME} such as {@code ThS} in
     * {@code ThS.}) lying wholly inside this dictionary spelling may be replaced with it.
     */
    private static boolean isProtected(String s, int start, int end, StageContext context) {
        ProtectedSpans spans = context.protectedSpans(s);
        for (int i = spans.firstEndingAfter(start); i < spans.size() && spans.start(i) < end; i++) {
            int kind = spans.kind(i);
            if (spans.start(i) < start || spans.end(i) > end
                    || (kind != ProtectedSpans.ABBREVIATION && kind != ProtectedSpans.NAME)) {
                return true;
            }
        }
        return false;
    }

    /** The text replacing the abbreviation at {@code s[start, end)}, or null to leave it. */
    private String expansion(String s, int start, int end) {
        String spelling = s.substring(start, end);
        List<Entry> senses = dictionary.senses(spelling);
        boolean numberAfter = followedByNumber(s, end);
        Entry chosen = null;
        for (Entry e : senses) {
            if (!e.appliesToText() || (numberAfter && !e.expectsNumberAfter())) {
                continue;
            }
            if (e.appliesAt(s, start, end)) {
                chosen = e;
                break;
            }
        }
        if (chosen == null || isDefinition(s, start, end, senses)) {
            return null;
        }
        String expansion = chosen.expansion();
        int before = neighbourBefore(s, start);
        int after = neighbourAfter(s, end);
        if ((before == CAPS || after == CAPS) && Syllables.isValid(s, start, end)) {
            return null; // TƯ, TU, ĐA next to words in capitals: the words tư, tu, đa
        }
        if (before != LOWER && after != LOWER && (before == CAPS || after == CAPS)) {
            expansion = expansion.toUpperCase(Locale.ROOT);
        } else if (Character.isLowerCase(expansion.charAt(0)) && (sentenceStart(s, start) || afterBodyName(s, start))) {
            expansion = Character.toUpperCase(expansion.charAt(0)) + expansion.substring(1);
        }
        if (mode == AbbreviationMode.KEEP_BOTH) {
            String shown = dictionary.isGarbled(spelling) ? chosen.abbreviation() : spelling;
            expansion = expansion + " (" + shown + ")";
        }
        return expansion;
    }

    // ---- boundaries -------------------------------------------------------------------------

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '&' || isMark(c);
    }

    private static boolean isMark(char c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '/' || c == '.' || c == '_' || c == '@' || c == ':' || c == '\u2013';
    }

    /** Whether a token may start at {@code i} (not inside a word or glued to a code's joiner). */
    static boolean boundaryBefore(String s, int i) {
        char p = s.charAt(i - 1);
        if (isWordChar(p)) {
            return false;
        }
        return !(isJoiner(p) && i >= 2 && isWordChar(s.charAt(i - 2)));
    }

    /** Whether a token may end at {@code e}. */
    static boolean boundaryAfter(String s, int e) {
        if (e >= s.length()) {
            return true;
        }
        char c = s.charAt(e);
        if (isWordChar(c)) {
            return false;
        }
        return !(isJoiner(c) && e + 1 < s.length() && isWordChar(s.charAt(e + 1)));
    }

    // ---- what the earlier stages would change ------------------------------------------------

    /*
     * The expansion is the last stage, so it may only write text the earlier stages leave as it is,
     * or a second pass changes it. Two things it writes can make them act: a word where there was
     * an abbreviation, which the spacing stage (RunTogetherSplitting) separates from glued
     * punctuation, percent signs and dashes where it left the abbreviation alone (c,Q. → c,quận →
     * c, quận; 0%ĐU → 0%Đảng ủy → 0% Đảng ủy; x -ĐU), and spaces, which cut the token around it:
     * the whitespace stage keeps a soft hyphen and the spacing stage adds no space inside a token
     * that still looks legacy-encoded (Latin-1 symbols, soft hyphen), and the cut leaves a part
     * without them (¸ĐU<SHY> → ¸Đảng ủy<SHY>, whose soft hyphen a second pass removes; µ»ĐU,qi →
     * µ»Đảng ủy,qi → ..., qi). So an abbreviation is expanded only where it stands alone, and
     * never inside a token that looks legacy-encoded (text the legacy repair left undecided).
     */

    /**
     * Whether the abbreviation {@code s[start, end)} is not glued to what the spacing stage would
     * separate from a word: {@code . , ; : ! ? %} before it, a dash with a space on one side only
     * between it and a letter ({@code x -ĐU}, {@code x- ĐU}, {@code ĐU- x}, {@code ĐU -x}: the
     * spacing stage adds the other space once both sides are syllables), and for a spelling ending
     * in a dot ({@code PGS.TS.}), punctuation after it.
     */
    static boolean standsAlone(String s, int start, int end) {
        if (start > 0) {
            char p = s.charAt(start - 1);
            if (p == '.' || p == ',' || p == ';' || p == ':' || p == '!' || p == '?' || p == '%') {
                return false;
            }
            if (start >= 3 && SpanScanner.isLetter(s.charAt(start - 3))
                    && (isDash(p) && s.charAt(start - 2) == ' ' || p == ' ' && isDash(s.charAt(start - 2)))) {
                return false; // "x -ĐU", "x- ĐU"
            }
        }
        if (end < s.length()) {
            char c = s.charAt(end);
            if (end + 2 < s.length() && SpanScanner.isLetter(s.charAt(end + 2))
                    && (isDash(c) && s.charAt(end + 1) == ' ' || c == ' ' && isDash(s.charAt(end + 1)))) {
                return false; // "ĐU- x", "ĐU -x"
            }
            if (!SpanScanner.isAlnum(s.charAt(end - 1))
                    && (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '\u2013' || c == '\u2014';
    }

    /** End of the token (up to a space or line feed, as the spacing stage sees it) holding {@code i}. */
    private static int tokenEnd(String s, int i) {
        int e = i;
        while (e < s.length() && s.charAt(e) != ' ' && s.charAt(e) != '\n') {
            e++;
        }
        return e;
    }

    /**
     * Whether the token ending at {@code end} around {@code i} holds a Latin-1 symbol Vietnamese text
     * does not use or a soft hyphen (the spacing stage's and the whitespace stage's test; the
     * token is the wider of theirs, so the answer errs towards leaving the abbreviation).
     */
    private static boolean looksLegacy(String s, int i, int end) {
        int b = i;
        while (b > 0 && s.charAt(b - 1) != ' ' && s.charAt(b - 1) != '\n') {
            b--;
        }
        for (int k = b; k < end; k++) {
            char c = s.charAt(k);
            if (c >= 0x80 && c <= 0xFF && (c == 0xAD || WhitespaceAndInvisibles.isLegacyMarker(c))) {
                return true;
            }
        }
        return false;
    }

    // ---- context -----------------------------------------------------------------------------

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0';
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\u000B' || c == '\u000C';
    }

    /** A number after spaces, or after one all-capitals word ({@code TCVN ISO 9001:2015}). */
    static boolean followedByNumber(String s, int end) {
        int n = s.length();
        int p = end;
        while (p < n && isSpace(s.charAt(p))) {
            p++;
        }
        if (p == end || p >= n) {
            return false;
        }
        if (Character.isDigit(s.charAt(p))) {
            return true;
        }
        int w = p;
        while (p < n && Character.isUpperCase(s.charAt(p))) {
            p++;
        }
        if (p - w < 2 || p >= n || !isSpace(s.charAt(p))) {
            return false;
        }
        while (p < n && isSpace(s.charAt(p))) {
            p++;
        }
        return p < n && Character.isDigit(s.charAt(p));
    }

    /** Phrases that introduce an abbreviation being defined ({@code viết tắt là UBND}). */
    private static final String[] DEFINING = {"viết tắt là", "ký hiệu là", "gọi tắt là", "viết tắt", "ký hiệu", "gọi tắt"};

    /**
     * A definition, kept as is: {@code (KH&CN)} right after {@code Khoa học và Công nghệ}, or an
     * abbreviation after {@code viết tắt là}, {@code ký hiệu là}, {@code gọi tắt là} (quotes allowed).
     */
    private static boolean isDefinition(String s, int start, int end, List<Entry> senses) {
        int q = start;
        while (q > 0 && (isSpace(s.charAt(q - 1)) || s.charAt(q - 1) == ':' || "\"“'‘«".indexOf(s.charAt(q - 1)) >= 0)) {
            q--;
        }
        for (String d : DEFINING) {
            int b = q - d.length();
            if (b >= 0 && s.regionMatches(true, b, d, 0, d.length()) && (b == 0 || !isWordChar(s.charAt(b - 1)))) {
                return true;
            }
        }
        if (start == 0 || s.charAt(start - 1) != '(' || end >= s.length() || s.charAt(end) != ')') {
            return false;
        }
        int p = start - 1;
        while (p > 0 && isSpace(s.charAt(p - 1))) {
            p--;
        }
        for (Entry e : senses) {
            String x = e.expansion();
            int b = p - x.length();
            if (b >= 0 && s.regionMatches(true, b, x, 0, x.length()) && (b == 0 || !isWordChar(s.charAt(b - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** At the start of a line or of a sentence (after {@code . ! ? …}), or after a line-start bullet. */
    static boolean sentenceStart(String s, int start) {
        int p = start;
        while (p > 0 && isSpace(s.charAt(p - 1))) {
            p--;
        }
        if (p == 0 || isLineBreak(s.charAt(p - 1))) {
            return true;
        }
        char c = s.charAt(p - 1);
        if (c == '.' || c == '!' || c == '?' || c == '…') {
            return p < start; // "năm 2022. UBND": a space after the stop
        }
        if (c == '-' || c == '+' || c == '•' || c == '*' || c == '–') {
            int q = p - 1;
            while (q > 0 && isSpace(s.charAt(q - 1))) {
                q--;
            }
            return q == 0 || isLineBreak(s.charAt(q - 1));
        }
        return false;
    }

    /** Words that name a kind of body: the name after them is capitalized ({@code Cục Công nghệ thông tin}). */
    private static final String[] BODIES = {"Trung tâm", "Chi cục", "Tổng cục", "Học viện", "Tạp chí", "Ủy ban", "Hội đồng",
        "Văn phòng", "Bệnh viện", "Cục", "Vụ", "Phòng", "Viện", "Ban", "Sở", "Bộ", "Hội", "Khoa", "Trường", "Đài", "Quỹ"};

    /** Whether the words just before {@code start} (spaces only between) name a kind of body. */
    static boolean afterBodyName(String s, int start) {
        int p = start;
        while (p > 0 && s.charAt(p - 1) == ' ') {
            p--;
        }
        if (p == start) {
            return false;
        }
        for (String body : BODIES) {
            int b = p - body.length();
            if (b >= 0 && s.startsWith(body, b) && (b == 0 || !isWordChar(s.charAt(b - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static final int NEUTRAL = 0;
    private static final int CAPS = 1;
    private static final int LOWER = 2;
    private static final int LOOK = 8; // punctuation skipped when looking for a neighbour

    private static final int SPELLING = 3;
    private static final int HOPS = 3; // abbreviations skipped when looking for a neighbour

    /** The case of the nearest word before {@code start} on the line that is not an abbreviation. */
    private int neighbourBefore(String s, int start) {
        int p = start;
        for (int hop = 0; hop < HOPS; hop++) {
            int limit = Math.max(0, p - LOOK);
            while (p > limit && !isWordChar(s.charAt(p - 1)) && !isLineBreak(s.charAt(p - 1))) {
                p--;
            }
            if (p == 0 || !isWordChar(s.charAt(p - 1))) {
                return NEUTRAL;
            }
            int e = p;
            while (p > 0 && isWordChar(s.charAt(p - 1))) {
                p--;
            }
            int c = classify(s, p, e);
            if (c != SPELLING) {
                return c;
            }
        }
        return NEUTRAL;
    }

    /** The case of the nearest word after {@code end} on the line that is not an abbreviation. */
    private int neighbourAfter(String s, int end) {
        int n = s.length();
        int p = end;
        for (int hop = 0; hop < HOPS; hop++) {
            int limit = Math.min(n, p + LOOK);
            while (p < limit && !isWordChar(s.charAt(p)) && !isLineBreak(s.charAt(p))) {
                p++;
            }
            if (p >= n || !isWordChar(s.charAt(p))) {
                return NEUTRAL;
            }
            int b = p;
            while (p < n && isWordChar(s.charAt(p))) {
                p++;
            }
            int c = classify(s, b, p);
            if (c != SPELLING) {
                return c;
            }
        }
        return NEUTRAL;
    }

    private int classify(String s, int b, int e) {
        if (Character.isDigit(s.charAt(b))) {
            return NEUTRAL;
        }
        int letters = 0;
        boolean roman = true;
        for (int i = b; i < e; i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) {
                return LOWER;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
            roman &= "IVXLCDM".indexOf(c) >= 0;
        }
        if (letters < 2 || roman) {
            return NEUTRAL; // "A", Roman numerals (khóa XIII)
        }
        if (e - b <= 12 && (dictionary.contains(s.substring(b, e))
                || (e < s.length() && s.charAt(e) == '.' && dictionary.contains(s.substring(b, e + 1))))) {
            return SPELLING; // an abbreviation (UBND, TL.) says nothing about the line's case: look further
        }
        // a Vietnamese word in capitals (GIÁM, BAN); an unknown acronym (UV, ISO) says nothing
        return Syllables.isValid(s, b, e) ? CAPS : NEUTRAL;
    }

    // ---- spelling trie -------------------------------------------------------------------------

    /** The dictionary's spellings (those with a sense usable in running text) in a compact trie. */
    static final class Trie {
        private static final int ROOT_TABLE = 0x2000;
        private final boolean[] rootChars = new boolean[ROOT_TABLE];
        private final char[][] labels;
        private final int[][] children;
        private final boolean[] terminal;
        private boolean highFirst;

        Trie(Abbreviations d) {
            List<Map<Character, Integer>> build = new ArrayList<>();
            List<Boolean> term = new ArrayList<>();
            build.add(new TreeMap<>());
            term.add(false);
            for (String sp : d.spellings()) {
                boolean usable = false;
                for (Entry e : d.senses(sp)) {
                    usable |= e.appliesToText();
                }
                if (!usable) {
                    continue;
                }
                int node = 0;
                for (int k = 0; k < sp.length(); k++) {
                    char c = sp.charAt(k);
                    Integer nx = build.get(node).get(c);
                    if (nx == null) {
                        nx = build.size();
                        build.add(new TreeMap<>());
                        term.add(false);
                        build.get(node).put(c, nx);
                    }
                    node = nx;
                }
                term.set(node, true);
                char first = sp.charAt(0);
                if (first < ROOT_TABLE) {
                    rootChars[first] = true;
                }
            }
            labels = new char[build.size()][];
            children = new int[build.size()][];
            terminal = new boolean[build.size()];
            for (int i = 0; i < build.size(); i++) {
                Map<Character, Integer> m = build.get(i);
                labels[i] = new char[m.size()];
                children[i] = new int[m.size()];
                int k = 0;
                for (Map.Entry<Character, Integer> en : m.entrySet()) {
                    labels[i][k] = en.getKey();
                    children[i][k] = en.getValue();
                    k++;
                }
                terminal[i] = term.get(i);
            }
            // first characters beyond the table are rare (none in the standard file): allow them all
            for (char c : labels[0]) {
                if (c >= ROOT_TABLE) {
                    highFirst = true;
                }
            }
        }

        boolean mayStart(char c) {
            return c < ROOT_TABLE ? rootChars[c] : highFirst;
        }

        /** End of the longest spelling starting at {@code start} that ends on a token boundary, or -1. */
        int longestMatch(String s, int start) {
            int node = 0;
            int best = -1;
            for (int i = start; i < s.length(); i++) {
                char[] l = labels[node];
                int k = java.util.Arrays.binarySearch(l, s.charAt(i));
                if (k < 0) {
                    break;
                }
                node = children[node][k];
                if (terminal[node] && boundaryAfter(s, i + 1)) {
                    best = i + 1;
                }
            }
            return best;
        }
    }
}
