package io.github.vietnorm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Unicode stage's edits on every sample article, against golden lists checked by eye
 * ({@code src/test/resources/golden/unicode/*.edits}: one edit per line,
 * {@code line:start-end REASON «before» → «after»}).
 */
class SamplesUnicodeGoldenTest {
    private static final Stage[] UNICODE = {new WhitespaceAndInvisibles(), new UnicodeComposition()};

    static List<String> unicodeEdits(String text) {
        List<String> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String current = lines[i];
            List<Edit> edits = List.of();
            for (Stage stage : UNICODE) {
                TextRewriter rw = new TextRewriter(current, true);
                stage.apply(current, rw, new StageContext());
                if (rw.changed()) {
                    String next = rw.result();
                    edits = EditLog.compose(edits, current, rw.edits());
                    current = next;
                }
            }
            for (Edit e : edits) {
                out.add((i + 1) + ":" + e.start() + "-" + e.end() + " " + e.reason() + " «"
                        + NormalizerProperties.escape(e.before(lines[i])) + "» → «" + NormalizerProperties.escape(e.replacement()) + "»");
            }
        }
        return out;
    }

    @Test
    void samplesGetExactlyTheGoldenUnicodeEdits() throws IOException {
        List<Path> samples = SharedData.samples();
        assertFalse(samples.isEmpty());
        for (Path sample : samples) {
            String name = sample.getFileName().toString().replace(".txt", ".edits");
            List<String> expected;
            try (InputStream in = getClass().getResourceAsStream("/golden/unicode/" + name)) {
                expected = in == null ? List.of()
                        : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
            }
            assertEquals(expected, unicodeEdits(Files.readString(sample)), sample.toString());
        }
    }

    @Test
    void samplesComeOutCleanAndTheEditLogReproducesThem() throws IOException {
        VietnameseNormalizer n = VietnameseNormalizer.standard();
        for (Path sample : SharedData.samples()) {
            String text = Files.readString(sample);
            Normalized r = n.normalizeWithEdits(text);
            assertEquals(r.text(), EditLog.apply(text, r.edits()), sample.toString());
            assertFalse(r.text().contains("\u00A0"), "no NBSP left in " + sample);
            assertEquals(r.text(), n.normalize(r.text()), "idempotent on " + sample);
        }
    }
}
