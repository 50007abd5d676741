package io.github.vietnorm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.vietnorm.cli.NormalizeCommandTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenizeCommandTest {

    @Test
    void textFormatJoinsSyllablesOfAWord() {
        Run r = NormalizeCommandTest.run("Sở Khoa học và Công nghệ tổ chức hội nghị\n", "tokenize");
        assertEquals(0, r.exit(), r.err());
        assertEquals("Sở Khoa_học và Công_nghệ tổ_chức hội_nghị\n", r.out());
    }

    @Test
    void keepsLinesAndBlankLines() {
        Run r = NormalizeCommandTest.run("hội nghị\n\n\nkhoa học\r\ncuối", "tokenize", "--threads=2");
        assertEquals(0, r.exit(), r.err());
        assertEquals("hội_nghị\n\n\nkhoa_học\r\ncuối", r.out());
    }

    @Test
    void jsonlListsTextTypeAndOffsets() throws IOException {
        String line = "Theo Nghị định 30/2020/NĐ-CP, ngày 16/09/2022.";
        Run r = NormalizeCommandTest.run(line + "\n\n", "tokenize", "--format=jsonl");
        assertEquals(0, r.exit(), r.err());
        String[] out = r.out().split("\n", -1);
        assertEquals(3, out.length, r.out());
        assertEquals("[]", out[1], "a blank line is an empty array");
        List<String[]> tokens = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(out[0])) {
            assertEquals(JsonToken.START_ARRAY, p.nextToken());
            while (p.nextToken() == JsonToken.START_OBJECT) {
                String[] t = new String[4];
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String f = p.currentName();
                    p.nextToken();
                    t[List.of("text", "type", "start", "end").indexOf(f)] = p.getText();
                }
                tokens.add(t);
            }
        }
        for (String[] t : tokens) {
            assertEquals(t[0], line.substring(Integer.parseInt(t[2]), Integer.parseInt(t[3])));
        }
        assertTrue(tokens.stream().anyMatch(t -> t[0].equals("30/2020/NĐ-CP") && t[1].equals("DOCUMENT_CODE")));
        assertTrue(tokens.stream().anyMatch(t -> t[0].equals("16/09/2022") && t[1].equals("DATE")));
        assertTrue(tokens.stream().anyMatch(t -> t[0].equals("Nghị định") && t[1].equals("WORD")));
    }

    @Test
    void userLexiconAddsWords(@TempDir Path dir) throws IOException {
        Path lex = dir.resolve("mine.txt");
        Files.writeString(lex, "# mine\ngió xoáy tím\n");
        assertNotEquals("gió_xoáy_tím\n", NormalizeCommandTest.run("gió xoáy tím\n", "tokenize").out());
        Run r = NormalizeCommandTest.run("gió xoáy tím\n", "tokenize", "--lexicon=" + lex);
        assertEquals(0, r.exit(), r.err());
        assertEquals("gió_xoáy_tím\n", r.out());
        Files.writeString(lex, "Bad  line\n");
        Run bad = NormalizeCommandTest.run("x\n", "tokenize", "--lexicon=" + lex);
        assertNotEquals(0, bad.exit());
        assertTrue(bad.err().contains(lex + ":1:"), bad.err());
    }
}
