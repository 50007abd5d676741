package io.github.vietnorm.dictionaries;

import java.util.ArrayList;
import java.util.List;

/**
 * The parsed form of an abbreviation sense's context rule (the rule language is documented in
 * {@link Abbreviations} and at the top of {@code abbreviations.txt}). Immutable.
 */
final class ContextRule {
    static final int CODE_STATE = 1;
    static final int CODE_PARTY = 2;

    /** One alternative of a test: a phrase (lower-cased words) or a word class. */
    private static final class Alt {
        final String[] words; // lower-cased; null for a class
        final boolean[] capitalized; // the literal word starts with a capital: so must the text's
        final int cls;

        Alt(String[] words, boolean[] capitalized, int cls) {
            this.words = words;
            this.capitalized = capitalized;
            this.cls = cls;
        }
    }

    private static final int CLS_NUM = 1;
    private static final int CLS_NAME = 2;
    private static final int CLS_CAPS = 3;
    private static final int CLS_LOWER = 4;
    private static final int CLS_START = 5;
    private static final int CLS_END = 6;

    private static final class Test {
        final boolean negated;
        final boolean next;
        final Alt[] alts;

        Test(boolean negated, boolean next, Alt[] alts) {
            this.negated = negated;
            this.next = next;
            this.alts = alts;
        }
    }

    static final ContextRule ALWAYS = new ContextRule("always", true, false, CODE_STATE | CODE_PARTY, new Test[0][], false);
    static final ContextRule NEVER = new ContextRule("never", false, true, 0, new Test[0][], false);

    private final String source;
    private final boolean always;
    private final boolean never;
    private final int codeFamilies;
    private final Test[][] clauses;
    private final boolean expectsNumberAfter;

    private ContextRule(String source, boolean always, boolean never, int codeFamilies, Test[][] clauses,
            boolean expectsNumberAfter) {
        this.source = source;
        this.always = always;
        this.never = never;
        this.codeFamilies = codeFamilies;
        this.clauses = clauses;
        this.expectsNumberAfter = expectsNumberAfter;
    }

    String source() {
        return source;
    }

    boolean isAlways() {
        return always;
    }

    boolean isNever() {
        return never;
    }

    /** Whether some clause applies to running text (not only to document codes). */
    boolean appliesToText() {
        return always || clauses.length > 0;
    }

    boolean appliesInCode(boolean party) {
        return (codeFamilies & (party ? CODE_PARTY : CODE_STATE)) != 0;
    }

    boolean expectsNumberAfter() {
        return expectsNumberAfter;
    }

    /**
     * Parses a rule.
     *
     * @throws IllegalArgumentException with a message without location (the caller adds it)
     */
    static ContextRule parse(String text) {
        String rule = text.strip();
        if (rule.isEmpty() || rule.equals("always")) {
            return ALWAYS;
        }
        if (rule.equals("never")) {
            return NEVER;
        }
        int families = 0;
        List<Test[]> clauses = new ArrayList<>();
        boolean expectsNumber = false;
        boolean always = false;
        for (String clauseText : rule.split(";", -1)) {
            String clause = clauseText.strip();
            if (clause.isEmpty()) {
                throw new IllegalArgumentException("empty clause in rule '" + rule + "'");
            }
            switch (clause) {
                case "always": // "next:<num> ; always": always, and a number may follow
                    always = true;
                    continue;
                case "code":
                    families |= CODE_STATE | CODE_PARTY;
                    continue;
                case "code:state":
                    families |= CODE_STATE;
                    continue;
                case "code:party":
                    families |= CODE_PARTY;
                    continue;
                case "never":
                    throw new IllegalArgumentException("'never' cannot be combined with other clauses");
                default:
                    break;
            }
            if (clause.startsWith("code")) {
                throw new IllegalArgumentException("unknown code rule '" + clause + "' (code, code:state or code:party)");
            }
            List<Test> tests = new ArrayList<>();
            for (String t : clause.split("\\s+")) {
                Test test = parseTest(t);
                tests.add(test);
                if (test.next && !test.negated) {
                    for (Alt a : test.alts) {
                        expectsNumber |= a.cls == CLS_NUM;
                    }
                }
            }
            clauses.add(tests.toArray(new Test[0]));
        }
        if (always) {
            return new ContextRule(rule, true, false, CODE_STATE | CODE_PARTY, new Test[0][], expectsNumber);
        }
        return new ContextRule(rule, false, false, families, clauses.toArray(new Test[0][]), expectsNumber);
    }

    private static Test parseTest(String t) {
        boolean negated = t.startsWith("!");
        String body = negated ? t.substring(1) : t;
        boolean next;
        if (body.startsWith("prev:")) {
            next = false;
        } else if (body.startsWith("next:")) {
            next = true;
        } else {
            throw new IllegalArgumentException("unknown test '" + t + "' (prev:…, next:…, !prev:…, !next:…, code, always, never)");
        }
        String list = body.substring(5);
        if (list.isEmpty()) {
            throw new IllegalArgumentException("empty word list in '" + t + "'");
        }
        List<Alt> alts = new ArrayList<>();
        for (String a : list.split(",", -1)) {
            if (a.isEmpty()) {
                throw new IllegalArgumentException("empty alternative in '" + t + "'");
            }
            alts.add(parseAlt(a, t));
        }
        return new Test(negated, next, alts.toArray(new Alt[0]));
    }

    private static Alt parseAlt(String a, String test) {
        if (a.startsWith("<")) {
            switch (a) {
                case "<num>":
                    return new Alt(null, null, CLS_NUM);
                case "<Name>":
                    return new Alt(null, null, CLS_NAME);
                case "<CAPS>":
                    return new Alt(null, null, CLS_CAPS);
                case "<lower>":
                    return new Alt(null, null, CLS_LOWER);
                case "<start>":
                    return new Alt(null, null, CLS_START);
                case "<end>":
                    return new Alt(null, null, CLS_END);
                default:
                    throw new IllegalArgumentException("unknown word class '" + a + "' in '" + test
                            + "' (<num>, <Name>, <CAPS>, <lower>, <start>, <end>)");
            }
        }
        String[] words = a.split("_", -1);
        boolean[] capitalized = new boolean[words.length];
        for (int i = 0; i < words.length; i++) {
            if (words[i].isEmpty()) {
                throw new IllegalArgumentException("empty word in '" + a + "'");
            }
            capitalized[i] = Character.isUpperCase(words[i].charAt(0));
            words[i] = lower(words[i]);
        }
        return new Alt(words, capitalized, 0);
    }

    private static String lower(String w) {
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            b.append(Character.toLowerCase(w.charAt(i)));
        }
        return b.toString();
    }

    /** Whether the rule holds for the abbreviation at {@code text[start, end)} in running text. */
    boolean matches(CharSequence text, int start, int end) {
        if (always) {
            return true;
        }
        for (Test[] clause : clauses) {
            if (clauseHolds(clause, text, start, end)) {
                return true;
            }
        }
        return false;
    }

    private static boolean clauseHolds(Test[] clause, CharSequence text, int start, int end) {
        for (Test t : clause) {
            boolean any = false;
            for (Alt a : t.alts) {
                if (t.next ? Words.matchesAfter(text, end, a.words, a.capitalized, a.cls)
                        : Words.matchesBefore(text, start, a.words, a.capitalized, a.cls)) {
                    any = true;
                    break;
                }
            }
            if (any == t.negated) {
                return false;
            }
        }
        return true;
    }

    /** Word scanning for the rule tests; allocation-free. */
    static final class Words {
        private Words() {
        }

        static boolean isWordChar(char c) {
            return Character.isLetterOrDigit(c) || c == '&' || isMark(c);
        }

        private static boolean isMark(char c) {
            int t = Character.getType(c);
            return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
        }

        /** Inner punctuation that joins parts of one word ({@code KT-XH}, {@code V/v}, {@code TP.HCM}). */
        private static boolean isJoiner(char c) {
            return c == '-' || c == '/' || c == '.';
        }

        private static boolean isSpace(char c) {
            return c == ' ' || c == '\t' || c == '\u00A0';
        }

        private static boolean isLineBreak(char c) {
            return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
        }

        /** Start of the word ending just before {@code pos} (after spaces and one ':' or ','), or -1. */
        private static int wordBefore(CharSequence s, int pos, int[] endOut) {
            int p = pos;
            while (p > 0 && isSpace(s.charAt(p - 1))) {
                p--;
            }
            if (p > 0 && s.charAt(p - 1) == ':') {
                p--;
                while (p > 0 && isSpace(s.charAt(p - 1))) {
                    p--;
                }
            }
            int e = p;
            // a word may end with dots (TP., TM.)
            while (p > 0 && s.charAt(p - 1) == '.') {
                p--;
            }
            if (p == 0 || !isWordChar(s.charAt(p - 1))) {
                return -1;
            }
            while (p > 0) {
                char c = s.charAt(p - 1);
                if (isWordChar(c)) {
                    p--;
                } else if (isJoiner(c) && p >= 2 && isWordChar(s.charAt(p - 2))) {
                    p--;
                } else {
                    break;
                }
            }
            endOut[0] = e;
            return p;
        }

        /** End of the word starting after {@code pos} (after spaces), or -1; its start in startOut. */
        private static int wordAfter(CharSequence s, int pos, int[] startOut) {
            int n = s.length();
            int p = pos;
            while (p < n && isSpace(s.charAt(p))) {
                p++;
            }
            if (p < n && s.charAt(p) == ':') {
                p++;
                while (p < n && isSpace(s.charAt(p))) {
                    p++;
                }
            }
            if (p >= n || !isWordChar(s.charAt(p))) {
                return -1;
            }
            int b = p;
            while (p < n) {
                char c = s.charAt(p);
                if (isWordChar(c)) {
                    p++;
                } else if (isJoiner(c) && p + 1 < n && isWordChar(s.charAt(p + 1))) {
                    p++;
                } else {
                    break;
                }
            }
            while (p < n && s.charAt(p) == '.') {
                p++; // trailing dots belong to the word (TP., PGS.); literals without a dot still match
            }
            startOut[0] = b;
            return p;
        }

        static boolean matchesBefore(CharSequence s, int start, String[] words, boolean[] caps, int cls) {
            int[] end = new int[1];
            if (cls == CLS_START) {
                return atStart(s, start);
            }
            if (cls != 0) {
                int b = wordBefore(s, start, end);
                return b >= 0 && isClass(s, b, end[0], cls);
            }
            int pos = start;
            for (int w = words.length - 1; w >= 0; w--) {
                int b = wordBefore(s, pos, end);
                if (b < 0 || !equalsWord(s, b, end[0], words[w], caps[w])) {
                    return false;
                }
                pos = b;
            }
            return true;
        }

        static boolean matchesAfter(CharSequence s, int end, String[] words, boolean[] caps, int cls) {
            int[] start = new int[1];
            if (cls == CLS_END) {
                return atEnd(s, end);
            }
            if (cls != 0) {
                int e = wordAfter(s, end, start);
                return e >= 0 && isClass(s, start[0], e, cls);
            }
            int pos = end;
            for (int w = 0; w < words.length; w++) {
                int e = wordAfter(s, pos, start);
                if (e < 0 || !equalsWord(s, start[0], e, words[w], caps[w])) {
                    return false;
                }
                pos = e;
            }
            return true;
        }

        /** Nothing before on the line, or sentence punctuation. */
        static boolean atStart(CharSequence s, int start) {
            int p = start;
            while (p > 0 && isSpace(s.charAt(p - 1))) {
                p--;
            }
            if (p == 0) {
                return true;
            }
            char c = s.charAt(p - 1);
            return isLineBreak(c) || ".!?;:([\"“‘'…".indexOf(c) >= 0;
        }

        /** Nothing after on the line, or punctuation. */
        static boolean atEnd(CharSequence s, int end) {
            int p = end;
            while (p < s.length() && isSpace(s.charAt(p))) {
                p++;
            }
            if (p == s.length()) {
                return true;
            }
            char c = s.charAt(p);
            return isLineBreak(c) || ".,!?;:)]\"”’'…".indexOf(c) >= 0;
        }

        /**
         * Case-insensitive comparison, except that a capitalized literal needs a capitalized word
         * ({@code Vụ} does not match the {@code vụ} of {@code dịch vụ}); a word's trailing dots may
         * be left out of the literal.
         */
        private static boolean equalsWord(CharSequence s, int b, int e, String lower, boolean capitalized) {
            if (capitalized && !Character.isUpperCase(s.charAt(b))) {
                return false;
            }
            int len = e - b;
            if (len != lower.length()) {
                int trimmed = e;
                while (trimmed > b && s.charAt(trimmed - 1) == '.') {
                    trimmed--;
                }
                if (trimmed - b != lower.length()) {
                    return false;
                }
                e = trimmed;
            }
            for (int i = b; i < e; i++) {
                if (Character.toLowerCase(s.charAt(i)) != lower.charAt(i - b)) {
                    return false;
                }
            }
            return true;
        }

        private static boolean isClass(CharSequence s, int b, int e, int cls) {
            char first = s.charAt(b);
            switch (cls) {
                case CLS_NUM:
                    return Character.isDigit(first);
                case CLS_LOWER:
                    return Character.isLowerCase(first);
                case CLS_NAME: {
                    if (!Character.isUpperCase(first)) {
                        return false;
                    }
                    for (int i = b + 1; i < e; i++) {
                        if (Character.isLowerCase(s.charAt(i))) {
                            return true;
                        }
                    }
                    return false;
                }
                case CLS_CAPS:
                    return isAllCaps(s, b, e);
                default:
                    return false;
            }
        }

        /** At least two letters, none in lower case. */
        static boolean isAllCaps(CharSequence s, int b, int e) {
            int letters = 0;
            for (int i = b; i < e; i++) {
                char c = s.charAt(i);
                if (Character.isLowerCase(c)) {
                    return false;
                }
                if (Character.isLetter(c)) {
                    letters++;
                }
            }
            return letters >= 2;
        }
    }
}
