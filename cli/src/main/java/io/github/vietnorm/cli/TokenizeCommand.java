package io.github.vietnorm.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.vietnorm.VietnameseTokenizer;
import io.github.vietnorm.dictionaries.Lexicon;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code vietnorm tokenize}: one output line per input line, blank lines kept. Text format: tokens
 * separated by one space, the syllables of a word joined by {@code _}; jsonl: one JSON array per
 * line of {@code {"text", "type", "start", "end"}} objects (offsets in UTF-16 units of the line).
 */
@Command(name = "tokenize", mixinStandardHelpOptions = true,
        description = {"Splits Vietnamese text into words and typed tokens (numbers, dates, codes, URLs, ...).",
                "Reads FILEs (or standard input) as UTF-8 and writes standard output, one line per input line."})
final class TokenizeCommand implements Callable<Integer> {

    enum Format { text, jsonl }

    @ParentCommand
    Vietnorm parent;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (Sở Khoa_học và Công_nghệ) or jsonl (text, type, start, end per token). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--lexicon", paramLabel = "FILE",
            description = "Add the words of a user lexicon file (one word per line; see the lexicon format). Repeatable.")
    List<Path> lexicons;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    Integer threads;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Input files; none or '-' for standard input.")
    List<Path> files;

    /** Created on first use: jackson's classes load only when JSON is written. */
    private static final class Json {
        static final JsonFactory FACTORY = new JsonFactory();
    }

    @Override
    public Integer call() throws IOException {
        VietnameseTokenizer.Builder b = VietnameseTokenizer.builder();
        if (lexicons != null && !lexicons.isEmpty()) {
            Lexicon.Builder lb = Lexicon.builder();
            for (Path p : lexicons) {
                lb.add(p);
            }
            b.lexicon(lb.build());
        }
        VietnameseTokenizer tokenizer = b.build();
        ParallelLines.Work<String> work = format == Format.jsonl ? line -> jsonLine(tokenizer, line) : tokenizer::segment;
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        try (Writer out = parent.stdout(); ParallelLines lines = new ParallelLines(n)) {
            for (Inputs.Input input : Inputs.of(files)) {
                try (InputStream in = Inputs.open(input, parent.stdin())) {
                    lines.runUtf8(new ByteLineReader(in), input.name(), 1, (line, utf8) -> work.apply(line), (no, line, term, result) -> {
                        out.write(result);
                        out.write(term.isEmpty() && format == Format.jsonl ? "\n" : term);
                    });
                }
            }
            lines.finish();
        }
        return 0;
    }

    static String jsonLine(VietnameseTokenizer tokenizer, String line) throws IOException {
        StringWriter sw = new StringWriter(line.length() * 4 + 2);
        try (JsonGenerator g = Json.FACTORY.createGenerator(sw)) {
            g.writeStartArray();
            IOException[] failure = {null};
            tokenizer.tokenize(line, (type, start, end) -> {
                try {
                    g.writeStartObject();
                    g.writeStringField("text", line.substring(start, end));
                    g.writeStringField("type", type.name());
                    g.writeNumberField("start", start);
                    g.writeNumberField("end", end);
                    g.writeEndObject();
                } catch (IOException e) {
                    failure[0] = e;
                }
            });
            if (failure[0] != null) {
                throw failure[0];
            }
            g.writeEndArray();
        }
        return sw.toString();
    }
}
