package io.jnear.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    private int run(String... args) {
        return new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    @Test
    void buildsEachContractWithAnAbiIntoTheOutputDirectory() throws Exception {
        // the token's classes come from the samples jar on the class path; the directory holds its ABI
        Path abi = dir.resolve("classes/META-INF/jnear/abi/io.jnear.samples.token.FungibleToken.json");
        Files.createDirectories(abi.getParent());
        try (InputStream in = getClass().getClassLoader()
                .getResourceAsStream("META-INF/jnear/abi/io.jnear.samples.token.FungibleToken.json")) {
            Files.write(abi, in.readAllBytes());
        }

        assertEquals(0, run("build", dir.resolve("classes").toString(), "--out", dir.resolve("wasm").toString()));

        byte[] wasm = Files.readAllBytes(dir.resolve("wasm/FungibleToken.wasm"));
        assertEquals(0x6d736100, (wasm[0] & 0xff) | (wasm[1] & 0xff) << 8 | (wasm[2] & 0xff) << 16 | (wasm[3] & 0xff) << 24);
        assertTrue(Files.exists(dir.resolve("wasm/FungibleToken.abi.json")));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("io.jnear.samples.token.FungibleToken -> "),
                out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aMissingClassesDirectoryIsAUsageError() {
        assertEquals(2, run("build", dir.resolve("nothing").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("is not a directory of compiled classes"));
    }

    @Test
    void aDirectoryWithoutContractsIsAUsageError() {
        assertEquals(2, run("build", dir.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no @Contract in"));
    }
}
