package io.jnear.cli.scenarios;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the near-sdk-rs reference contracts: the folder named by {@code -Djnear.wasm.dir}, else
 * {@code shared/wasm} beside the repository the CLI was built in, else {@code ../shared/wasm} from the
 * working directory.
 */
final class ReferenceContracts {
    private ReferenceContracts() {
    }

    static byte[] read(String file) {
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
            // <repository>/cli/target/jnear.jar (or …/target/classes): the repository is three names up
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
