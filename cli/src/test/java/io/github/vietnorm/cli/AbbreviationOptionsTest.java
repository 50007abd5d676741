package io.github.vietnorm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AbbreviationOptionsTest {

    @Test
    void expandsOnlyWhenAsked() {
        NormalizeCommandTest.Run off = NormalizeCommandTest.run("UBND tỉnh\n", "normalize");
        assertEquals("UBND tỉnh\n", off.out());
        NormalizeCommandTest.Run on = NormalizeCommandTest.run("UBND tỉnh\nChỉ thị 05-CT/TW\n", "normalize", "--expand-abbreviations");
        assertEquals(0, on.exit(), on.err());
        assertEquals("Ủy ban nhân dân tỉnh\nChỉ thị 05-CT/TW\n", on.out());
    }

    @Test
    void keepBothMode() {
        NormalizeCommandTest.Run r = NormalizeCommandTest.run("UBND tỉnh\n", "normalize", "--expand-abbreviations",
                "--abbreviation-mode=keep_both");
        assertEquals(0, r.exit(), r.err());
        assertEquals("Ủy ban nhân dân (UBND) tỉnh\n", r.out());
        NormalizeCommandTest.Run bad = NormalizeCommandTest.run("x\n", "normalize", "--abbreviation-mode=both");
        assertEquals(2, bad.exit());
    }

    @Test
    void userDictionaryAndItsErrors(@TempDir Path dir) throws IOException {
        Path dict = dir.resolve("mine.txt");
        Files.writeString(dict, "TTS | thực tập sinh | term | always\n", StandardCharsets.UTF_8);
        NormalizeCommandTest.Run r = NormalizeCommandTest.run("TTS và UBND\n", "normalize", "--expand-abbreviations",
                "--abbreviations=" + dict);
        assertEquals(0, r.exit(), r.err());
        assertEquals("Thực tập sinh và Ủy ban nhân dân\n", r.out());
        Files.writeString(dict, "TTS | | term\n", StandardCharsets.UTF_8);
        NormalizeCommandTest.Run bad = NormalizeCommandTest.run("x\n", "normalize", "--expand-abbreviations",
                "--abbreviations=" + dict);
        assertEquals(1, bad.exit());
        assertTrue(bad.err().contains("mine.txt:1: empty expansion for 'TTS'"), bad.err());
    }
}
