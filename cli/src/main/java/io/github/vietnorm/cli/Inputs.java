package io.github.vietnorm.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Opens the command's inputs: the named files in order, or standard input. */
final class Inputs {
    private Inputs() {
    }

    /** One input: its display name and a way to open it. */
    record Input(String name, Path path) {
        boolean isStdin() {
            return path == null;
        }
    }

    static List<Input> of(List<Path> files) {
        if (files == null || files.isEmpty()) {
            return List.of(new Input("<stdin>", null));
        }
        return files.stream().map(p -> p.toString().equals("-") ? new Input("<stdin>", null) : new Input(p.toString(), p)).toList();
    }

    /**
     * Opens an input as bytes, with a progress bar on stderr when stderr is a terminal and the
     * input is a file large enough to be worth one.
     */
    static InputStream open(Input in, InputStream stdin) throws IOException {
        if (in.isStdin()) {
            return stdin;
        }
        try {
            InputStream s = Files.newInputStream(in.path());
            long size = Files.size(in.path());
            if (size > (8L << 20) && stderrIsTerminal()) {
                ProgressBarBuilder pb = new ProgressBarBuilder()
                        .setTaskName(in.path().getFileName().toString())
                        .setStyle(ProgressBarStyle.ASCII)
                        .setUnit(" MB", 1 << 20)
                        .setInitialMax(size)
                        .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err));
                return ProgressBar.wrap(s, pb);
            }
            return s;
        } catch (NoSuchFileException e) {
            throw new IOException(in.name() + ": no such file", e);
        }
    }

    private static boolean stderrIsTerminal() {
        try {
            Path fd2 = Path.of("/proc/self/fd/2");
            if (!Files.isSymbolicLink(fd2)) {
                return false;
            }
            String target = Files.readSymbolicLink(fd2).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
