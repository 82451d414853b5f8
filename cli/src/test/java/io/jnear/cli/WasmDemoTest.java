package io.jnear.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jnear demo wasm}: Java and near-sdk-rs contracts calling each other, as a tree and a picture. */
class WasmDemoTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    @Test
    void theJavaContractCallsTheRustOneAndTheRustTokenPaysTheJavaReceiver(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("wasm.svg");
        assertEquals(0, run("demo", "wasm", "--no-color", "--svg", svg.toString()), err.toString(StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("log: alice.test.near set_status with message hello from Java"), text);
        assertTrue(text.contains("log: The Rust contract stored the status"), text);
        assertTrue(text.contains("=> \"hello from Java\""), text);
        assertTrue(text.contains("FAILED: Exceeded the prepaid gas."), text);
        assertTrue(text.contains("log: The Rust contract failed"), text);
        assertTrue(text.contains("status.test.near says alice's status is: hello from Java"), text);
        assertTrue(text.contains("log: Received 100 from alice.test.near with msg return:30"), text);
        assertTrue(text.contains("token balances: alice \"999930\", receiver.test.near \"70\""), text);
        String picture = Files.readString(svg);
        assertTrue(picture.contains("status.test.near") && picture.contains("receiver.test.near"), picture);
    }
}
