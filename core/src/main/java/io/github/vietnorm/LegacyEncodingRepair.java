package io.github.vietnorm;

/**
 * Pipeline stage 1: repairs lines that are a legacy Vietnamese encoding (TCVN3, VNI, VISCII, VPS,
 * Windows-1258) or UTF-8 seen through Windows-1252 / Latin-1 eyes ({@code ViÖt Nam},
 * {@code Vieät Nam}, {@code §¶ng}, {@code Viá»‡t Nam}) by mapping the characters back to bytes and
 * decoding them right. Runs first: TCVN3's {@code ư} is the soft-hyphen byte, which a later stage
 * would strip.
 *
 * <p>Decides per line, and only on a clear margin ({@link EncodingScores#clearlyBetter}): the
 * chosen decoding must yield more valid syllables than the line as it is. Valid Unicode Vietnamese
 * and plain ASCII text are never changed. Fast path: a text with no Latin-1/CP1252 character is
 * returned untouched without allocating; a line whose every non-ASCII word is already a valid
 * syllable is skipped without allocating. VIQR is not repaired here (it is plain ASCII, where a
 * false repair of English would cost more than a missed one): decode it with
 * {@link VietnameseEncoding#VIQR}.
 */
final class LegacyEncodingRepair implements Stage {

    @Override
    public void apply(String text, TextRewriter out, StageContext context) {
        int n = text.length();
        int first = firstMarker(text, 0, n);
        if (first < 0) {
            return;
        }
        EncodingScores.Scratch scratch = null;
        int lineStart = text.lastIndexOf('\n', first) + 1;
        while (lineStart < n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            if (firstMarker(text, lineStart, lineEnd) >= 0 && !hasUnicodeVietnamese(text, lineStart, lineEnd)) {
                long identity = EncodingScores.score(text, lineStart, lineEnd);
                if (EncodingScores.invalid(identity) > 0) {
                    if (scratch == null) {
                        scratch = new EncodingScores.Scratch();
                    }
                    VietnameseEncoding e = choose(text, lineStart, lineEnd, identity, scratch);
                    if (e != null) {
                        emit(text, lineStart, lineEnd, scratch.best, out);
                    }
                }
            }
            lineStart = lineEnd + 1;
        }
    }

    /**
     * Whether the line already holds letters that only Unicode Vietnamese has (ă â đ ơ ư, the
     * toned letters of U+1EA0–U+1EF9, combining tone marks): no mis-decoding of 8-bit text
     * produces them, so such a line is Unicode text and is left alone (its en dashes and curly
     * quotes are CP1252 characters, not legacy bytes).
     */
    static boolean hasUnicodeVietnamese(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < 0x100) {
                continue;
            }
            if ((c >= 0x1EA0 && c <= 0x1EF9) || (c >= 0x0300 && c <= 0x0323)
                    || c == 0x0102 || c == 0x0103 || c == 0x0110 || c == 0x0111
                    || c == 0x01A0 || c == 0x01A1 || c == 0x01AF || c == 0x01B0
                    || c == 0x0128 || c == 0x0129 || c == 0x0168 || c == 0x0169) {
                return true;
            }
        }
        return false;
    }

    private static int firstMarker(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && EncodingScores.isMarker(c)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The encoding whose mis-reading {@code text[start, end)} clearly is, with its decoding left in
     * {@code scratch.best}; null when none is clearly better than the text as it is.
     */
    static VietnameseEncoding choose(CharSequence text, int start, int end, long identity, EncodingScores.Scratch scratch) {
        VietnameseEncoding best = null;
        int bestRank = Integer.MIN_VALUE;
        for (VietnameseEncoding e : EncodingScores.STRING_CANDIDATES) {
            StringBuilder cand = scratch.out;
            cand.setLength(0);
            EncodingScores.decodeMisread(text, start, end, e, scratch, cand);
            if (cand.length() == end - start && contentEquals(cand, text, start)) {
                continue;
            }
            long idScore;
            long score;
            if (EncodingScores.scoreChangedWords(text, start, end, cand, scratch)) {
                idScore = scratch.identityScore;
                score = scratch.candidateScore;
            } else {
                idScore = identity;
                score = EncodingScores.score(cand, 0, cand.length());
            }
            int rank = EncodingScores.rank(score) - EncodingScores.rank(idScore);
            if (rank > bestRank && EncodingScores.clearlyBetter(score, idScore)) {
                best = e;
                bestRank = rank;
                scratch.best.setLength(0);
                scratch.best.append(cand);
            }
        }
        return best;
    }

    private static boolean contentEquals(CharSequence a, CharSequence b, int bStart) {
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(bStart + i)) {
                return false;
            }
        }
        return true;
    }

    /** Reports the repair word by word when the spaces line up (they do unless composition moved them), else as one edit. */
    private static void emit(String text, int start, int end, CharSequence fixed, TextRewriter out) {
        int i = start;
        int j = 0;
        int m = fixed.length();
        if (countSpaces(text, start, end) == countSpaces(fixed, 0, m)) {
            while (i < end || j < m) {
                int wi = i;
                while (i < end && !isSpace(text.charAt(i))) {
                    i++;
                }
                int wj = j;
                while (j < m && !isSpace(fixed.charAt(j))) {
                    j++;
                }
                if (!regionEquals(text, wi, i, fixed, wj, j)) {
                    out.replace(wi, i, fixed.subSequence(wj, j), EditReason.LEGACY_ENCODING);
                }
                if (i < end) {
                    i++;
                }
                if (j < m) {
                    j++;
                }
            }
            return;
        }
        out.replace(start, end, fixed, EditReason.LEGACY_ENCODING);
    }

    private static boolean isSpace(char c) {
        return EncodingScores.isSpace(c);
    }

    private static int countSpaces(CharSequence s, int start, int end) {
        int n = 0;
        for (int i = start; i < end; i++) {
            if (isSpace(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static boolean regionEquals(CharSequence a, int aStart, int aEnd, CharSequence b, int bStart, int bEnd) {
        return EncodingScores.regionEquals(a, aStart, aEnd, b, bStart, bEnd);
    }
}
