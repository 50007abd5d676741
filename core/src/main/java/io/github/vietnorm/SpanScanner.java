package io.github.vietnorm;

/**
 * The single-pass scanner behind {@link ProtectedSpans}. At each token start (a letter or digit
 * after a character that is neither, or a digit right after a letter) it tries a fixed series of
 * hand-written matchers, each with bounded look-ahead; the first that matches yields a span and the
 * scan resumes after it, otherwise the scan skips the rest of the letter/digit run.
 */
final class SpanScanner {
    /** Look-ahead cap for every matcher but the scheme URL, which consumes what it scans. */
    private static final int CAP = 256;

    private static final String[] TLDS = {
        "vn", "com", "net", "org", "gov", "edu", "int", "info", "biz", "io", "asia", "mil", "ac", "co",
        "uk", "us", "jp", "cn", "kr", "fr", "de", "au", "eu", "ru", "sg", "la", "kh", "tv", "online", "site"
    };

    private static final String[] STANDARD_PREFIXES = {
        "TCVN", "TCXDVN", "TCXD", "TCN", "TCCS", "QCVN", "QCĐP", "ISO", "IEC", "ASTM", "EN", "IEEE",
        "JIS", "BS", "ANSI", "DIN", "AS", "ITU", "GB"
    };

    /** Unit suffixes kept with a number ({@code 10km}, {@code 20ha}); case-sensitive. */
    private static final String[] UNITS = {
        "km2", "km", "m2", "m3", "cm", "mm", "dm", "m", "ha", "kg", "mg", "g", "t", "l", "ml",
        "MW", "kW", "kWh", "KW", "W", "kV", "V", "Hz", "MHz", "GHz", "GB", "MB", "KB", "TB", "G",
        "USD", "VND", "VNĐ", "đ", "Đ", "tr", "ppm", "x", "D", "K"
    };

    /** Mixed-case abbreviation groups allowed in dotted abbreviations ({@code Tp.HCM}, {@code Th.S}). */
    private static final String[] DOTTED_MIXED = {"Tp", "Th", "Ths", "ThS", "Gs", "Ts", "Pgs", "Bs", "Ks", "Cn"};

    private CharSequence s;
    private int n;
    private final ProtectedSpans.Builder out = new ProtectedSpans.Builder();
    private byte kind;

    SpanScanner(CharSequence s) {
        this.s = s;
        this.n = s.length();
    }

    /** A scanner for {@link #scanInto}: one per thread, reused for text after text. */
    SpanScanner() {
        this("");
    }

    ProtectedSpans run() {
        scan();
        return out.build();
    }

    /**
     * Scans {@code text} into this scanner's own span list ({@link #spans()}, valid until the next
     * call) without allocating: the tokenizer's form of {@link ProtectedSpans#scan}, same spans.
     *
     * @return the number of spans
     */
    int scanInto(CharSequence text) {
        this.s = text;
        this.n = text.length();
        out.clear();
        scan();
        this.s = "";
        return out.size();
    }

    /** The spans of the last {@link #scanInto}. */
    ProtectedSpans.Builder spans() {
        return out;
    }

    private void scan() {
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (!isAlnum(c)) {
                i++;
                continue;
            }
            if (!isDigit(c)) {
                int plain = plainWordEnd(i);
                if (plain > 0) {
                    i = plain; // the common case: a word no matcher can start
                    continue;
                }
            }
            int end = isDigit(c) ? matchDigitStart(i) : matchLetterStart(i);
            if (end > i) {
                out.add(i, end, kind);
                i = end;
                continue;
            }
            // skip the rest of this letter/digit run; a digit after a letter is a new start (số31-QĐ/TW)
            boolean letter = !isDigit(c);
            i++;
            while (i < n && isAlnum(c = s.charAt(i))) {
                boolean digit = isDigit(c);
                if (digit && letter) {
                    break;
                }
                letter = !digit;
                i++;
            }
        }
    }

    /**
     * End of the letter run at {@code i} when no matcher can start there: lower case or
     * Capitalised, followed by a character that no span continues with. Otherwise -1.
     */
    private int plainWordEnd(int i) {
        int j = i + 1;
        boolean upper = false;
        while (j < n) {
            char c = s.charAt(j);
            if (c < 0x80) {
                if (c >= 'a' && c <= 'z') {
                    j++;
                    continue;
                }
                if (c >= 'A' && c <= 'Z') {
                    upper = true;
                    j++;
                    continue;
                }
                break;
            }
            if (!isLetter(c)) {
                break;
            }
            if (isUpper(c)) {
                upper = true;
            }
            j++;
        }
        if (upper || j - i > CAP) {
            return -1; // mixed case or all capitals: names, abbreviations, standards
        }
        if (j < n) {
            char c = s.charAt(j);
            if (isDigit(c) || c == '.' || c == '@' || c == '/' || c == '-' || c == '&' || c == ':' || c == '_'
                    || c == '%' || c == '+' || c == '–') {
                return -1;
            }
        }
        return j;
    }

    // ------------------------------------------------------------------ character classes

    /** Per char: {@link #C_LETTER}, {@link #C_MARK}, {@link #C_UPPER}, {@link #C_LOWER} flags (one load instead of a Unicode property lookup). */
    private static final byte[] CLASS = new byte[0x10000];
    private static final int C_LETTER = 1;
    private static final int C_MARK = 2;
    private static final int C_UPPER = 4;
    private static final int C_LOWER = 8;
    private static final int C_DIGIT = 16;

    static {
        for (int c = 0; c < 0x10000; c++) {
            char ch = (char) c;
            int f = 0;
            boolean mark = c >= 0x300 && Character.getType(ch) == Character.NON_SPACING_MARK;
            if (c < 0x80 ? isAsciiLetter(ch) : Character.isLetter(ch) || mark) {
                f |= C_LETTER;
            }
            if (mark) {
                f |= C_MARK;
            }
            if (c < 0x80 ? (c >= 'A' && c <= 'Z') : Character.isUpperCase(ch)) {
                f |= C_UPPER;
            }
            if (c < 0x80 ? (c >= 'a' && c <= 'z') : Character.isLowerCase(ch)) {
                f |= C_LOWER;
            }
            if (c >= '0' && c <= '9') {
                f |= C_DIGIT;
            }
            CLASS[c] = (byte) f;
        }
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiLetter(char c) {
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }

    /** A letter or a non-spacing mark (marks belong to the word they follow). */
    static boolean isLetter(char c) {
        return (CLASS[c] & C_LETTER) != 0;
    }

    static boolean isMark(char c) {
        return (CLASS[c] & C_MARK) != 0;
    }

    static boolean isAlnum(char c) {
        return (CLASS[c] & (C_LETTER | C_DIGIT)) != 0;
    }

    static boolean isUpper(char c) {
        return (CLASS[c] & C_UPPER) != 0;
    }

    static boolean isLower(char c) {
        return (CLASS[c] & C_LOWER) != 0;
    }

    private char at(int i) {
        return i < n ? s.charAt(i) : '\0';
    }

    private int digitsEnd(int i, int max) {
        int j = i;
        int lim = (int) Math.min(n, (long) i + max + 1);
        while (j < lim && isDigit(s.charAt(j))) {
            j++;
        }
        return j - i > max ? -1 : j;
    }

    private boolean alnumAt(int i) {
        return i < n && isAlnum(s.charAt(i));
    }

    private boolean regionEquals(int i, String word) {
        if (i + word.length() > n) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (s.charAt(i + k) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private boolean regionEqualsIgnoreCase(int i, String lowerWord) {
        if (i + lowerWord.length() > n) {
            return false;
        }
        for (int k = 0; k < lowerWord.length(); k++) {
            if (Character.toLowerCase(s.charAt(i + k)) != lowerWord.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private boolean equalsAny(int from, int to, String[] words) {
        int len = to - from;
        for (String w : words) {
            if (w.length() == len && regionEquals(from, w)) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ starts

    private int matchLetterStart(int i) {
        int e;
        if ((e = schemeUrl(i)) > 0) {
            kind = ProtectedSpans.URL;
            return e;
        }
        if ((e = email(i)) > 0) {
            kind = ProtectedSpans.EMAIL;
            return e;
        }
        if ((e = domain(i)) > 0) {
            kind = ProtectedSpans.URL;
            return e;
        }
        if ((e = standard(i)) > 0) {
            kind = ProtectedSpans.STANDARD;
            return e;
        }
        if ((e = alnumCode(i)) > 0) {
            kind = ProtectedSpans.CODE;
            return e;
        }
        if ((e = punctuatedAbbreviation(i)) > 0) {
            kind = ProtectedSpans.ABBREVIATION;
            return e;
        }
        if ((e = mixedCaseName(i)) > 0) {
            kind = ProtectedSpans.NAME;
            return e;
        }
        return -1;
    }

    private int matchDigitStart(int i) {
        // pre-filter: after a run of digits followed by a character that none of the matchers below
        // but number() continues with (space, comma, parenthesis, end of text: the common case),
        // every other matcher fails, so skip straight to number()
        int d = i + 1;
        while (d < n && isDigit(s.charAt(d))) {
            d++;
        }
        if (onlyNumberAfter(d)) {
            return number(i);
        }
        int e;
        if ((e = email(i)) > 0) {
            kind = ProtectedSpans.EMAIL;
            return e;
        }
        if ((e = domain(i)) > 0) {
            kind = ProtectedSpans.URL;
            return e;
        }
        if ((e = documentCode(i)) > 0) {
            kind = ProtectedSpans.DOCUMENT_CODE;
            return e;
        }
        if ((e = time(i)) > 0) {
            kind = ProtectedSpans.TIME;
            return e;
        }
        if ((e = date(i)) > 0) {
            kind = ProtectedSpans.DATE;
            return e;
        }
        if ((e = alnumCode(i)) > 0) {
            kind = ProtectedSpans.CODE;
            return e;
        }
        return number(i); // sets kind; always matches at a digit
    }

    /**
     * Whether the character at {@code d}, right after a run of digits, is one that no matcher of
     * {@link #matchDigitStart} but {@code number} continues with: not a letter, mark or digit, not
     * one of {@code . - _ % + @ / : –} (e-mail, domain, date, time, code, document code), and not a
     * space before {@code / - –} (document code {@code 1206 /QĐ}).
     */
    private boolean onlyNumberAfter(int d) {
        if (d >= n) {
            return true;
        }
        char c = s.charAt(d);
        if (c == ' ') {
            char x = at(d + 1);
            return x != '/' && x != '-' && x != '–';
        }
        return !isAlnum(c) && c != '.' && c != '-' && c != '_' && c != '%' && c != '+' && c != '@' && c != '/'
                && c != ':' && c != '–';
    }

    // ------------------------------------------------------------------ URLs, e-mail

    private int schemeUrl(int i) {
        int j;
        if (regionEqualsIgnoreCase(i, "https://")) {
            j = i + 8;
        } else if (regionEqualsIgnoreCase(i, "http://")) {
            j = i + 7;
        } else if (regionEqualsIgnoreCase(i, "ftp://")) {
            j = i + 6;
        } else {
            return -1;
        }
        if (!alnumAt(j)) {
            return -1;
        }
        return urlRest(j);
    }

    /** Extends a URL from {@code j} to the end of its non-space run, minus trailing punctuation. */
    private int urlRest(int j) {
        int parens = 0;
        while (j < n) {
            char c = s.charAt(j);
            if (c <= ' ' || c == '"' || c == '<' || c == '>' || c == '“' || c == '”' || c == '‘' || c == '’'
                    || c == '«' || c == '»' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                break;
            }
            if (c == '(') {
                parens++;
            } else if (c == ')') {
                if (parens == 0) {
                    break;
                }
                parens--;
            }
            j++;
        }
        while (j > 0) {
            char c = s.charAt(j - 1);
            if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'') {
                j--;
            } else {
                break;
            }
        }
        return j;
    }

    private static boolean isEmailLocal(char c) {
        return c < 0x80 && (isAsciiLetter(c) || isDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-');
    }

    private int email(int i) {
        int j = i;
        int lim = Math.min(n, i + 64);
        while (j < lim && isEmailLocal(s.charAt(j))) {
            j++;
        }
        if (j == i || j >= n || s.charAt(j) != '@' || s.charAt(j - 1) == '.') {
            return -1;
        }
        int e = domainLabels(j + 1);
        return e;
    }

    /** {@code www.x.y}, or ASCII labels ending in a known top-level domain; with an optional path. */
    private int domain(int i) {
        if (i > 0 && (s.charAt(i - 1) == '@' || s.charAt(i - 1) == '.')) {
            return -1;
        }
        int e = domainLabels(i);
        if (e < 0) {
            return -1;
        }
        if (e < n && s.charAt(e) == '/' && e + 1 < n && s.charAt(e + 1) > ' ') {
            return urlRest(e);
        }
        if (e < n && s.charAt(e) == ':' && e + 1 < n && isDigit(s.charAt(e + 1))) {
            return urlRest(e);
        }
        return e;
    }

    /**
     * End of a domain name starting at {@code i}: ASCII labels separated by dots, at least two, the
     * last one a known top-level domain (lower case) or the first one {@code www}; -1 otherwise.
     */
    private int domainLabels(int i) {
        int j = i;
        int labels = 0;
        int lastStart = i;
        int lastEnd = -1;
        int lim = Math.min(n, i + CAP);
        while (j < lim) {
            int k = j;
            while (k < lim && isLabelChar(s.charAt(k))) {
                k++;
            }
            if (k == j || k - j > 63 || s.charAt(j) == '-' || s.charAt(k - 1) == '-') {
                break;
            }
            labels++;
            lastStart = j;
            lastEnd = k;
            if (k < lim - 1 && s.charAt(k) == '.' && isLabelChar(s.charAt(k + 1))) {
                j = k + 1;
            } else {
                break;
            }
        }
        if (labels < 2) {
            return -1;
        }
        // the domain must end at a non-letter (no "vbpl.vnđ"), and not continue into non-ASCII letters
        if (lastEnd < n && (isLetter(s.charAt(lastEnd)) || isDigit(s.charAt(lastEnd)))) {
            return -1;
        }
        boolean www = regionEqualsIgnoreCase(i, "www.");
        if (!www && !isTld(lastStart, lastEnd)) {
            // a label list like "gov.vn.abc": back off to the last known TLD is not attempted
            return -1;
        }
        return lastEnd;
    }

    private static boolean isLabelChar(char c) {
        return c < 0x80 && (isAsciiLetter(c) || isDigit(c) || c == '-');
    }

    private boolean isTld(int from, int to) {
        for (String t : TLDS) {
            if (t.length() == to - from && regionEquals(from, t)) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ document codes, standards

    /**
     * {@code N/YYYY/CODE}, {@code N/CODE}, {@code N-CODE/CODE} (with at most one space around the
     * first separator: {@code 1206 /QĐ-HVTC}, {@code 367 - QĐ/TWĐTN-VP}).
     */
    private int documentCode(int i) {
        int d = digitsEnd(i, 5);
        if (d < 0) {
            return -1;
        }
        int j = skipOneSpace(d);
        char sep = at(j);
        if (sep != '/' && sep != '-' && sep != '–') {
            return -1;
        }
        j++;
        if (at(j) == ' ') {
            j++;
        }
        if (sep == '/') {
            int y = digitsEnd(j, 4);
            if (y == j + 4 && at(y) == '/' && (s.charAt(j) == '1' || s.charAt(j) == '2')) {
                int e = codeGroups(y + 1, true);
                return e > 0 ? e : -1;
            }
            if (!isUpper(at(j))) {
                return -1;
            }
            int g = codeGroup(j, false);
            if (g < 0) {
                return -1;
            }
            if (at(g) == '-' || at(g) == '–') {
                int e = codeGroups(j, false);
                return e;
            }
            // a single group: at least two capitals (123/UBND), not a capitalised word (1/Các)
            return upperCount(j, g) >= 2 && !alnumAt(g) ? g : -1;
        }
        // Party: N-TYPE/ISSUER(-UNIT)*
        if (!isUpper(at(j))) {
            return -1;
        }
        int g = codeGroup(j, false);
        if (g < 0 || at(g) != '/' || !isUpper(at(g + 1))) {
            return -1;
        }
        return codeGroups(g + 1, false);
    }

    private int skipOneSpace(int j) {
        return at(j) == ' ' ? j + 1 : j;
    }

    private int upperCount(int from, int to) {
        int u = 0;
        for (int k = from; k < to; k++) {
            if (isUpper(s.charAt(k))) {
                u++;
            }
        }
        return u;
    }

    /** Groups joined by hyphens, from {@code j}; -1 if the first group is invalid. */
    private int codeGroups(int j, boolean anyCase) {
        int e = codeGroup(j, anyCase);
        if (e < 0) {
            return -1;
        }
        while ((at(e) == '-' || at(e) == '–') && e + 1 < n && (isUpper(s.charAt(e + 1)) || anyCase && isLetter(s.charAt(e + 1)))) {
            int e2 = codeGroup(e + 1, anyCase);
            if (e2 < 0) {
                break;
            }
            e = e2;
        }
        return e;
    }

    /**
     * One group of a code: capitals, digits and {@code &}, with single lower-case letters allowed
     * between or after capitals ({@code TTg}, {@code QyĐ}, {@code QĐi}, {@code CTr}); in
     * {@code anyCase} mode (after a year: {@code 30/2020/nđ-cp}) any letters. Ends before a
     * lower-case run of two or more letters ({@code CPvà} → {@code CP}).
     */
    private int codeGroup(int j, boolean anyCase) {
        if (!(anyCase ? isLetter(at(j)) : isUpper(at(j)))) {
            return -1;
        }
        int k = j;
        int lim = Math.min(n, j + 24);
        if (anyCase && isLower(at(j))) {
            // a lower-case code after a year (30/2020/nđ-cp): lower-case letters and digits
            while (k < lim && (isLower(s.charAt(k)) || isDigit(s.charAt(k)))) {
                k++;
            }
            return k;
        }
        anyCase = false;
        while (k < lim) {
            char c = s.charAt(k);
            if (isUpper(c) || isDigit(c) || (c == '&' && k + 1 < n && isUpper(s.charAt(k + 1)))) {
                k++;
            } else if (isLetter(c) && (anyCase || !isLower(at(k + 1)) || isMark(at(k + 1)))) {
                if (!anyCase && isMark(at(k + 1))) {
                    break;
                }
                k++;
            } else {
                break;
            }
        }
        if (k == j) {
            return -1;
        }
        if (k - j >= 2 && isLower(at(k)) && gluedMixedCaseEnding(k)) {
            k++; // QĐ-TTgngày: the lower-case letter of TTg, QĐi, CTr, TTr belongs to the code
        }
        return k;
    }

    /** Whether the capitals before {@code k} and the letter at {@code k} end a mixed-case code ({@code TTg}). */
    private boolean gluedMixedCaseEnding(int k) {
        char c = s.charAt(k);
        char a = s.charAt(k - 2);
        char b = s.charAt(k - 1);
        return c == 'g' && a == 'T' && b == 'T' || c == 'i' && a == 'Q' && b == 'Đ'
                || c == 'r' && b == 'T' && (a == 'C' || a == 'T');
    }

    /** {@code TCVN 5502:2003}, {@code ISO/IEC 17025:2017}, {@code TCVN ISO 9001:2015}, {@code QCVN 01:2009/BYT}. */
    private int standard(int i) {
        int j = prefixEnd(i);
        if (j < 0) {
            return -1;
        }
        // more prefixes joined by '/' or ' '
        while (true) {
            char c = at(j);
            if ((c == '/' || c == ' ') && isUpper(at(j + 1))) {
                int k = prefixEnd(j + 1);
                if (k > 0) {
                    j = k;
                    continue;
                }
            }
            break;
        }
        if (at(j) != ' ' || !isDigit(at(j + 1))) {
            return -1;
        }
        int e = digitsEnd(j + 1, 6);
        if (e < 0) {
            return -1;
        }
        while ((at(e) == '-' || at(e) == '.') && isDigit(at(e + 1))) {
            e = digitsEnd(e + 1, 6);
            if (e < 0) {
                return -1;
            }
        }
        if (at(e) == ':' && isDigit(at(e + 1))) {
            int y = digitsEnd(e + 1, 4);
            if (y < 0) {
                return -1;
            }
            e = y;
        }
        if (at(e) == '/' && isUpper(at(e + 1))) {
            int g = codeGroups(e + 1, false);
            if (g > 0) {
                e = g;
            }
        }
        return alnumAt(e) ? -1 : e;
    }

    private int prefixEnd(int i) {
        int k = i;
        int lim = Math.min(n, i + 8);
        while (k < lim && isUpper(s.charAt(k))) {
            k++;
        }
        if (k == i || (k < n && isLetter(s.charAt(k))) || !equalsAny(i, k, STANDARD_PREFIXES)) {
            return -1;
        }
        return k;
    }

    // ------------------------------------------------------------------ numbers, dates, times

    /** {@code 14h30}, {@code 14h}, {@code 8:00}, {@code 09:01:33}. */
    private int time(int i) {
        int h = digitsEnd(i, 2);
        if (h < 0) {
            return -1;
        }
        int hour = parse(i, h);
        if (hour > 24) {
            return -1;
        }
        char c = at(h);
        if (c == 'h' || c == 'g') {
            int m = digitsEnd(h + 1, 2);
            if (m == h + 3 && parse(h + 1, m) < 60 && !alnumAt(m)) {
                return m;
            }
            if (m == h + 1 && c != 'g' && !isLetter(at(h + 1))) {
                return h + 1; // "14h"
            }
            if (m == h + 1 && c == 'h' && regionEquals(h + 1, "ngày") ) {
                return h + 1;
            }
            return -1;
        }
        if (c == ':') {
            int m = digitsEnd(h + 1, 2);
            if (m != h + 3 || parse(h + 1, m) >= 60) {
                return -1;
            }
            if (at(m) == ':') {
                int sec = digitsEnd(m + 1, 2);
                if (sec == m + 3 && parse(m + 1, sec) < 60 && !alnumAt(sec)) {
                    return sec;
                }
                return -1;
            }
            return alnumAt(m) || (at(m) == '.' || at(m) == ',') && isDigit(at(m + 1)) ? -1 : m;
        }
        return -1;
    }

    private int parse(int from, int to) {
        int v = 0;
        for (int k = from; k < to; k++) {
            v = v * 10 + (s.charAt(k) - '0');
        }
        return v;
    }

    /**
     * {@code 16/09/2022}, {@code 28/5}, {@code 12/2022}, {@code 16-09-2022}, {@code 16.09.2022}, and
     * {@code 14.9} after the word "ngày".
     */
    private int date(int i) {
        int d = digitsEnd(i, 2);
        if (d < 0) {
            return -1;
        }
        char sep = at(d);
        if (sep != '/' && sep != '-' && sep != '.') {
            return -1;
        }
        int day = parse(i, d);
        int m = digitsEnd(d + 1, 4);
        if (m < 0 || m == d + 1) {
            return -1;
        }
        int mLen = m - d - 1;
        if (mLen == 4) {
            // month/year: 12/2022
            if (sep == '/' && day >= 1 && day <= 12 && !alnumAt(m) && !(at(m) == '/' && isDigit(at(m + 1)))) {
                return m;
            }
            return -1;
        }
        if (mLen > 2) {
            return -1;
        }
        int month = parse(d + 1, m);
        if (day < 1 || day > 31 || month < 1 || month > 12) {
            return -1;
        }
        if (at(m) == sep && isDigit(at(m + 1))) {
            int y = digitsEnd(m + 1, 4);
            if (y < 0 || (y - m - 1 != 4 && y - m - 1 != 2) || alnumAt(y)) {
                return -1;
            }
            if (sep == '.' && at(y) == '.' && isDigit(at(y + 1))) {
                return -1;
            }
            return y;
        }
        if (alnumAt(m) || (at(m) == '.' || at(m) == ',') && isDigit(at(m + 1))) {
            return -1;
        }
        if (sep == '/') {
            return m;
        }
        if (sep == '.' && precededByWord(i, "ngày")) {
            return m;
        }
        return -1;
    }

    private boolean precededByWord(int i, String word) {
        int k = i - 1;
        if (k < 0 || s.charAt(k) != ' ') {
            return false;
        }
        int from = k - word.length();
        if (from < 0) {
            return false;
        }
        if (from > 0 && isLetter(s.charAt(from - 1))) {
            return false;
        }
        for (int t = 0; t < word.length(); t++) {
            if (Character.toLowerCase(s.charAt(from + t)) != word.charAt(t)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A number: digits with {@code .}/{@code ,} separators between digit groups, an optional
     * {@code %} or unit, a tax-number suffix ({@code 0101234567-001}); phone numbers
     * ({@code 0236.3822.999}) get their own kind.
     */
    private int number(int i) {
        int j = digitsEnd(i, Integer.MAX_VALUE - 1);
        if (j < 0) {
            j = i + 1;
        }
        int groups = 1;
        while (j < n) {
            char c = s.charAt(j);
            if ((c == '.' || c == ',') && j + 1 < n && isDigit(s.charAt(j + 1))) {
                j = digitsEnd(j + 1, Integer.MAX_VALUE - 1);
                groups++;
            } else {
                break;
            }
        }
        boolean phone = s.charAt(i) == '0' && groups >= 2 && digitCount(i, j) >= 9 && digitCount(i, j) <= 12
                && !hasComma(i, j);
        if (at(j) == '-' && isDigit(at(j + 1)) && digitCount(i, j) >= 9) {
            int k = digitsEnd(j + 1, 5);
            if (k > 0 && !alnumAt(k)) {
                kind = ProtectedSpans.PHONE;
                return k;
            }
        }
        if (at(j) == '%') {
            kind = ProtectedSpans.PERCENT;
            return j + 1;
        }
        kind = phone ? ProtectedSpans.PHONE : ProtectedSpans.NUMBER;
        if (isLetter(at(j))) {
            int u = unitEnd(j);
            if (u > 0) {
                return u;
            }
        }
        return j;
    }

    private int digitCount(int from, int to) {
        int d = 0;
        for (int k = from; k < to; k++) {
            if (isDigit(s.charAt(k))) {
                d++;
            }
        }
        return d;
    }

    private boolean hasComma(int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.charAt(k) == ',') {
                return true;
            }
        }
        return false;
    }

    /** End of a unit suffix at {@code j} ({@code km}, {@code ha}, {@code MW}) followed by a non-letter, or -1. */
    private int unitEnd(int j) {
        int k = j;
        int lim = Math.min(n, j + 4);
        while (k < lim && isAlnum(s.charAt(k))) {
            k++;
        }
        if (alnumAt(k)) {
            return -1;
        }
        return equalsAny(j, k, UNITS) ? k : -1;
    }

    // ------------------------------------------------------------------ codes, abbreviations, names

    /**
     * Alphanumeric codes: groups of letters and digits joined by hyphens, with at least one digit
     * and one letter, where every letter-only group has a capital and every group mixing letters
     * and digits has only capitals ({@code COVID-19}, {@code SARS-CoV-2}, {@code F0}, {@code H5N1},
     * {@code 43H-0530}, {@code 5G}).
     */
    private int alnumCode(int i) {
        int j = i;
        boolean digit = false;
        boolean letter = false;
        int lim = Math.min(n, i + 40);
        int end = -1;
        while (j < lim) {
            int k = j;
            boolean gDigit = false;
            boolean gLetter = false;
            boolean gUpper = false;
            boolean gLower = false;
            while (k < lim && isAlnum(s.charAt(k))) {
                char c = s.charAt(k);
                if (isDigit(c)) {
                    gDigit = true;
                } else {
                    gLetter = true;
                    if (isUpper(c)) {
                        gUpper = true;
                    } else if (c < 0x80 && isLower(c)) {
                        gLower = true;
                    } else {
                        return -1; // Vietnamese lower-case letters: a word, not a code
                    }
                }
                k++;
            }
            if (k == j || (gLetter && !gUpper) || (gLetter && gDigit && gLower)) {
                break;
            }
            digit |= gDigit;
            letter |= gLetter;
            end = k;
            if (at(k) == '-' && alnumAt(k + 1)) {
                j = k + 1;
            } else {
                break;
            }
        }
        if (end < 0 || !digit || !letter || alnumAt(end)) {
            return -1;
        }
        return end;
    }

    /**
     * Abbreviations with inner punctuation: capitals joined by {@code &} and {@code -} with at least
     * one {@code &} or at least two groups ({@code KH&CN}, {@code LĐ-TB&XH}, {@code KT-XH}); short
     * dotted groups ({@code TP.HCM}, {@code PGS.TS.}, {@code Th.S}, {@code v.v.}, {@code Q.1}); slashed
     * ({@code Đ/c}, {@code V/v}, {@code ISO/IEC}, {@code HIV/AIDS}).
     */
    private int punctuatedAbbreviation(int i) {
        int g = capsGroup(i);
        if (g > i) {
            char c = at(g);
            if ((c == '&' || c == '-') && isUpper(at(g + 1))) {
                int e = capsJoined(g);
                if (e > 0) {
                    return e;
                }
            }
            if (c == '/' && isUpper(at(g + 1))) {
                int g2 = capsGroup(g + 1);
                if (g2 > g + 1 && !isLetter(at(g2)) && !(isDigit(at(g2)))) {
                    return g2;
                }
            }
        }
        int e = dotted(i);
        if (e > 0) {
            return e;
        }
        return slashedPair(i);
    }

    /** End of a run of capitals at {@code i} (1–10), or {@code i} if none; the run must not continue with a lower-case letter. */
    private int capsGroup(int i) {
        int k = i;
        int lim = Math.min(n, i + 10);
        while (k < lim && isUpper(s.charAt(k))) {
            k++;
        }
        return k;
    }

    /** Continues {@code X&Y-Z…} after the first group ending at {@code g}; backs off a glued capitalised word. */
    private int capsJoined(int g) {
        int e = g;
        while ((at(e) == '&' || at(e) == '-') && isUpper(at(e + 1))) {
            int k = capsGroup(e + 1);
            if (isLower(at(k)) || isMark(at(k))) {
                // KH&CNXuất: the last capital starts a word glued to the abbreviation
                if (k - 1 > e + 1 && !isLower(at(k - 1))) {
                    return k - 1;
                }
                return e == g ? -1 : e;
            }
            if (isDigit(at(k))) {
                return e == g ? -1 : e;
            }
            e = k;
        }
        return e;
    }

    private int dotted(int i) {
        int j = i;
        int groups = 0;
        int end = -1;
        int lim = Math.min(n, i + 32);
        boolean firstSingleUpper = false;
        while (j < lim) {
            int k = j;
            while (k < lim && isLetter(s.charAt(k))) {
                k++;
            }
            int len = k - j;
            if (len == 0) {
                // Q.1, P.5: digits after a single capital
                if (groups == 1 && firstSingleUpper && isDigit(at(j))) {
                    int d = digitsEnd(j, 2);
                    if (d > 0 && !alnumAt(d)) {
                        return d;
                    }
                }
                break;
            }
            if (!dottedGroup(j, k, groups == 0)) {
                break;
            }
            if (groups == 0) {
                firstSingleUpper = len == 1 && isUpper(s.charAt(j));
            }
            groups++;
            end = k;
            if (at(k) == '.' && k + 1 < n && isAlnum(s.charAt(k + 1))) {
                j = k + 1;
            } else {
                break;
            }
        }
        if (groups < 2 || alnumAt(end)) {
            return -1;
        }
        if (at(end) == '.' && !alnumAt(end + 1)) {
            return end + 1; // PGS.TS. and v.v.
        }
        return end;
    }

    /** A group of a dotted abbreviation: 1–3 capitals (last group up to 5), a known mixed-case title, or one lower-case letter. */
    private boolean dottedGroup(int from, int to, boolean first) {
        int len = to - from;
        boolean allUpper = true;
        for (int k = from; k < to; k++) {
            if (!isUpper(s.charAt(k))) {
                allUpper = false;
                break;
            }
        }
        if (allUpper) {
            return len <= (first ? 3 : 5);
        }
        if (len == 1) {
            return isLower(s.charAt(from)); // v.v.
        }
        return equalsAny(from, to, DOTTED_MIXED);
    }

    /** {@code Đ/c}, {@code V/v}, {@code đ/c}: two single letters joined by a slash. */
    private int slashedPair(int i) {
        if (at(i + 1) == '/' && isLetter(at(i + 2)) && !isMark(at(i + 1)) && !alnumAt(i + 3) && isLetter(at(i))) {
            return i + 3;
        }
        return -1;
    }

    /**
     * A letter run whose case pattern is not lower, Capitalised or UPPER, and which is not
     * Vietnamese syllables glued at lower→upper case changes ({@code tâmThông}): {@code VNeID},
     * {@code eKYC}, {@code iPhone}, {@code MobiFone}, {@code TTg}, {@code VietGAP}. A run whose pieces
     * are all unaccented and that starts with a capital ({@code VietNam}, {@code MoMo}) is a name.
     */
    private int mixedCaseName(int i) {
        int k = i;
        int lim = Math.min(n, i + CAP);
        while (k < lim && isLetter(s.charAt(k))) {
            k++;
        }
        if (k == lim && k < n && isLetter(s.charAt(k))) {
            return -1; // a letter run longer than the cap: not a name
        }
        if (k - i < 2 || !isMixedCase(i, k)) {
            return -1;
        }
        return gluedSyllables(i, k) ? -1 : k;
    }

    /** Whether an accented piece reads as run-together syllables ({@code Trungương}); names stay unaccented. */
    private boolean accentedSyllables(int from, int to) {
        if (to - from > 28 || !SyllableSplitChooser.hasVietnameseLetter(s, from, to)) {
            return false;
        }
        int[] cuts = new int[to - from + 1];
        return SyllableSplitChooser.enumerate(s, from, to, cuts, new int[1], 2) > 0;
    }

    /** Whether {@code [from, to)} is neither all lower, Capitalised nor all upper. */
    private boolean isMixedCase(int from, int to) {
        boolean firstUpper = isUpper(s.charAt(from));
        boolean restUpper = false;
        boolean restLower = false;
        for (int k = from + 1; k < to; k++) {
            char c = s.charAt(k);
            if (isUpper(c)) {
                restUpper = true;
            } else if (isLower(c)) {
                restLower = true;
            }
        }
        if (!restUpper) {
            return false; // lower or Capitalised
        }
        return restLower || !firstUpper; // not all upper
    }

    /**
     * Whether {@code [from, to)}, cut before each lower→upper change, is a series of lower-case or
     * Capitalised valid syllables, with a Vietnamese letter in some piece or a lower-case start.
     */
    private boolean gluedSyllables(int from, int to) {
        int start = from;
        int prevStart = from;
        boolean accented = false;
        for (int k = from + 1; k <= to; k++) {
            if (k == to || (isUpper(s.charAt(k)) && isLower(s.charAt(k - 1)))) {
                // piece [start, k): lower or Capitalised, or a Roman numeral after a heading word (ChươngXII)
                if (k == to && start > from && SyllableCheck.isRomanNumeral(s, start, k)
                        && SyllableCheck.isNumberedHeading(s, prevStart, start)) {
                    return true;
                }
                for (int t = start + 1; t < k; t++) {
                    if (isUpper(s.charAt(t))) {
                        return false;
                    }
                }
                if (k - start == 1 ? !SyllableCheck.isCommonLoneVowel(s.charAt(start))
                        : !SyllableCheck.isValid(s, start, k) && !accentedSyllables(start, k)) {
                    return false;
                }
                for (int t = start; t < k; t++) {
                    if (s.charAt(t) >= 0x80) {
                        accented = true;
                        break;
                    }
                }
                prevStart = start;
                start = k;
            }
        }
        return accented || isLower(s.charAt(from)) && from + 1 < to && isLower(s.charAt(from + 1));
    }
}
