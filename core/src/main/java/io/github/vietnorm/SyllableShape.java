package io.github.vietnorm;

/**
 * Quick shape test of a letter run: could it be a Vietnamese syllable (onset of at most three
 * consonant letters, one to three vowel letters, at most two final consonants; only letters of the
 * Vietnamese alphabet)? A stand-in until the syllable grammar of the dictionaries module is wired.
 */
final class SyllableShape {

    private SyllableShape() {
    }

    static boolean isVietnamese(CharSequence t, int start, int end) {
        int len = end - start;
        if (len > 7) {
            return false;
        }
        int i = start;
        int onset = 0;
        while (i < end && kind(t.charAt(i)) == 1) {
            i++;
            onset++;
        }
        int vowels = 0;
        while (i < end && kind(t.charAt(i)) == 2) {
            i++;
            vowels++;
        }
        int coda = 0;
        while (i < end && kind(t.charAt(i)) == 1) {
            i++;
            coda++;
        }
        if (i != end || coda > 2 || onset > 3) {
            return false;
        }
        // "gi" and "qu" onsets may stand without a further vowel letter (gì, quá handled by vowels)
        return vowels >= 1 && vowels <= 3 || vowels == 0 && onset == 2 && len == 2
                && Character.toLowerCase(t.charAt(start)) == 'g' && Character.toLowerCase(t.charAt(start + 1)) == 'i';
    }

    static boolean isAbbreviation(CharSequence t, int start, int end) {
        int upper = 0;
        for (int i = start; i < end; i++) {
            if (Character.isUpperCase(t.charAt(i))) {
                upper++;
            }
        }
        return end - start >= 2 && upper >= 2;
    }

    /** 1 consonant letter of the Vietnamese alphabet, 2 vowel letter, 0 anything else. */
    private static int kind(char c) {
        char l = Character.toLowerCase(c);
        if (l < 128) {
            switch (l) {
                case 'a': case 'e': case 'i': case 'o': case 'u': case 'y':
                    return 2;
                case 'b': case 'c': case 'd': case 'g': case 'h': case 'k': case 'l': case 'm': case 'n':
                case 'p': case 'q': case 'r': case 's': case 't': case 'v': case 'x':
                    return 1;
                default:
                    return 0;
            }
        }
        if (l == 'đ') {
            return 1;
        }
        String base = java.text.Normalizer.normalize(String.valueOf(l), java.text.Normalizer.Form.NFD);
        char b = base.charAt(0);
        return b == 'a' || b == 'e' || b == 'i' || b == 'o' || b == 'u' || b == 'y' ? 2 : 0;
    }
}
