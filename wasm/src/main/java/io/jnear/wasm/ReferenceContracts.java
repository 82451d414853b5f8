package io.jnear.wasm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The near-sdk-rs reference contracts the project tests and demonstrates Wasm mode with (status message,
 * fungible token, …). They are not part of the repository: they live in {@code shared/wasm} beside it.
 * Found in the folder named by {@code -Djnear.wasm.dir}, else beside the repository this code was built in
 * (from the location of its jar or classes), else in {@code ../shared/wasm} from the working directory.
 */
public final class ReferenceContracts {
    private ReferenceContracts() {
    }

    /** The bytes of {@code file}, such as {@code "status_message.wasm"}. */
    public static byte[] read(String file) {
        for (Path dir : candidates()) {
            Path path = dir.resolve(file);
            if (Files.isRegularFile(path)) {
                try {
                    return Files.readAllBytes(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new IllegalStateException("Cannot find " + file + " in " + candidates()
                + "; point -Djnear.wasm.dir at the folder of the reference Wasm contracts");
    }

    private static List<Path> candidates() {
        List<Path> dirs = new ArrayList<>();
        String property = System.getProperty("jnear.wasm.dir");
        if (property != null) {
            dirs.add(Path.of(property));
        }
        try {
            // <repository>/<module>/target/<jar or classes>: the repository is three names up
            Path code = Path.of(ReferenceContracts.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path repository = code.toAbsolutePath().getParent().getParent().getParent();
            dirs.add(repository.resolveSibling("shared").resolve("wasm"));
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // no code location: fall back to the working directory
        }
        dirs.add(Path.of("..", "shared", "wasm"));
        return dirs;
    }
}
