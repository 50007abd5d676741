package io.github.vietnorm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NormalizeCommandTest {

    record Run(int exit, String out, String err) {
    }

    static Run run(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        int exit = Vietnorm.execute(new ByteArrayInputStream(stdin), out, new PrintWriter(err, true), args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString());
    }

    static Run run(String stdin, String... args) {
        return run(stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    @Test
    void normalizesStdin() {
        Run r = run("Ho\u0302\u0300 Chi\u0301 Minh\n", "normalize");
        assertEquals(0, r.exit(), r.err());
        assertEquals("Hồ Chí Minh\n", r.out());
    }

    @Test
    void keepsLinesBlankLinesAndTerminators() {
        Run r = run("  một  \r\n\n\nhai\u00a0ba\nbốn", "normalize", "--threads=2");
        assertEquals(0, r.exit(), r.err());
        assertEquals("một\r\n\n\nhai ba\nbốn", r.out());
    }

    @Test
    void manyLinesInParallelKeepTheirOrder() {
        StringBuilder in = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            in.append("dòng  ").append(i).append('\n');
            expected.append("dòng ").append(i).append('\n');
        }
        Run r = run(in.toString(), "normalize", "--threads=3");
        assertEquals(0, r.exit(), r.err());
        assertEquals(expected.toString(), r.out());
    }

    @Test
    void readsFilesInOrder(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "Vie\u0323\u0302t\n");
        Path b = Files.writeString(dir.resolve("b.txt"), "Nam\n");
        Run r = run("", "normalize", a.toString(), b.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("Việt\nNam\n", r.out());
    }

    @Test
    void writesTheEditLogAsJsonLines(@TempDir Path dir) throws Exception {
        Path edits = dir.resolve("edits.jsonl");
        Run r = run("sạch\nHo\u0302\u0300  Chí\n", "normalize", "--edits=" + edits);
        assertEquals(0, r.exit(), r.err());
        List<String> lines = Files.readAllLines(edits);
        assertEquals(2, lines.size());
        Map<String, Object> first = parse(lines.get(0));
        assertEquals(2L, first.get("line"));
        assertEquals(1L, first.get("start"));
        assertEquals(4L, first.get("end"));
        assertEquals("o\u0302\u0300", first.get("before"));
        assertEquals("ồ", first.get("after"));
        assertEquals("NFC", first.get("reason"));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(1, s.count(), "no temporary file left behind");
        }
    }

    @Test
    void unknownOptionExitsTwoWithUsage() {
        Run r = run("", "normalize", "--no-such-flag");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--no-such-flag"), r.err());
        assertTrue(r.err().contains("Usage:"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void missingFileIsAnErrorAndLeavesNoEditLog(@TempDir Path dir) {
        Path edits = dir.resolve("edits.jsonl");
        Run r = run("", "normalize", "--edits=" + edits, dir.resolve("nope.txt").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("nope.txt"), r.err());
        assertFalse(Files.exists(edits));
    }

    @Test
    void invalidUtf8IsAnError() {
        Run r = run(new byte[] {'a', (byte) 0xC3, (byte) 0x28, '\n'}, "normalize");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("UTF-8"), r.err());
    }

    @Test
    void helpAndVersion() {
        assertEquals(0, run("", "--version").exit());
        Run help = run("", "normalize", "--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("--tone-style"), help.out());
    }

    private static Map<String, Object> parse(String json) throws Exception {
        Map<String, Object> m = new HashMap<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                if (t == JsonToken.VALUE_NUMBER_INT) {
                    m.put(name, p.getLongValue());
                } else if (t == JsonToken.START_ARRAY) {
                    List<String> l = new ArrayList<>();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        l.add(p.getText());
                    }
                    m.put(name, l);
                } else {
                    m.put(name, p.getText());
                }
            }
        }
        return m;
    }
}
