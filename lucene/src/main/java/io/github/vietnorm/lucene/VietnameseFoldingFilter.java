package io.github.vietnorm.lucene;

import java.io.IOException;
import java.text.Normalizer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Accent-insensitive matching: removes every diacritic from Latin letters, Vietnamese tone marks
 * and vowel marks alike ({@code Nguyễn} → {@code Nguyen}), folds {@code đ}→{@code d} and
 * {@code Đ}/{@code Ð}→{@code D} (which have no Unicode decomposition, so the usual
 * "decompose and strip marks" recipe misses them), and drops combining marks, so decomposed input
 * ({@code Nguye\u0302\u0303n}) folds the same as precomposed input. Case is kept: put a
 * {@code LowerCaseFilter} before this filter.
 *
 * <p>Optionally:
 *
 * <ul>
 *   <li>{@code preserveOriginal}: the original token is kept and the folded one added at the same
 *       position (position increment 0), when they differ, so exact matches can score higher;
 *   <li>{@code foldIY}: the interchangeable spellings with a final {@code i} or {@code y} after a
 *       consonant or {@code qu} become one ({@code kỹ}/{@code kĩ} → {@code ki}, {@code quy}/{@code
 *       qui} → {@code qui}, {@code lý}/{@code lí} → {@code li}). Syllables where {@code y} follows
 *       a vowel ({@code tuy}, {@code huy}, {@code may}) are untouched, as are tokens of the types
 *       {@code <FOREIGN>}, {@code <ABBREVIATION>}, {@code <URL>}, {@code <EMAIL>} and {@code
 *       <DOCUMENT_CODE>}.
 * </ul>
 *
 * <pre>{@code
 * TokenStream ts = new VietnameseFoldingFilter(new LowerCaseFilter(tokenizer), false, true);
 * // "Ủy ban", "kỹ thuật", "đường" -> "uy ban", "ki thuat", "duong"
 * }</pre>
 *
 * <p>The folding is a lookup table built once from the Unicode decompositions of the Latin
 * blocks (U+00C0–U+024F, U+1E00–U+1EFF): one array read per character, no allocation.
 * Multi-term queries (wildcard, prefix) are folded the same way through {@link
 * VietnameseFoldingFilterFactory#normalize(TokenStream)} or {@link
 * VietnameseAnalyzer#normalize(String, org.apache.lucene.util.BytesRef)}.
 */
public final class VietnameseFoldingFilter extends TokenFilter {

    /** Marks a character that folding removes (a combining mark). */
    private static final char DELETE = '\uFFFF';
    /** Folded form of each char below {@code TABLE.length}; 0 means unchanged. */
    private static final char[] TABLE = buildTable();

    private final boolean preserveOriginal;
    private final boolean foldIY;
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private State pendingOriginal;
    private char[] folded = new char[32];
    private int foldedLength;

    /** A folding filter without {@code preserveOriginal} and without i/y folding. */
    public VietnameseFoldingFilter(TokenStream input) {
        this(input, false, false);
    }

    /**
     * @param input            the tokens to fold
     * @param preserveOriginal keep the original token too, at the same position, when folding changes it
     * @param foldIY           make a final {@code y} after a consonant or {@code qu} an {@code i}
     */
    public VietnameseFoldingFilter(TokenStream input, boolean preserveOriginal, boolean foldIY) {
        super(input);
        this.preserveOriginal = preserveOriginal;
        this.foldIY = foldIY;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pendingOriginal != null) {
            // the folded form, stacked on the original just returned
            restoreState(pendingOriginal);
            pendingOriginal = null;
            termAtt.copyBuffer(folded, 0, foldedLength);
            posIncAtt.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = termAtt.buffer();
        int length = termAtt.length();
        boolean iy = foldIY && foldsIY(typeAtt.type());
        if (!preserveOriginal) {
            int n = fold(buffer, length);
            if (iy) {
                foldIY(buffer, n);
            }
            termAtt.setLength(n);
            return true;
        }
        if (folded.length < length) {
            folded = new char[Math.max(length, folded.length * 2)];
        }
        System.arraycopy(buffer, 0, folded, 0, length);
        int n = fold(folded, length);
        if (iy) {
            foldIY(folded, n);
        }
        if (n != length || !regionEquals(buffer, folded, n)) {
            foldedLength = n;
            pendingOriginal = captureState();
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pendingOriginal = null;
    }

    /**
     * Folds {@code chars[0, length)} in place.
     *
     * @return the new length (never more than {@code length})
     */
    static int fold(char[] chars, int length) {
        int i = 0;
        while (i < length && chars[i] < '\u00C0') {
            i++;
        }
        if (i == length) {
            return length;
        }
        final char[] table = TABLE;
        int out = i;
        for (; i < length; i++) {
            char c = chars[i];
            if (c < '\u00C0' || c >= table.length) {
                chars[out++] = c;
            } else {
                char f = table[c];
                if (f == 0) {
                    chars[out++] = c;
                } else if (f != DELETE) {
                    chars[out++] = f;
                }
            }
        }
        return out;
    }

    /** In already folded text, turns a syllable-final y after a consonant or "qu" into i. */
    static void foldIY(char[] chars, int length) {
        for (int i = 1; i < length; i++) {
            char c = chars[i];
            if ((c == 'y' || c == 'Y')
                    && (i + 1 == length || !Character.isLetter(chars[i + 1]))
                    && precedesFinalI(chars, i)) {
                chars[i] = c == 'y' ? 'i' : 'I';
            }
        }
    }

    private static boolean precedesFinalI(char[] chars, int y) {
        char p = Character.toLowerCase(chars[y - 1]);
        if (p == 'u') {
            return y >= 2 && Character.toLowerCase(chars[y - 2]) == 'q';
        }
        return p < 128 && CONSONANT[p];
    }

    private static final boolean[] CONSONANT = new boolean[128];

    static {
        for (char c : "bcdghklmnprstvx".toCharArray()) {
            CONSONANT[c] = true;
        }
    }

    private static boolean foldsIY(String type) {
        switch (type) {
            case VietnameseTokenizer.TYPE_FOREIGN:
            case VietnameseTokenizer.TYPE_ABBREVIATION:
            case VietnameseTokenizer.TYPE_URL:
            case VietnameseTokenizer.TYPE_EMAIL:
            case VietnameseTokenizer.TYPE_DOCUMENT_CODE:
                return false;
            default:
                return true;
        }
    }

    private static boolean regionEquals(char[] a, char[] b, int n) {
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    private static char[] buildTable() {
        char[] table = new char[0x1F00];
        for (int c = 0x0300; c < 0x0370; c++) {
            table[c] = DELETE; // combining diacritical marks
        }
        fill(table, 0x00C0, 0x0250);
        fill(table, 0x1E00, 0x1F00);
        table['đ'] = 'd';
        table['Đ'] = 'D';
        table['\u00D0'] = 'D'; // Ð, Icelandic eth, often typed for Đ
        table['\u0189'] = 'D'; // Ɖ, African D, another look-alike
        return table;
    }

    private static void fill(char[] table, int from, int to) {
        for (int c = from; c < to; c++) {
            String d = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFD);
            if (d.length() < 2 || d.charAt(0) >= 128 || !Character.isLetter(d.charAt(0))) {
                continue;
            }
            boolean marksOnly = true;
            for (int i = 1; i < d.length(); i++) {
                char m = d.charAt(i);
                marksOnly &= m >= 0x0300 && m < 0x0370;
            }
            if (marksOnly) {
                table[c] = d.charAt(0);
            }
        }
    }
}
