package io.github.vietnorm.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.vietnorm.AbbreviationMode;
import io.github.vietnorm.Edit;
import io.github.vietnorm.EditReason;
import io.github.vietnorm.Normalized;
import io.github.vietnorm.ToneStyle;
import io.github.vietnorm.VietnameseNormalizer;
import io.github.vietnorm.dictionaries.Abbreviations;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code vietnorm normalize}: one output line per input line, blank lines kept, line terminators
 * kept; optional edit log as JSON lines.
 */
@Command(name = "normalize", mixinStandardHelpOptions = true,
        description = {"Normalizes Vietnamese text: Unicode, tone marks, run-together words, abbreviations.",
                "Reads FILEs (or standard input) as UTF-8 and writes standard output, one line per input line."})
final class NormalizeCommand implements Callable<Integer> {

    @ParentCommand
    Vietnorm parent;

    @Option(names = "--tone-style", paramLabel = "STYLE", defaultValue = "traditional",
            description = "Where tone marks go in oa/oe/uy: traditional (hòa, thủy) or modern (hoà, thuỷ). Default: ${DEFAULT-VALUE}.")
    ToneStyle toneStyle;

    @Option(names = "--expand-abbreviations", description = "Expand abbreviations (UBND → Ủy ban nhân dân) where context allows.")
    boolean expandAbbreviations;

    @Option(names = "--abbreviation-mode", paramLabel = "MODE", defaultValue = "replace",
            description = "With --expand-abbreviations: replace (Ủy ban nhân dân) or keep_both (Ủy ban nhân dân (UBND)). Default: ${DEFAULT-VALUE}.")
    AbbreviationMode abbreviationMode;

    @Option(names = "--abbreviations", paramLabel = "FILE",
            description = "With --expand-abbreviations: a dictionary file whose entries override and extend the standard ones.")
    Path abbreviationsFile;

    @Option(names = "--no-split-words", negatable = false,
            description = "Do not split run-together words or add missing spaces.")
    boolean noSplit;

    @Option(names = "--edits", paramLabel = "FILE.jsonl",
            description = "Write every edit as a JSON object per line (file, line, start, end, before, after, reason).")
    Path editsFile;

    @Option(names = "--encoding", paramLabel = "ENC", defaultValue = "utf-8",
            description = "Encoding of the input bytes: auto (detected per paragraph), utf-8, tcvn3, vni, viscii, vps, cp1258 or viqr."
                    + " Default: ${DEFAULT-VALUE} (text that was already mis-decoded is repaired either way).")
    String encoding;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    Integer threads;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Input files; none or '-' for standard input.")
    List<Path> files;

    @Override
    public Integer call() throws IOException {
        VietnameseNormalizer.Builder builder = VietnameseNormalizer.builder()
                .toneStyle(toneStyle)
                .expandAbbreviations(expandAbbreviations)
                .abbreviationMode(abbreviationMode)
                .splitRunTogetherWords(!noSplit);
        if (abbreviationsFile != null) { // a bad file fails here, expanding or not; the standard one loads only when used
            builder.abbreviations(Abbreviations.standard().withOverrides(Abbreviations.load(abbreviationsFile)));
        }
        VietnameseNormalizer normalizer = builder.build();
        if (!isUtf8(encoding) && !encoding.strip().equalsIgnoreCase("auto")) {
            io.github.vietnorm.VietnameseEncoding.forName(encoding); // unknown names fail here, before any output
        }
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        try (OutputStream out = parent.stdoutBytes();
             AtomicFile edits = editsFile == null ? null : new AtomicFile(editsFile);
             ParallelLines lines = new ParallelLines(n)) {
            JsonGenerator json = edits == null ? null
                    : new JsonFactory().createGenerator(edits.stream(), JsonEncoding.UTF8).setRootValueSeparator(null);
            for (Inputs.Input input : Inputs.of(files)) {
                try (InputStream in = Inputs.open(input, parent.stdin())) {
                    // the workers also decode their input and encode their output (a line that needs no
                    // change is written back as the bytes it came in): the reading thread only moves bytes
                    if (json == null) {
                        run(lines, in, input, (line, utf8) -> {
                            String r = normalizer.normalize(line);
                            return r == line && utf8 != null ? utf8 : r.getBytes(StandardCharsets.UTF_8);
                        }, (no, line, term, result) -> {
                            out.write(result);
                            writeTerminator(out, term);
                        });
                    } else {
                        run(lines, in, input, (line, utf8) -> {
                            Normalized r = normalizer.normalizeWithEdits(line);
                            return Map.entry(r, r.text() == line && utf8 != null ? utf8 : r.text().getBytes(StandardCharsets.UTF_8));
                        }, (no, line, term, result) -> {
                            out.write(result.getValue());
                            writeTerminator(out, term);
                            writeEdits(json, input.name(), no, line, result.getKey());
                        });
                    }
                }
            }
            lines.finish();
            if (json != null) {
                json.close();
                edits.commit();
            }
        }
        return 0;
    }

    /** Runs one input through the pipeline: UTF-8 as bytes (decoded on the workers), other encodings as text. */
    private <R> void run(ParallelLines lines, InputStream in, Inputs.Input input, ParallelLines.BytesWork<R> work,
            ParallelLines.Sink<R> sink) throws IOException {
        if (isUtf8(encoding)) {
            lines.runUtf8(new ByteLineReader(in), input.name(), 1, work, sink);
        } else {
            lines.run(new LineReader(EncodedReader.of(in, encoding)), 1, line -> work.apply(line, null), sink);
        }
    }

    private static void writeTerminator(OutputStream out, String term) throws IOException {
        for (int k = 0; k < term.length(); k++) {
            out.write(term.charAt(k)); // "\n", "\r\n" or "": ASCII
        }
    }

    private static boolean isUtf8(String encoding) {
        String e = encoding.strip().toLowerCase(java.util.Locale.ROOT);
        return e.equals("utf-8") || e.equals("utf8");
    }

    private static void writeEdits(JsonGenerator json, String file, long lineNo, String line, Normalized r) throws IOException {
        for (Edit e : r.edits()) {
            json.writeStartObject();
            json.writeStringField("file", file);
            json.writeNumberField("line", lineNo);
            json.writeNumberField("start", e.start());
            json.writeNumberField("end", e.end());
            json.writeStringField("before", e.before(line));
            json.writeStringField("after", e.replacement());
            json.writeStringField("reason", e.reason().name());
            json.writeArrayFieldStart("reasons");
            for (EditReason reason : e.reasons()) {
                json.writeString(reason.name());
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }
}
