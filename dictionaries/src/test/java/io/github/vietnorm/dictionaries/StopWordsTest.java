package io.github.vietnorm.dictionaries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StopWordsTest {

    private static Set<String> parse(String text) throws IOException {
        return StopWords.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.txt");
    }

    @Test
    void standardListHasSingleAndMultiSyllableFunctionWords() {
        Set<String> stop = StopWords.standard();
        assertTrue(stop.size() >= 150 && stop.size() <= 300, "size " + stop.size());
        for (String w : List.of("và", "của", "các", "những", "tuy nhiên", "vì vậy", "đối với", "chúng tôi")) {
            assertTrue(stop.contains(w), w);
        }
        // negation and content words stay searchable
        for (String w : List.of("không", "chẳng", "việc", "ủy ban", "khoa học")) {
            assertFalse(stop.contains(w), w);
        }
        assertTrue(stop.stream().anyMatch(w -> w.indexOf(' ') > 0));
        assertThrows(UnsupportedOperationException.class, () -> stop.add("x"));
    }

    @Test
    void standardIsLoadedOnce() {
        assertTrue(StopWords.standard() == StopWords.standard());
    }

    @Test
    void commentsBlankLinesAndBomAreSkipped() throws IOException {
        assertEquals(List.of("và", "tuy nhiên"), List.copyOf(parse("\uFEFF# c\n\nvà\n# x\ntuy nhiên\n")));
    }

    @Test
    void badLinesNameFileAndLine() {
        assertEquals("test.txt:2: not lower case: \"Và\"",
                assertThrows(IllegalArgumentException.class, () -> parse("và\nVà\n")).getMessage());
        assertEquals("test.txt:1: two spaces in a row in \"tuy  nhiên\"",
                assertThrows(IllegalArgumentException.class, () -> parse("tuy  nhiên\n")).getMessage());
        assertEquals("test.txt:3: duplicate word \"và\"",
                assertThrows(IllegalArgumentException.class, () -> parse("và\n#\nvà\n")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> parse("tuy\tnhiên\n")).getMessage()
                .startsWith("test.txt:1: syllables must be separated"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> parse(" và\n")).getMessage()
                .startsWith("test.txt:1: leading or trailing space"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> parse("ho\u0302\u0300\n")).getMessage()
                .startsWith("test.txt:1: not NFC"));
    }

    @Test
    void loadsFromAFile(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("mine.txt");
        Files.writeString(f, "một\nhai\n", StandardCharsets.UTF_8);
        assertEquals(Set.of("một", "hai"), StopWords.load(f));
        Files.writeString(f, "một\nHai\n", StandardCharsets.UTF_8);
        assertEquals("mine.txt:2: not lower case: \"Hai\"",
                assertThrows(IllegalArgumentException.class, () -> StopWords.load(f)).getMessage());
    }
}
