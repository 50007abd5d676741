package io.github.vietnorm;

/**
 * Unicode stage, part 1: removes invisible characters (zero-width space and joiners, BOM, word
 * joiner; the soft hyphen only outside text that still looks legacy-encoded, where U+00AD is
 * TCVN3's {@code ư}), turns every Unicode space character and the tab into an ASCII space,
 * collapses runs of spaces and trims spaces at both ends of each line. Line breaks are kept.
 */
final class WhitespaceAndInvisibles implements Stage {
    private static final int NORMAL = 0;
    private static final int SPACE = 1;
    private static final int INVISIBLE = 2;
    private static final int SOFT_HYPHEN = 3;
    private static final int LINE_BREAK = 4;

    /** {@link #kind} of every char, so the hot loop does one array load per char. */
    private static final byte[] KIND = new byte[0x10000];

    static {
        for (int c = 0; c < KIND.length; c++) {
            KIND[c] = (byte) computeKind((char) c);
        }
    }

    static int kind(char c) {
        return KIND[c];
    }

    /** Whether this stage removes {@code c} wherever it stands (zero-width space and joiners, word joiner, BOM). */
    static boolean isInvisible(char c) {
        return KIND[c] == INVISIBLE;
    }

    /** Whether this stage leaves {@code c} alone wherever it stands (neither a space, a line break, an invisible char nor the soft hyphen). */
    static boolean isOrdinary(char c) {
        return KIND[c] == NORMAL;
    }

    /** Whether this stage makes {@code c} an ASCII space (or trims it). */
    static boolean isSpace(char c) {
        return KIND[c] == SPACE;
    }

    private static int computeKind(char c) {
        if (c > ' ' && c < 0x7F) {
            return NORMAL;
        }
        switch (c) {
            case ' ':
            case '\t':
            case '\u00A0':
            case '\u1680':
            case '\u202F':
            case '\u205F':
            case '\u3000':
                return SPACE;
            case '\n':
            case '\r':
            case '\u000B':
            case '\u000C':
            case '\u0085':
            case '\u2028':
            case '\u2029':
                return LINE_BREAK;
            case '\u200B':
            case '\u200C':
            case '\u200D':
            case '\u2060':
            case '\uFEFF':
                return INVISIBLE;
            case '\u00AD':
                return SOFT_HYPHEN;
            default:
                return c >= '\u2000' && c <= '\u200A' ? SPACE : NORMAL;
        }
    }

    @Override
    public void apply(String s, TextRewriter out, StageContext context) {
        final int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            int k = KIND[c];
            if (k == NORMAL) {
                i++;
                continue;
            }
            if (c == ' ' && i > 0 && i + 1 < n && KIND[s.charAt(i + 1)] == NORMAL && KIND[s.charAt(i - 1)] == NORMAL) {
                i++; // a single space between two ordinary characters: the common case
                continue;
            }
            if (!removableOrSpace(s, i, k)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && removableOrSpace(s, j, kind(s.charAt(j)))) {
                j++;
            }
            boolean lineStart = i == 0 || kind(s.charAt(i - 1)) == LINE_BREAK;
            boolean lineEnd = j == n || kind(s.charAt(j)) == LINE_BREAK;
            fixRun(s, i, j, lineStart || lineEnd, out);
            i = j;
        }
    }

    private static boolean removableOrSpace(String s, int i, int kind) {
        return kind == SPACE || kind == INVISIBLE || (kind == SOFT_HYPHEN && !inLegacyToken(s, i));
    }

    /** Rewrites the run {@code s[i, j)} of spaces and invisible characters. */
    private static void fixRun(String s, int i, int j, boolean trim, TextRewriter out) {
        int spaces = 0;
        int firstAsciiSpace = -1;
        for (int k = i; k < j; k++) {
            if (kind(s.charAt(k)) == SPACE) {
                spaces++;
                if (firstAsciiSpace < 0 && s.charAt(k) == ' ') {
                    firstAsciiSpace = k;
                }
            }
        }
        if (trim) {
            out.delete(i, j, spaces > 0 ? EditReason.LINE_END_SPACE : EditReason.INVISIBLE_CHARACTER);
            return;
        }
        if (spaces == 0) {
            out.delete(i, j, EditReason.INVISIBLE_CHARACTER);
            return;
        }
        if (j - i == 1 && firstAsciiSpace == i) {
            return; // a single ASCII space: nothing to do
        }
        EditReason reason = spaces > 1 ? EditReason.SPACE_RUN
                : (j - i > 1 ? EditReason.INVISIBLE_CHARACTER : EditReason.SPACE_CHARACTER);
        if (firstAsciiSpace < 0) {
            out.replace(i, j, " ", reason);
            return;
        }
        if (firstAsciiSpace > i) {
            out.delete(i, firstAsciiSpace, reason);
        }
        if (firstAsciiSpace + 1 < j) {
            out.delete(firstAsciiSpace + 1, j, reason);
        }
    }

    /**
     * Whether the soft hyphen at {@code i} belongs to a token that still looks legacy-encoded (it
     * holds Latin-1 symbols that Vietnamese Unicode text does not use), where it stands for TCVN3's
     * {@code ư} and must be kept.
     */
    static boolean inLegacyToken(String s, int i) {
        for (int k = i - 1; k >= 0 && !isTokenBoundary(s.charAt(k)); k--) {
            if (isLegacyMarker(s, k)) {
                return true;
            }
        }
        for (int k = i + 1; k < s.length() && !isTokenBoundary(s.charAt(k)); k++) {
            if (isLegacyMarker(s, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A legacy marker at {@code k} that NFC will not change: one followed by a combining mark
     * composes into another letter, and the decision must be the same in a second pass.
     */
    private static boolean isLegacyMarker(String s, int k) {
        if (!isLegacyMarker(s.charAt(k))) {
            return false;
        }
        int next = k + 1; // the char after it once invisible ones are removed (this stage removes them)
        while (next < s.length() && kind(s.charAt(next)) == INVISIBLE) {
            next++;
        }
        return !(next < s.length() && Character.getType(s.charAt(next)) == Character.NON_SPACING_MARK);
    }

    private static boolean isTokenBoundary(char c) {
        int k = kind(c);
        return k == SPACE || k == LINE_BREAK;
    }

    /**
     * A character of U+0080–U+00FF that Vietnamese Unicode text does not use as a letter. Eth is
     * not one: the look-alike repair turns it into {@code Đ}, and the answer must not change
     * between two passes.
     */
    static boolean isLegacyMarker(char c) {
        if (c < 0x80 || c > 0xFF || c == 0xA0 || c == 0xAD || c == 0xD0 || c == 0xF0) {
            return false;
        }
        switch (Character.toLowerCase(c)) {
            case 'à': case 'á': case 'â': case 'ã': case 'è': case 'é': case 'ê':
            case 'ì': case 'í': case 'ò': case 'ó': case 'ô': case 'õ': case 'ù': case 'ú': case 'ý':
            case '«': case '»': case '°':
                return false;
            default:
                return true;
        }
    }
}
