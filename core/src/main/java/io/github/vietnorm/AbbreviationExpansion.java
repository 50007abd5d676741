package io.github.vietnorm;

import io.github.vietnorm.dictionaries.Abbreviations;
import io.github.vietnorm.dictionaries.Abbreviations.Entry;
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
 * (KH&CN)}) is a definition and stays.
 * <li>Casing: the expansion's first letter is capitalized at the start of a sentence; inside an
 * all-capitals line the expansion is written in capitals ({@code ỨNG DỤNG KHOA HỌC VÀ CÔNG NGHỆ}).
 * </ul>
 */
final class AbbreviationExpansion implements Stage {
    private final Abbreviations dictionary;
    private final AbbreviationMode mode;
    private final Trie trie;

    private static volatile Trie standardTrie;

    AbbreviationExpansion(Abbreviations dictionary, AbbreviationMode mode) {
        this.dictionary = dictionary;
        this.mode = mode;
        this.trie = trieFor(dictionary);
    }

    private static Trie trieFor(Abbreviations d) {
        if (d == Abbreviations.standard()) {
            Trie t = standardTrie;
            if (t == null) {
                t = new Trie(d);
                standardTrie = t;
            }
            return t;
        }
        return new Trie(d);
    }

    @Override
    public void apply(String s, TextRewriter out, StageContext context) {
        final int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (!trie.mayStart(c) || (i > 0 && !boundaryBefore(s, i))) {
                i++;
                continue;
            }
            int e = trie.longestMatch(s, i);
            if (e < 0) {
                i++;
                continue;
            }
            if (!isProtected(s, i, e, context)) {
                expand(s, i, e, out);
            }
            i = e;
        }
    }

    /** Whether {@code s[start, end)} lies in a protected span (URL, e-mail, document code, …). */
    private static boolean isProtected(String s, int start, int end, StageContext context) {
        return false;
    }

    private void expand(String s, int start, int end, TextRewriter out) {
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
            return;
        }
        String expansion = chosen.expansion();
        if (capitalsContext(s, start, end)) {
            expansion = expansion.toUpperCase(Locale.ROOT);
        } else if (sentenceStart(s, start) && Character.isLowerCase(expansion.charAt(0))) {
            expansion = Character.toUpperCase(expansion.charAt(0)) + expansion.substring(1);
        }
        if (mode == AbbreviationMode.KEEP_BOTH) {
            String shown = dictionary.isGarbled(spelling) ? chosen.abbreviation() : spelling;
            expansion = expansion + " (" + shown + ")";
        }
        out.replace(start, end, expansion, EditReason.ABBREVIATION_EXPANSION);
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

    /** {@code (KH&CN)} right after {@code Khoa học và Công nghệ}: a definition, kept as is. */
    private static boolean isDefinition(String s, int start, int end, List<Entry> senses) {
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

    private static final int NEUTRAL = 0;
    private static final int CAPS = 1;
    private static final int LOWER = 2;
    private static final int LOOK = 8; // punctuation skipped when looking for a neighbour

    /** Whether the neighbouring words are in capitals: then the expansion is written in capitals. */
    private boolean capitalsContext(String s, int start, int end) {
        int before = neighbourBefore(s, start);
        if (before == LOWER) {
            return false;
        }
        int after = neighbourAfter(s, end);
        return after != LOWER && (before == CAPS || after == CAPS);
    }

    private int neighbourBefore(String s, int start) {
        int p = start;
        int limit = Math.max(0, start - LOOK);
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
        return classify(s, p, e);
    }

    private int neighbourAfter(String s, int end) {
        int n = s.length();
        int p = end;
        int limit = Math.min(n, end + LOOK);
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
        return classify(s, b, p);
    }

    private int classify(String s, int b, int e) {
        if (Character.isDigit(s.charAt(b))) {
            return NEUTRAL;
        }
        int letters = 0;
        for (int i = b; i < e; i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) {
                return LOWER;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        if (letters < 2 || (e - b <= 12 && dictionary.contains(s.substring(b, e)))) {
            return NEUTRAL;
        }
        return CAPS;
    }

    // ---- spelling trie -------------------------------------------------------------------------

    /** The dictionary's spellings (those with a sense usable in running text) in a compact trie. */
    static final class Trie {
        private static final int ROOT_TABLE = 0x2000;
        private final boolean[] rootChars = new boolean[ROOT_TABLE];
        private final char[][] labels;
        private final int[][] children;
        private final boolean[] terminal;

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

        private boolean highFirst;

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
