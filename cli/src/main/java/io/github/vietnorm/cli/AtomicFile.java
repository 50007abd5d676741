package io.github.vietnorm.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file written to a temporary sibling and moved into place by {@link #commit()}; closed without
 * a commit (after an error), the temporary file is deleted and the target is left as it was.
 */
final class AtomicFile implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private final OutputStream stream;
    private boolean committed;

    AtomicFile(Path target) throws IOException {
        this.target = target.toAbsolutePath();
        Path dir = this.target.getParent();
        this.temp = Files.createTempFile(dir, "." + this.target.getFileName() + ".", ".tmp");
        this.stream = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16);
    }

    OutputStream stream() {
        return stream;
    }

    void commit() throws IOException {
        stream.close();
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            try {
                stream.close();
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }
}
