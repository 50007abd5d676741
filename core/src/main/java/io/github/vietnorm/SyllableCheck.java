package io.github.vietnorm;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Set;

/**
 * Whether a letter run is one valid Vietnamese syllable (lower case or Capitalised, NFC, tone mark
 * anywhere in the syllable). The single place core asks this question, so it can delegate to the
 * dictionaries module's syllable grammar.
 */
final class SyllableCheck {
    private SyllableCheck() {
    }

    /** Tone of a precomposed letter: 0 none, 1 grave, 2 acute, 3 hook, 4 tilde, 5 dot; -1 not a letter we know. */
    private static final byte[] TONE = new byte[0x1F00];
    /** Base letter (lower case, tone removed, circumflex/breve/horn kept), 0 if unknown. */
    private static final char[] BASE = new char[0x1F00];

    private static final Set<String> ONSETS = Set.of(
            "", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh",
            "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x");

    private static final Set<String> RHYMES = new HashSet<>();

    static {
        for (char c = 'A'; c < 0x1F00; c++) {
            if (!Character.isLetter(c)) {
                continue;
            }
            String d = Normalizer.normalize(String.valueOf(Character.toLowerCase(c)), Normalizer.Form.NFD);
            char base = d.charAt(0);
            if (base > 'z' && base != 'đ') {
                continue;
            }
            int tone = 0;
            StringBuilder kept = new StringBuilder().append(base);
            boolean ok = true;
            for (int k = 1; k < d.length(); k++) {
                switch (d.charAt(k)) {
                    case '\u0300': tone = 1; break;
                    case '\u0301': tone = 2; break;
                    case '\u0309': tone = 3; break;
                    case '\u0303': tone = 4; break;
                    case '\u0323': tone = 5; break;
                    case '\u0302': case '\u0306': case '\u031B': kept.append(d.charAt(k)); break;
                    default: ok = false;
                }
            }
            if (!ok) {
                continue;
            }
            String b = Normalizer.normalize(kept, Normalizer.Form.NFC);
            if (b.length() != 1) {
                continue;
            }
            BASE[c] = b.charAt(0);
            TONE[c] = (byte) tone;
        }
        String rhymes = "a ai ao au ay ac ach am an ang anh ap at "
                + "ăc ăm ăn ăng ăp ăt âc âm ân âng âp ât âu ây "
                + "e eo ec em en eng ep et ê êch êm ên ênh êp êt êu "
                + "i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu "
                + "yêm yên yêt yêu y "
                + "o oc oi om on ong op ot ooc oong "
                + "oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt oe oen oeo oet "
                + "ô ôc ôi ôm ôn ông ôp ôt ơ ơi ơm ơn ơp ơt "
                + "u uc ui um un ung up ut ua uân uâng uât uây uê uêch uênh uôc uôi uôm uôn uông uôt uơ "
                + "uy uych uyt uyu uynh uyn uya uyên uyêt "
                + "ư ưc ưi ưm ưng ưt ưu ưa ươc ươi ươm ươn ương ươp ươt ươu";
        for (String r : rhymes.split(" ")) {
            RHYMES.add(r);
        }
    }

    /** Whether {@code s[from, to)} is one valid Vietnamese syllable (lower case or Capitalised). */
    static boolean isValid(CharSequence s, int from, int to) {
        int len = to - from;
        if (len < 1 || len > 7) {
            return false;
        }
        char[] b = new char[len];
        int tone = 0;
        for (int k = 0; k < len; k++) {
            char c = s.charAt(from + k);
            if (k > 0 && Character.isUpperCase(c)) {
                return false;
            }
            if (c >= BASE.length || BASE[c] == 0) {
                return false;
            }
            b[k] = BASE[c];
            if (TONE[c] != 0) {
                if (tone != 0) {
                    return false;
                }
                tone = TONE[c];
            }
        }
        String w = new String(b);
        for (int o = Math.min(3, len); o >= 0; o--) {
            String onset = w.substring(0, o);
            if (!ONSETS.contains(onset)) {
                continue;
            }
            String rhyme = w.substring(o);
            if (onset.equals("gi") && (rhyme.isEmpty() || rhyme.charAt(0) == 'ê' || "aăâeêioôơuưy".indexOf(rhyme.charAt(0)) < 0)) {
                // "gì", "gìn", "giếng": gi + i…
                if (rhyme.isEmpty() || RHYMES.contains("i" + rhyme)) {
                    return toneFits("i" + rhyme, tone);
                }
                continue;
            }
            if (!RHYMES.contains(rhyme)) {
                continue;
            }
            if (!spellingFits(onset, rhyme)) {
                continue;
            }
            return toneFits(rhyme, tone);
        }
        return false;
    }

    private static boolean spellingFits(String onset, String rhyme) {
        char v = rhyme.charAt(0);
        boolean front = v == 'i' || v == 'e' || v == 'ê' || (v == 'y' && !onset.isEmpty());
        switch (onset) {
            case "k": case "gh": case "ngh":
                return front;
            case "c": case "g": case "ng":
                return !front || (onset.equals("g") && v == 'i' && false);
            case "qu":
                return v != 'u' && v != 'o';
            default:
                if (v == 'y' && !onset.isEmpty() && rhyme.length() == 1) {
                    return onset.equals("l") || onset.equals("m") || onset.equals("k") || onset.equals("t")
                            || onset.equals("h") || onset.equals("s") || onset.equals("qu") || onset.equals("v")
                            || onset.equals("n") || onset.equals("đ");
                }
                return !(rhyme.startsWith("y") && !onset.isEmpty() && !rhyme.equals("y"));
        }
    }

    private static boolean toneFits(String rhyme, int tone) {
        if (rhyme.endsWith("c") || rhyme.endsWith("ch") || rhyme.endsWith("p") || rhyme.endsWith("t")) {
            return tone == 0 ? false : tone == 2 || tone == 5;
        }
        return true;
    }
}
