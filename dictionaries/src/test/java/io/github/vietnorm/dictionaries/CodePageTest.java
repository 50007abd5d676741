package io.github.vietnorm.dictionaries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CodePageTest {

    @ParameterizedTest
    @ValueSource(strings = {"tcvn3", "vni", "viscii", "vps", "cp1258"})
    void everyShippedPageLoadsAndEncodesWhatItDecodes(String name) {
        CodePage p = CodePage.load(name);
        assertEquals(name, p.name());
        for (int b = 0; b < 256; b++) {
            char c = p.decode(b);
            int e = p.encode(c);
            if (e != CodePage.UNMAPPABLE && e <= 0xFF) {
                assertEquals(c, p.decode(e), name + " byte " + Integer.toHexString(b));
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"tcvn3, D6, ệ", "tcvn3, AD, ư", "tcvn3, A7, Đ", "viscii, 02, Ẳ", "viscii, A0, Õ", "vps, 02, Ạ", "vps, C7, đ", "cp1258, F2, \u0323", "vni, F1, đ"})
    void knownBytes(String name, String hex, char expected) {
        assertEquals(expected, CodePage.load(name).decode(Integer.parseInt(hex, 16)));
    }

    @Test
    void vniPairsAndCaseFolding() {
        CodePage vni = CodePage.load("vni");
        assertTrue(vni.startsPair('e'));
        assertEquals('ệ', vni.decodePair('e', 0xE4));
        assertEquals('Ệ', vni.decodePair('E', 0xC4));
        assertEquals(-1, vni.decodePair('x', 0xE4));
        assertEquals(0x10000 | 'e' << 8 | 0xE4, vni.encode('ệ'));
        assertEquals(CodePage.UNMAPPABLE, vni.encode('ä'), "a mark byte never stands for its Windows-1252 letter");
        CodePage tcvn3 = CodePage.load("tcvn3");
        assertTrue(tcvn3.foldsCase());
        assertEquals(tcvn3.encode('ệ'), tcvn3.encode('Ệ'));
        assertFalse(CodePage.load("viscii").foldsCase());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            @base latin-1\\nZZ U+0041       | x.txt:2: bad hexadecimal number
            @base latin-1\\n41              | x.txt:2: expected
            @base latin-1\\n41 U+99999      | x.txt:2: code point
            @frobnicate                      | x.txt:1: unknown directive
            41 U+0041                        | x.txt:1: missing @base
            """)
    void badLinesFailWithFileAndLine(String content, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CodePage.parse("x.txt", new StringReader(content.replace("\\n", "\n"))));
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CodePage.load("koi8"));
    }
}
