package io.github.vietnorm.dictionaries;

/**
 * The six tones of Vietnamese, with the combining mark that writes each one.
 *
 * <pre>{@code
 * Tone.ofMark('\u0301');   // Tone.ACUTE
 * Tone.HOOK.mark();        // '\u0309' (hỏi)
 * }</pre>
 */
public enum Tone {
    /** ngang: no mark ({@code ma}). */
    LEVEL('\0', "ngang"),
    /** huyền: grave accent U+0300 ({@code mà}). */
    GRAVE('\u0300', "huyền"),
    /** hỏi: hook above U+0309 ({@code mả}). */
    HOOK('\u0309', "hỏi"),
    /** ngã: tilde U+0303 ({@code mã}). */
    TILDE('\u0303', "ngã"),
    /** sắc: acute accent U+0301 ({@code má}). */
    ACUTE('\u0301', "sắc"),
    /** nặng: dot below U+0323 ({@code mạ}). */
    DOT('\u0323', "nặng");

    private static final Tone[] VALUES = values();

    private final char mark;
    private final String vietnameseName;

    Tone(char mark, String vietnameseName) {
        this.mark = mark;
        this.vietnameseName = vietnameseName;
    }

    /** The combining mark that writes this tone; {@code '\0'} for {@link #LEVEL}. */
    public char mark() {
        return mark;
    }

    /** The Vietnamese name of the tone ({@code "sắc"}, {@code "nặng"}, …). */
    public String vietnameseName() {
        return vietnameseName;
    }

    /**
     * The tone written by a combining mark (U+0300, U+0301, U+0303, U+0309, U+0323, and the
     * deprecated U+0340/U+0341), or {@code null} when {@code c} is not a tone mark.
     */
    public static Tone ofMark(char c) {
        switch (c) {
            case '\u0300':
            case '\u0340':
                return GRAVE;
            case '\u0301':
            case '\u0341':
                return ACUTE;
            case '\u0303':
                return TILDE;
            case '\u0309':
                return HOOK;
            case '\u0323':
                return DOT;
            default:
                return null;
        }
    }

    /** The tone with this {@link #ordinal()}; allocation-free. */
    static Tone of(int ordinal) {
        return VALUES[ordinal];
    }

    /** Whether a syllable closed by a stop ({@code p t c ch}) may carry this tone: only sắc and nặng. */
    public boolean allowedAfterStop() {
        return this == ACUTE || this == DOT;
    }
}
