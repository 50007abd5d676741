package io.github.vietnorm.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code vietnorm} command: cleans and tokenizes Vietnamese text in files and streams.
 *
 * <pre>
 * ./vietnorm normalize report.txt &gt; clean.txt
 * cat *.txt | ./vietnorm normalize --tone-style=modern --edits=edits.jsonl
 * </pre>
 */
@Command(name = "vietnorm",
        mixinStandardHelpOptions = true,
        versionProvider = Vietnorm.Version.class,
        description = "Cleans and tokenizes Vietnamese administrative text.",
        subcommands = {NormalizeCommand.class, TokenizeCommand.class, DetectCommand.class, CommandLine.HelpCommand.class})
public final class Vietnorm implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final InputStream stdin;
    private final OutputStream stdout;

    Vietnorm(InputStream stdin, OutputStream stdout) {
        this.stdin = stdin;
        this.stdout = stdout;
    }

    /** Standard input, as bytes. */
    InputStream stdin() {
        return stdin;
    }

    /** Standard output as a buffered UTF-8 writer; closing it flushes but leaves the stream open. */
    Writer stdout() {
        return new BufferedWriter(new OutputStreamWriter(stdoutBytes(), StandardCharsets.UTF_8), 1 << 16);
    }

    /** Standard output as a buffered byte stream; closing it flushes but leaves the stream open. */
    OutputStream stdoutBytes() {
        OutputStream keepOpen = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                stdout.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                stdout.write(b, off, len);
            }

            @Override
            public void flush() throws IOException {
                stdout.flush();
            }

            @Override
            public void close() throws IOException {
                stdout.flush();
            }
        };
        return new java.io.BufferedOutputStream(keepOpen, 1 << 16);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: normalize or tokenize");
    }

    /** Runs the command line and returns the exit code (0 ok, 1 error, 2 usage). */
    public static int execute(String... args) {
        return execute(System.in, new FileOutputStream(FileDescriptor.out),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true), args);
    }

    /** Runs the command line on the given streams and returns the exit code. */
    static int execute(InputStream stdin, OutputStream stdout, PrintWriter stderr, String... args) {
        CommandLine cl = new CommandLine(new Vietnorm(stdin, stdout));
        cl.setErr(stderr);
        cl.setOut(new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, arguments) -> {
            CommandLine failed = ex.getCommandLine();
            PrintWriter err = failed.getErr();
            err.println("vietnorm: " + ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
            failed.usage(err);
            return 2;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("vietnorm: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return 1;
        });
        return cl.execute(args);
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Vietnorm.class.getPackage().getImplementationVersion();
            return new String[] {"vietnorm " + (v == null ? "development build" : v),
                    "Java " + System.getProperty("java.version")};
        }
    }
}
