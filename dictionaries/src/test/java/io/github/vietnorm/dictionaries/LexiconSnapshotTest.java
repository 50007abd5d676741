package io.github.vietnorm.dictionaries;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The compiled snapshot the build writes is the standard lexicon, byte for byte. */
class LexiconSnapshotTest {

    private static byte[] snapshotOf(Lexicon l) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LexiconSnapshot.write(l, out);
        return out.toByteArray();
    }

    @Test
    void theShippedSnapshotIsTheTextFilesCompiled() throws IOException {
        byte[] fromText = snapshotOf(Lexicon.standardFromText());
        try (InputStream in = Lexicon.class.getResourceAsStream(Lexicon.SNAPSHOT)) {
            assertNotNull(in, "the build writes " + Lexicon.SNAPSHOT + " (exec-maven-plugin, process-classes)");
            assertArrayEquals(fromText, in.readAllBytes(), "snapshot out of date with the lexicon text files");
        }
    }

    @Test
    void theStandardLexiconReadFromTheSnapshotWritesTheSameSnapshot() throws IOException {
        Lexicon fromText = Lexicon.standardFromText();
        Lexicon standard = Lexicon.standard();
        assertArrayEquals(snapshotOf(fromText), snapshotOf(standard));
        assertEquals(fromText.size(), standard.size());
        assertEquals(fromText.footprintBytes(), standard.footprintBytes());
        for (String w : new String[] {"khoa học", "công nghệ", "ủy ban nhân dân", "hà nội"}) {
            assertEquals(fromText.cost(w), standard.cost(w), w);
        }
    }
}
