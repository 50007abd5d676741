package io.github.vietnorm.dictionaries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconTest {

    private static InputStream utf8(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void standardIsSharedAndKnowsAdministrativeWords() {
        Lexicon std = Lexicon.standard();
        assertSame(std, Lexicon.standard());
        assertTrue(std.size() > 5000, "size " + std.size());
        assertTrue(std.contains("ủy ban"));
        assertTrue(std.contains("Ủy Ban"), "case-insensitive");
        assertTrue(std.contains("chủ tịch"));
        assertFalse(std.contains("ủy ban nhân"), "a prefix is no word");
        assertTrue(std.contains("học"), "common syllables are one-syllable words (syllable-costs.tsv)");
        assertTrue(std.cost("của") < std.cost("khoa học"), "frequent words cost less");
        assertFalse(std.contains("xyz abc"));
        assertTrue(std.tags("chủ tịch").contains("title"));
        assertTrue(Float.isFinite(std.cost("chủ tịch")));
        assertEquals(Float.POSITIVE_INFINITY, std.cost("không phải từ nào"));
    }

    @Test
    void everyShippedFileIsListedInTheIndex() throws IOException {
        Path dir = Path.of("src/main/resources/io/github/vietnorm/dictionaries/lexicon");
        Set<String> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).collect(Collectors.toSet());
        }
        Set<String> listed = new HashSet<>(LexiconFormat.readIndex(getClass().getClassLoader(), Lexicon.INDEX));
        Set<String> missing = new HashSet<>(files);
        missing.removeAll(listed);
        assertTrue(missing.isEmpty(), "add these files to lexicon/lexicon.index: " + missing);
        Set<String> stale = new HashSet<>(listed);
        stale.removeAll(files);
        assertTrue(stale.isEmpty(), "lexicon.index lists missing files: " + stale);
    }

    @Test
    void shippedFilesAreWellFormedLowerCase() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String name : LexiconFormat.readIndex(getClass().getClassLoader(), Lexicon.INDEX)) {
            List<String> lines = Files.readAllLines(
                    Path.of("src/main/resources/io/github/vietnorm/dictionaries/lexicon", name));
            for (int i = 0; i < lines.size(); i++) {
                String w = lines.get(i).split("\t", -1)[0];
                if (!w.startsWith("#") && !w.equals(w.toLowerCase(java.util.Locale.ROOT))) {
                    problems.add(name + ":" + (i + 1) + ": not lower case: " + w);
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void walksTheTrieFromTextWithoutSubstrings() {
        Lexicon l = Lexicon.builder().includeStandard(false).add("khoa học").add("khoa học kỹ thuật").build();
        String text = "Sở KHOA HỌC kỹ thuật";
        int a = l.syllableId(text, 3, 7);
        int b = l.syllableId(text, 8, 11);
        assertTrue(a >= 0 && b >= 0);
        int s = l.next(Lexicon.ROOT, a);
        assertFalse(l.isWord(s));
        s = l.next(s, b);
        assertTrue(l.isWord(s));
        assertEquals("khoa học", l.word(s));
        s = l.next(s, l.syllableId(text, 12, 14));
        assertFalse(l.isWord(s));
        s = l.next(s, l.syllableId(text, 15, 20));
        assertTrue(l.isWord(s));
        assertEquals(-1, l.syllableId(text, 0, 2), "Sở is in no word");
        assertEquals(-1, l.next(Lexicon.ROOT, -1));
        assertEquals(2, l.size());
    }

    @Test
    void userWordsMergeOverTheStandardLexicon() throws IOException {
        Lexicon l = Lexicon.builder()
                .add(utf8("# mine\nchuyển đổi số vui vẻ\tsci\ncông dân số\t\t5.5\n"), "mine.txt")
                .remove("ủy ban")
                .build();
        assertTrue(l.contains("chuyển đổi số vui vẻ"));
        assertEquals(5.5f, l.cost("công dân số"));
        assertEquals(Lexicon.DEFAULT_COST, l.cost("chuyển đổi số vui vẻ"));
        assertTrue(l.tags("chuyển đổi số vui vẻ").contains("sci"));
        assertTrue(l.contains("chủ tịch"));
        assertFalse(l.contains("ủy ban"));
        Lexicon std = Lexicon.standard();
        int added = (std.contains("chuyển đổi số vui vẻ") ? 0 : 1) + (std.contains("công dân số") ? 0 : 1);
        assertEquals(std.size() + added - 1, l.size());
    }

    @Test
    void badLinesFailWithFileLineAndReason(@TempDir Path dir) throws IOException {
        String[][] cases = {
            {"khoa\thọc", "bad tag"},
            {"khoa  học", "exactly one space"},
            {" khoa học", "leading or trailing space"},
            {"khoa học\tsci\tabc", "bad cost"},
            {"khoa học\tsci\t-1", "out of range"},
            {"khoa học\tSci", "bad tag"},
            {"khoa học\ta\t1\tx", "too many"},
            {"khoa;học", "unexpected character"},
            {"khoa ho\u0323c", "not NFC"},
        };
        for (String[] c : cases) {
            Path f = dir.resolve("bad.txt");
            Files.writeString(f, "# comment\nhội nghị\n" + c[0] + "\n");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Lexicon.builder().includeStandard(false).add(f));
            assertTrue(e.getMessage().startsWith(f + ":3: "), e.getMessage());
            assertTrue(e.getMessage().contains(c[1]), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> Lexicon.builder().add("a  b"));
        assertThrows(IllegalArgumentException.class, () -> Lexicon.builder().add("a b", 0f));
    }

    @Test
    void wordsListsEveryEntry() {
        Lexicon l = Lexicon.builder().includeStandard(false).add("a b").add("a b c").add("b").build();
        assertEquals(Set.of("a b", "a b c", "b"), new HashSet<>(l.words()));
        assertEquals(Lexicon.standard().size(), Lexicon.standard().words().size());
    }

    @Property(tries = 300)
    void lookupsNeverThrow(@ForAll String text) {
        Lexicon l = Lexicon.standard();
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i <= text.length(); i++) {
            ids.add(l.syllableId(text, 0, i));
        }
        int s = Lexicon.ROOT;
        for (int id : ids) {
            s = l.next(s, id);
            l.isWord(s);
            l.cost(s);
        }
        l.contains(text);
    }
}
