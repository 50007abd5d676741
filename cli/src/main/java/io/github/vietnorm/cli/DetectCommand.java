package io.github.vietnorm.cli;

import io.github.vietnorm.Detection;
import io.github.vietnorm.LegacyText;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code vietnorm detect}: prints the detected encoding of each file, one line per file:
 * {@code FILE<TAB>ENCODING<TAB>CONFIDENCE} ({@code report.doc.txt	tcvn3	0.98}).
 */
@Command(name = "detect", mixinStandardHelpOptions = true,
        description = {"Detects the encoding of Vietnamese text files: utf-8, tcvn3, vni, viscii, vps, cp1258 or viqr.",
                "Prints FILE, encoding and confidence (0-1), tab-separated, one line per file (standard input: <stdin>)."})
final class DetectCommand implements Callable<Integer> {

    @ParentCommand
    Vietnorm parent;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "16777216",
            description = "Read at most N bytes of each input (default: ${DEFAULT-VALUE}).")
    int maxBytes;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Input files; none or '-' for standard input.")
    List<Path> files;

    @Override
    public Integer call() throws IOException {
        try (Writer out = parent.stdout()) {
            for (Inputs.Input input : Inputs.of(files)) {
                byte[] head;
                try (InputStream in = Inputs.open(input, parent.stdin())) {
                    head = in.readNBytes(Math.max(0, maxBytes));
                }
                Detection d = LegacyText.detect(head);
                out.write(input.name() + "\t" + d.encoding().shortName() + "\t"
                        + String.format(Locale.ROOT, "%.2f", d.confidence()) + "\n");
            }
        }
        return 0;
    }
}
