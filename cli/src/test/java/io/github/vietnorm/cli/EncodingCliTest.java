package io.github.vietnorm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.vietnorm.VietnameseEncoding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code normalize --encoding} and {@code detect} on the sample articles encoded in each encoding. */
class EncodingCliTest {

    static List<Path> samples() throws IOException {
        Path dir = Path.of(System.getProperty("vietnorm.shared", "../shared")).resolve("samples");
        assumeTrue(Files.isDirectory(dir), dir + " is absent: skipping");
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    @ParameterizedTest
    @EnumSource(VietnameseEncoding.class)
    void normalizesEncodedSamplesLikeTheirUnicode(VietnameseEncoding e, @TempDir Path tmp) throws IOException {
        for (Path p : samples()) {
            String text = Files.readString(p, StandardCharsets.UTF_8);
            String unicode = e.decode(e.encode(text)); // what the encoding can carry of it
            Path file = tmp.resolve(p.getFileName() + "." + e.shortName());
            Files.write(file, e.encode(text));
            String expected = NormalizeCommandTest.run(unicode, "normalize").out();
            NormalizeCommandTest.Run explicit = NormalizeCommandTest.run(new byte[0], "normalize", "--encoding=" + e.shortName(), file.toString());
            assertEquals(0, explicit.exit(), explicit.err());
            assertEquals(expected, explicit.out(), e + " " + p);
            NormalizeCommandTest.Run auto = NormalizeCommandTest.run(new byte[0], "normalize", "--encoding=auto", file.toString());
            assertEquals(0, auto.exit(), auto.err());
            String[] want = expected.split("\n", -1);
            String[] got = auto.out().split("\n", -1);
            assertEquals(want.length, got.length);
            int same = 0;
            for (int i = 0; i < want.length; i++) {
                same += want[i].equals(got[i]) ? 1 : 0;
            }
            assertTrue(same >= want.length - 1, e + " " + p + ": " + same + " of " + want.length + " lines as with the right encoding");
        }
    }

    @Test
    void repairsMisreadTextByDefault() {
        NormalizeCommandTest.Run r = NormalizeCommandTest.run("Uû ban nh©n d©n\nVieät Nam\n", "normalize", "--tone-style=modern");
        assertEquals(0, r.exit(), r.err());
        assertEquals("Uỷ ban nhân dân\nViệt Nam\n", r.out());
    }

    @Test
    void detectPrintsOneLinePerFile(@TempDir Path tmp) throws IOException {
        Path tcvn = tmp.resolve("a.txt");
        Path vni = tmp.resolve("b.txt");
        Path utf = tmp.resolve("c.txt");
        String text = "Cộng hòa xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc\nỦy ban nhân dân tỉnh Nghệ An\n";
        Files.write(tcvn, VietnameseEncoding.TCVN3.encode(text));
        Files.write(vni, VietnameseEncoding.VNI.encode(text));
        Files.writeString(utf, text);
        NormalizeCommandTest.Run r = NormalizeCommandTest.run(new byte[0], "detect", tcvn.toString(), vni.toString(), utf.toString());
        assertEquals(0, r.exit(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals(3, lines.length, r.out());
        assertTrue(lines[0].startsWith(tcvn + "\ttcvn3\t"), lines[0]);
        assertTrue(lines[1].startsWith(vni + "\tvni\t"), lines[1]);
        assertTrue(lines[2].startsWith(utf + "\tutf-8\t1.00"), lines[2]);
        assertTrue(Double.parseDouble(lines[0].split("\t")[2]) > 0.9, lines[0]);
    }

    @Test
    void unknownEncodingIsAnError() {
        NormalizeCommandTest.Run r = NormalizeCommandTest.run("x", "normalize", "--encoding=koi8-r");
        assertTrue(r.exit() != 0);
        assertTrue(r.err().contains("unknown Vietnamese encoding"), r.err());
        assertEquals("", r.out());
    }
}
