package io.github.vietnorm.dictionaries;

/**
 * A reusable, mutable holder for the result of
 * {@link Syllables#parse(CharSequence, int, int, SyllableParts)}: parse millions of syllables
 * without allocating. Not thread-safe: one instance per thread (or per call site).
 *
 * <pre>{@code
 * SyllableParts p = new SyllableParts();
 * if (Syllables.parse("hòan", 0, 4, p) && !p.isValid()) {
 *     p.toneMarkIndex();         // 1: the mark is on the o ...
 *     p.traditionalToneIndex();  // 2: ... but belongs on the a (hoàn)
 * }
 * }</pre>
 *
 * <p>Part strings are the lower-case written parts ({@code "ngh"}, {@code "o"}, {@code "iê"},
 * {@code "ng"}); an absent part is {@code ""}. {@code gi} before an {@code i}-rhyme is reported as
 * onset {@code "gi"} with the rhyme's own {@code i} ({@code gìn}: gi + i + n). Letter indices count
 * letters from the start of the parsed range (a letter with its combining marks is one letter, so in
 * NFC text a letter index is a char offset).
 */
public final class SyllableParts {
    private long code = Syllables.NONE;

    /** An empty holder. */
    public SyllableParts() {
    }

    void set(long code) {
        this.code = code;
    }

    private void check() {
        if (code == Syllables.NONE) {
            throw new IllegalStateException("no syllable parsed");
        }
    }

    private int value(int shift, int mask) {
        check();
        return (int) (code >>> shift) & mask;
    }

    /** Whether the last parse found a syllable (its letters, tone marks aside). */
    public boolean isSyllable() {
        return code != Syllables.NONE;
    }

    /**
     * Whether the last parse found a well-formed syllable: at most one tone mark, a tone the coda
     * allows, placed where the traditional or the modern style puts it. Same as
     * {@link Syllables#isValid(CharSequence, int, int)}.
     */
    public boolean isValid() {
        return Syllables.wellFormed(code);
    }

    /** The onset: {@code ""}, {@code "b"}, … {@code "ngh"}, {@code "qu"}, {@code "gi"}. */
    public String onset() {
        return Syllables.ONSETS[value(Syllables.ONSET_SHIFT, 31)];
    }

    /** The medial glide: {@code ""}, {@code "o"} or {@code "u"} (the {@code u} of {@code qu} belongs to the onset). */
    public String medial() {
        return Syllables.MEDIALS[value(Syllables.MEDIAL_SHIFT, 3)];
    }

    /** The nucleus as written: {@code "a"}, … {@code "iê"}, {@code "yê"}, {@code "ia"}, {@code "ya"}, {@code "uô"}, {@code "ua"}, {@code "ươ"}, {@code "ưa"}, {@code "oo"}. */
    public String nucleus() {
        return Syllables.NUCLEI[value(Syllables.NUCLEUS_SHIFT, 31)];
    }

    /** The coda: {@code ""}, one of {@code c ch m n ng nh p t k} or a glide {@code i y o u}. */
    public String coda() {
        return Syllables.CODAS[value(Syllables.CODA_SHIFT, 15)];
    }

    /** Whether the coda is a stop ({@code p t c ch k}), which allows only sắc and nặng. */
    public boolean hasStopCoda() {
        check();
        return (code & Syllables.STOP_BIT) != 0;
    }

    /** The tone; with several tone marks, the last one. */
    public Tone tone() {
        return Tone.of(value(Syllables.TONE_SHIFT, 7));
    }

    /** How many tone marks the text carried (0, 1, or more when malformed; capped at 7). */
    public int toneMarkCount() {
        return value(Syllables.MARKS_SHIFT, 7);
    }

    /** Letter index of the (last) tone mark, or -1 without one. */
    public int toneMarkIndex() {
        int i = value(Syllables.MARK_INDEX_SHIFT, 15);
        return i == 15 ? -1 : i;
    }

    /** Letter index where the traditional style puts the tone ({@code hòa}, {@code thủy}, {@code hoàn}). */
    public int traditionalToneIndex() {
        return value(Syllables.TRAD_SHIFT, 7);
    }

    /** Letter index where the modern style puts the tone ({@code hoà}, {@code thuỷ}, {@code hoàn}). */
    public int modernToneIndex() {
        return value(Syllables.MODERN_SHIFT, 7);
    }

    /** Number of letters parsed. */
    public int letterCount() {
        return value(Syllables.LETTERS_SHIFT, 15);
    }

    @Override
    public String toString() {
        if (code == Syllables.NONE) {
            return "SyllableParts[none]";
        }
        return "SyllableParts[onset=" + onset() + ", medial=" + medial() + ", nucleus=" + nucleus() + ", coda=" + coda()
                + ", tone=" + tone() + ", marks=" + toneMarkCount() + ", valid=" + isValid() + "]";
    }
}
