package io.github.vietnorm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vietnorm.dictionaries.Syllables;
import io.github.vietnorm.dictionaries.Tone;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SyllableAutomatonTest {

    /** Every valid syllable with its tone moved to every letter, in three case patterns. */
    private static List<String> candidates() {
        Set<String> toneless = new LinkedHashSet<>();
        Syllables.forEachValid(s -> {
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < s.length(); k++) {
                char base = Syllables.baseLetter(s.charAt(k));
                b.append(base == 0 ? s.charAt(k) : base);
            }
            toneless.add(b.toString());
        });
        List<String> out = new ArrayList<>();
        for (String t : toneless) {
            out.add(t);
            for (int at = 0; at < t.length(); at++) {
                for (Tone tone : Tone.values()) {
                    char c = Syllables.composed(t.charAt(at), tone);
                    if (tone != Tone.LEVEL && c != 0) {
                        out.add(t.substring(0, at) + c + t.substring(at + 1));
                    }
                }
            }
        }
        return out;
    }

    private static List<String> casings(String s) {
        return List.of(s, Character.toUpperCase(s.charAt(0)) + s.substring(1), s.toUpperCase(Locale.ROOT),
                s.length() > 1 ? s.substring(0, s.length() - 1) + Character.toUpperCase(s.charAt(s.length() - 1)) : s + "Q");
    }

    @Test
    void anyStyleAgreesWithTheGrammarOnEveryPlacementAndCase() {
        SyllableAutomaton any = SyllableAutomaton.anyStyle();
        int checked = 0;
        for (String base : candidates()) {
            for (String s : casings(base)) {
                assertEquals(SyllableCheck.isValid(s, 0, s.length()), any.matches(s, 0, s.length()), s);
                checked++;
            }
        }
        assertTrue(checked > 100_000, "checked " + checked);
    }

    @Test
    void styleAutomatonAcceptsWhatTonePlacementLeavesAlone() {
        for (ToneStyle style : ToneStyle.values()) {
            SyllableAutomaton a = SyllableAutomaton.of(style);
            TonePlacement tone = new TonePlacement(style);
            for (String base : candidates()) {
                for (String s : casings(base)) {
                    boolean valid = SyllableCheck.isValid(s, 0, s.length());
                    boolean expected = valid && !tone.changes(s, 0, s.length());
                    assertEquals(expected, a.matches(s, 0, s.length()), style + " " + s);
                }
            }
        }
    }

    @Test
    void packedKeysAgreeWithTheAutomaton() {
        for (ToneStyle style : ToneStyle.values()) {
            SyllableAutomaton a = SyllableAutomaton.of(style);
            int accepted = 0;
            for (String s : candidates()) {
                long key = 0;
                boolean packable = s.length() <= SyllableAutomaton.MAX_KEY_LETTERS;
                for (int k = 0; k < s.length(); k++) {
                    int cls = SyllableAutomaton.code(s.charAt(k)) >>> 1;
                    packable &= cls != 0;
                    key = key << SyllableAutomaton.KEY_BITS | cls;
                }
                boolean expected = a.matches(s, 0, s.length());
                assertEquals(expected, packable && a.containsKey(key), style + " " + s);
                accepted += expected ? 1 : 0;
            }
            assertTrue(accepted > 15_000, "accepted " + accepted);
        }
    }

    @Test
    void syllableLengthsAgreeWithCheckingEachLength() {
        List<String> c = candidates();
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(3);
        java.text.Normalizer.Form nfd = java.text.Normalizer.Form.NFD;
        for (int t = 0; t < 40_000; t++) {
            String s = c.get(rnd.nextInt(c.size())) + c.get(rnd.nextInt(c.size()));
            if (t % 10 == 0) {
                s = java.text.Normalizer.normalize(s, nfd); // combining marks take the grammar's path
            }
            for (int from = 0; from < s.length(); from++) {
                int expected = 0;
                for (int l = 1; l <= 7 && from + l <= s.length(); l++) {
                    if (SyllableCheck.isValid(s, from, from + l)) {
                        expected |= 1 << l;
                    }
                }
                assertEquals(expected, SyllableCheck.syllableLengths(s, from, s.length(), 7), s + " @" + from);
            }
        }
    }

    @Test
    void examples() {
        SyllableAutomaton trad = SyllableAutomaton.of(ToneStyle.TRADITIONAL);
        SyllableAutomaton modern = SyllableAutomaton.of(ToneStyle.MODERN);
        for (String s : new String[] {"hòa", "thủy", "Ủy", "nghiêng", "QUỐC", "Quý", "gì", "Đắk"}) {
            assertTrue(trad.matches(s, 0, s.length()), s);
        }
        for (String s : new String[] {"hoà", "thuỷ", "Uỷ", "Qúy", "kếtthực", "tHông", "VNeID", "hoc", "", "x1"}) {
            assertFalse(trad.matches(s, 0, s.length()), s);
        }
        assertTrue(modern.matches("hoà", 0, 3));
        assertFalse(modern.matches("hòa", 0, 3));
        SyllableAutomaton any = SyllableAutomaton.anyStyle();
        assertTrue(any.stateCount() < 1000, "a small automaton: " + any.stateCount());
        assertEquals(SyllableAutomaton.DEAD, any.step(any.start(), 'f'));
        assertTrue(any.matches("hoà", 0, 3) && any.matches("hòa", 0, 3));
    }
}
