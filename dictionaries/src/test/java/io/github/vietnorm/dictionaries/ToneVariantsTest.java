package io.github.vietnorm.dictionaries;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ToneVariantsTest {

    @Test
    void openOaOeUyHaveTwoSpellings() {
        assertArrayEquals(new String[] {"hòa", "hoà"}, ToneVariants.spellings("hoà"));
        assertArrayEquals(new String[] {"khỏe", "khoẻ"}, ToneVariants.spellings("khỏe"));
        assertArrayEquals(new String[] {"thủy", "thuỷ"}, ToneVariants.spellings("thuỷ"));
        assertEquals("hòa", ToneVariants.traditional("hoà"));
        assertEquals("sức khỏe", ToneVariants.traditionalWord("sức khoẻ"));
    }

    @Test
    void othersHaveOne() {
        assertNull(ToneVariants.spellings("quý"), "qu- onset");
        assertNull(ToneVariants.spellings("hoàn"), "closed syllable");
        assertNull(ToneVariants.spellings("hoa"), "no tone mark");
        assertNull(ToneVariants.spellings("thuế"));
        assertNull(ToneVariants.spellings("ngoài"));
        assertEquals("khoa", ToneVariants.traditional("khoa"));
    }

    @Test
    void lexiconFindsBothSpellings() {
        Lexicon l = Lexicon.builder().includeStandard(false).add("sức khoẻ").add("hòa bình").build();
        assertTrue(l.contains("sức khỏe"));
        assertTrue(l.contains("sức khoẻ"));
        assertTrue(l.contains("Hoà Bình"));
        assertEquals(2, l.size());
        assertTrue(l.words().contains("sức khỏe"), "stored in the traditional spelling");
    }

    @Test
    void iAndYSpellingsOfOpenSyllables() {
        assertEquals("lí", ToneVariants.iyVariant("lý"));
        assertEquals("kỹ", ToneVariants.iyVariant("kĩ"));
        assertEquals("qui", ToneVariants.iyVariant("quy"));
        assertEquals("quý", ToneVariants.iyVariant("quí"));
        assertNull(ToneVariants.iyVariant("gì"), "gi- onset");
        assertNull(ToneVariants.iyVariant("tay"), "ay rhyme");
        assertNull(ToneVariants.iyVariant("y"));
        Lexicon l = Lexicon.builder().includeStandard(false).add("kỹ thuật").add("quy định").build();
        assertTrue(l.contains("kĩ thuật"));
        assertTrue(l.contains("qui định"));
    }
}
