package io.jnear.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that readers see either the old file or the whole new one: the text goes to a
 * temporary file in the same directory (same file system, so the rename is cheap), which then replaces
 * the target. A failure removes the temporary file and leaves the target as it was.
 */
final class AtomicFile {
    private AtomicFile() {
    }

    static void write(Path target, String text) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        // Not Files.createTempFile: its owner-only permissions would stay on the file after the rename.
        Path temp = dir.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
