package io.github.vietnorm;

import io.github.vietnorm.dictionaries.Abbreviations;
import io.github.vietnorm.dictionaries.Abbreviations.Category;
import io.github.vietnorm.dictionaries.Abbreviations.Entry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The number and code of a Vietnamese administrative or Party document, parsed into its parts and
 * named from the abbreviation dictionary. Immutable and thread-safe.
 *
 * <pre>{@code
 * DocumentCode c = DocumentCode.parse("30/2020/NĐ-CP").orElseThrow();
 * c.number();             // "30"
 * c.year();               // OptionalInt[2020]
 * c.documentType();       // Optional["NĐ"]
 * c.documentTypeName();   // Optional["Nghị định"]
 * c.issuer();             // "CP"
 * c.issuerName();         // Optional["Chính phủ"]
 *
 * DocumentCode.parse("05-CT/TW");       // Party: 05, Chỉ thị, Trung ương
 * DocumentCode.parse("hello/world");    // Optional.empty(): not a code
 * }</pre>
 *
 * <p>Formats (Decree 30/2020 and Party rules):
 * <ul>
 * <li>state individual document {@code N/TYPE-ISSUER[-UNIT]}: {@code 123/QĐ-UBND}, {@code 439/QĐ-TTg};
 * <li>state công văn {@code N/ISSUER-UNIT}: {@code 2152/TM-CNTT} (no type code; the type name is
 * {@code Công văn});
 * <li>normative document {@code N/YYYY/TYPE-ISSUER}: {@code 30/2020/NĐ-CP}; joint documents
 * ({@code TTLT}, {@code NQLT}) list several issuers: {@code 01/2011/TTLT-BNV-BTC} has issuer
 * {@code BNV-BTC};
 * <li>laws and National Assembly resolutions {@code N/YYYY/QH<term>}: {@code 29/2013/QH13}
 * (no type; issuer named {@code Quốc hội khóa XIII});
 * <li>consolidated text {@code N/VBHN-ISSUER}: {@code 03/VBHN-VPQH};
 * <li>Party documents {@code N-TYPE/ISSUER[-UNIT]}: {@code 05-CT/TW}, {@code 08-QĐi/TW},
 * {@code 367-QĐ/TWĐTN-VP}.
 * </ul>
 * Messy input is accepted and canonicalized: a leading {@code Số:}/{@code số}, spaces around
 * {@code /} and {@code -} ({@code 367 - QĐ/TWĐTN-VP}, {@code 1206 /QĐ-HVTC}), en and em dashes,
 * a missing hyphen in Party numbers ({@code 84 QĐ/TWĐTN}) and lower case ({@code 30/2020/nđ-cp}:
 * known codes get their dictionary spelling, so {@code ttg} becomes {@code TTg}). Anything else is
 * not a code: {@link #parse(CharSequence)} returns empty, never throws.
 */
public final class DocumentCode {
    private static final int MAX_LENGTH = 120;

    private final String canonical;
    private final String number;
    private final int year; // 0: none
    private final boolean party;
    private final String type;
    private final String typeName;
    private final String issuer;
    private final String issuerName;
    private final String unit;
    private final String unitName;

    private DocumentCode(String canonical, String number, int year, boolean party, String type, String typeName,
            String issuer, String issuerName, String unit, String unitName) {
        this.canonical = canonical;
        this.number = number;
        this.year = year;
        this.party = party;
        this.type = type;
        this.typeName = typeName;
        this.issuer = issuer;
        this.issuerName = issuerName;
        this.unit = unit;
        this.unitName = unitName;
    }

    /** Parses {@code text} with the standard dictionary; empty if it is not a document code. */
    public static Optional<DocumentCode> parse(CharSequence text) {
        return parse(text, Abbreviations.standard());
    }

    /** Parses {@code text}, naming its parts from {@code dictionary}; empty if it is not a document code. */
    public static Optional<DocumentCode> parse(CharSequence text, Abbreviations dictionary) {
        Objects.requireNonNull(dictionary, "dictionary");
        if (text == null || text.length() == 0 || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String s = compact(text);
        if (s == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(parseCompact(s, dictionary));
    }

    /**
     * Strips a leading "Số:"/"số", removes spaces around separators, maps dashes to '-', and keeps a
     * single space only where a Party number lacks its hyphen ("84 QĐ/…" becomes "84-QĐ/…").
     * Returns null on characters a code cannot hold.
     */
    private static String compact(CharSequence text) {
        String t = text.toString().strip();
        if (t.regionMatches(true, 0, "số", 0, 2)) {
            int p = 2;
            while (p < t.length() && (t.charAt(p) == ' ' || t.charAt(p) == ':' || t.charAt(p) == '.')) {
                p++;
            }
            if (p < t.length() && Character.isDigit(t.charAt(p))) {
                t = t.substring(p);
            } else {
                return null;
            }
        }
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2212':
                    c = '-';
                    break;
                case '\u00A0':
                case '\t':
                    c = ' ';
                    break;
                default:
                    break;
            }
            if (c == ' ') {
                // drop spaces next to a separator; keep one between a number and letters
                int j = i;
                while (j < t.length() && isSpaceLike(t.charAt(j))) {
                    j++;
                }
                char before = b.length() == 0 ? ' ' : b.charAt(b.length() - 1);
                char after = j < t.length() ? dash(t.charAt(j)) : ' ';
                if (before == '/' || before == '-' || after == '/' || after == '-') {
                    i = j - 1;
                    continue;
                }
                if (Character.isDigit(before) && Character.isLetter(after) && b.indexOf("/") < 0 && b.indexOf("-") < 0) {
                    b.append('-'); // "84 QĐ/TWĐTN": the Party hyphen left out
                    i = j - 1;
                    continue;
                }
                return null;
            }
            if (!(Character.isLetterOrDigit(c) || c == '/' || c == '-')) {
                return null;
            }
            b.append(c);
        }
        return b.toString();
    }

    private static boolean isSpaceLike(char c) {
        return c == ' ' || c == '\u00A0' || c == '\t';
    }

    private static char dash(char c) {
        return c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014' || c == '\u2212' ? '-' : c;
    }

    private static DocumentCode parseCompact(String s, Abbreviations d) {
        int n = s.length();
        int p = 0;
        while (p < n && isAsciiDigit(s.charAt(p))) {
            p++;
        }
        if (p == 0 || p > 5 || p >= n) {
            return null;
        }
        String number = s.substring(0, p);
        char sep = s.charAt(p);
        if (sep == '-') {
            return parseParty(s, p + 1, number, d);
        }
        if (sep != '/') {
            return null;
        }
        String rest = s.substring(p + 1);
        int year = 0;
        int slash = rest.indexOf('/');
        if (slash >= 0) {
            if (slash != 4 || !allAsciiDigits(rest, 0, 4)) {
                return null;
            }
            year = Integer.parseInt(rest.substring(0, 4));
            if (year < 1945 || year > 2100) {
                return null;
            }
            rest = rest.substring(5);
        }
        List<String> parts = splitParts(rest, d);
        if (parts == null) {
            return null;
        }
        String first = parts.get(0);
        Entry typeEntry = documentTypeEntry(d, first, false);
        String type = null;
        String typeName = null;
        String issuer;
        String unit = null;
        if (typeEntry != null && parts.size() >= 2) {
            type = first;
            typeName = typeEntry.expansion();
            if (isJoint(first)) {
                issuer = String.join("-", parts.subList(1, parts.size()));
            } else {
                issuer = parts.get(1);
                unit = parts.size() > 2 ? String.join("-", parts.subList(2, parts.size())) : null;
            }
        } else if (typeEntry != null) {
            return null; // "123/QĐ": a type without an issuer
        } else {
            issuer = first;
            unit = parts.size() > 1 ? String.join("-", parts.subList(1, parts.size())) : null;
            if (year == 0) {
                typeName = "Công văn";
            }
        }
        StringBuilder canon = new StringBuilder(number).append('/');
        if (year != 0) {
            canon.append(year).append('/');
        }
        canon.append(String.join("-", parts));
        return new DocumentCode(canon.toString(), number, year, false, type, typeName, issuer,
                issuerName(d, issuer, false), unit, unitName(d, unit, false));
    }

    private static DocumentCode parseParty(String s, int from, String number, Abbreviations d) {
        int slash = s.indexOf('/', from);
        if (slash < 0 || slash == from || s.indexOf('/', slash + 1) >= 0) {
            return null;
        }
        String typeRaw = s.substring(from, slash);
        for (int i = 0; i < typeRaw.length(); i++) {
            if (!Character.isLetter(typeRaw.charAt(i))) {
                return null;
            }
        }
        String type = canonicalPart(typeRaw, d);
        if (type == null) {
            return null;
        }
        List<String> parts = splitParts(s.substring(slash + 1), d);
        if (parts == null) {
            return null;
        }
        Entry typeEntry = documentTypeEntry(d, type, true);
        String issuer = parts.get(0);
        String unit = parts.size() > 1 ? String.join("-", parts.subList(1, parts.size())) : null;
        String canon = number + "-" + type + "/" + String.join("-", parts);
        return new DocumentCode(canon, number, 0, true, type, typeEntry == null ? null : typeEntry.expansion(),
                issuer, issuerName(d, issuer, true), unit, unitName(d, unit, true));
    }

    private static boolean isJoint(String type) {
        return type.length() > 2 && type.endsWith("LT");
    }

    /** Splits "A-B-C" into canonical parts; null if a part is not a code part. */
    private static List<String> splitParts(String rest, Abbreviations d) {
        if (rest.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>(4);
        int start = 0;
        for (int i = 0; i <= rest.length(); i++) {
            if (i == rest.length() || rest.charAt(i) == '-') {
                String part = canonicalPart(rest.substring(start, i), d);
                if (part == null || parts.size() == 8) {
                    return null;
                }
                parts.add(part);
                start = i + 1;
            } else if (rest.charAt(i) == '/') {
                return null;
            }
        }
        return parts;
    }

    /**
     * A code part in its canonical spelling: as written when known or in capitals; a known spelling
     * for other case forms ({@code nđ} → {@code NĐ}, {@code ttg} → {@code TTg}); null otherwise.
     */
    private static String canonicalPart(String part, Abbreviations d) {
        if (part.isEmpty() || part.length() > 16 || !Character.isLetter(part.charAt(0))) {
            return null;
        }
        boolean hasLower = false;
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                return null;
            }
            hasLower |= Character.isLowerCase(c);
        }
        if (!hasLower || d.contains(part)) {
            return part;
        }
        String known = caseFolded(d).get(part.toLowerCase(Locale.ROOT));
        if (known != null) {
            return known;
        }
        // an unknown code part with a term number (qh13) or in lower case: only when all lower case and known without digits
        String upper = part.toUpperCase(Locale.ROOT);
        String letters = stripDigits(upper);
        return letters.length() < upper.length() && d.contains(letters) ? upper : null;
    }

    private static String stripDigits(String s) {
        int e = s.length();
        while (e > 0 && isAsciiDigit(s.charAt(e - 1))) {
            e--;
        }
        return s.substring(0, e);
    }

    /** The standard dictionary's case-folded spellings, built once. */
    private static final class StandardFolded {
        static final Map<String, String> INSTANCE = Map.copyOf(fold(Abbreviations.standard()));
    }

    private static Map<String, String> caseFolded(Abbreviations d) {
        return d == Abbreviations.standard() ? StandardFolded.INSTANCE : fold(d);
    }

    /** Lower-case spelling → spelling, for the dictionary's one-word spellings (capitals win ties). */
    private static Map<String, String> fold(Abbreviations d) {
        Map<String, String> m = new HashMap<>();
        for (String sp : d.spellings()) {
            if (sp.indexOf(' ') >= 0) {
                continue;
            }
            String k = sp.toLowerCase(Locale.ROOT);
            String old = m.get(k);
            if (old == null || sp.equals(sp.toUpperCase(Locale.ROOT))) {
                m.put(k, sp);
            }
        }
        return m;
    }

    private static Entry documentTypeEntry(Abbreviations d, String code, boolean party) {
        for (Entry e : d.senses(code)) {
            if ((e.category() == Category.DOCUMENT_TYPE || e.category() == Category.COPY) && e.appliesInCode(party)) {
                return e;
            }
        }
        return null;
    }

    private static String issuerName(Abbreviations d, String issuer, boolean party) {
        if (issuer.indexOf('-') >= 0) { // joint document: several issuers
            StringBuilder b = new StringBuilder();
            for (String part : issuer.split("-")) {
                String name = issuerName(d, part, party);
                if (name == null) {
                    return null;
                }
                b.append(b.length() == 0 ? "" : ", ").append(name);
            }
            return b.toString();
        }
        String name = bodyName(d, issuer, party);
        if (name != null) {
            return name;
        }
        // a term of the National Assembly: QH13, UBTVQH14
        String letters = stripDigits(issuer);
        if (letters.length() < issuer.length() && !letters.isEmpty() && issuer.length() - letters.length() <= 2) {
            String base = bodyName(d, letters, party);
            int term = Integer.parseInt(issuer.substring(letters.length()));
            if (base != null && term > 0) {
                return base + " khóa " + roman(term);
            }
        }
        return null;
    }

    private static String bodyName(Abbreviations d, String code, boolean party) {
        List<Entry> senses = d.senses(code);
        for (int pass = 0; pass < 2; pass++) {
            boolean family = pass == 0 ? party : !party;
            for (Entry e : senses) {
                if (e.category() != Category.DOCUMENT_TYPE && e.category() != Category.COPY
                        && e.category() != Category.UNIT && e.appliesInCode(family)) {
                    return capitalize(e.expansion());
                }
            }
        }
        return null;
    }

    private static String unitName(Abbreviations d, String unit, boolean party) {
        if (unit == null) {
            return null;
        }
        List<Entry> senses = d.senses(unit);
        for (Entry e : senses) {
            if (e.category() == Category.UNIT) {
                return capitalize(e.expansion());
            }
        }
        for (Entry e : senses) {
            if (e.appliesInCode(party)) {
                return capitalize(e.expansion());
            }
        }
        return senses.isEmpty() ? null : capitalize(senses.get(0).expansion());
    }

    private static String capitalize(String s) {
        return s.isEmpty() || !Character.isLowerCase(s.charAt(0)) ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String roman(int n) {
        int[] v = {100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] r = {"C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            while (n >= v[i]) {
                b.append(r[i]);
                n -= v[i];
            }
        }
        return b.toString();
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean allAsciiDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isAsciiDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The number as written, with its leading zeros ({@code "05"}). */
    public String number() {
        return number;
    }

    /** The year of a normative document ({@code 30/2020/NĐ-CP}); empty for the other formats. */
    public OptionalInt year() {
        return year == 0 ? OptionalInt.empty() : OptionalInt.of(year);
    }

    /** Whether this is a Party document number ({@code N-TYPE/ISSUER}). */
    public boolean isParty() {
        return party;
    }

    /** The document-type code ({@code NĐ}, {@code QĐi}); empty for a công văn, law or code without one. */
    public Optional<String> documentType() {
        return Optional.ofNullable(type);
    }

    /**
     * The document type's name from the dictionary ({@code Nghị định}); {@code Công văn} for a state
     * number without a type code and without a year; empty when unknown.
     */
    public Optional<String> documentTypeName() {
        return Optional.ofNullable(typeName);
    }

    /** The issuer's code ({@code CP}, {@code UBND}, {@code QH13}; {@code BNV-BTC} for a joint document). */
    public String issuer() {
        return issuer;
    }

    /** The issuer's name from the dictionary ({@code Chính phủ}, {@code Quốc hội khóa XIII}); empty when unknown. */
    public Optional<String> issuerName() {
        return Optional.ofNullable(issuerName);
    }

    /** The drafting unit's code, after the issuer ({@code VP} in {@code 456/UBND-VP}). */
    public Optional<String> unit() {
        return Optional.ofNullable(unit);
    }

    /** The drafting unit's name from the dictionary ({@code Văn phòng}); empty when unknown. */
    public Optional<String> unitName() {
        return Optional.ofNullable(unitName);
    }

    /** The canonical spelling: no spaces, ASCII hyphens, dictionary case ({@code 30/2020/NĐ-CP}). */
    public String canonical() {
        return canonical;
    }

    /** The canonical spelling. */
    @Override
    public String toString() {
        return canonical;
    }

    /** Codes are equal when their canonical spellings are. */
    @Override
    public boolean equals(Object o) {
        return o instanceof DocumentCode && ((DocumentCode) o).canonical.equals(canonical);
    }

    @Override
    public int hashCode() {
        return canonical.hashCode();
    }
}
