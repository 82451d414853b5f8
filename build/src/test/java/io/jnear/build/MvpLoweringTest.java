package io.jnear.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jnear.build.fixtures.Conversions;
import io.jnear.runtime.Account;
import io.jnear.runtime.Sandbox;
import java.io.File;
import java.net.URISyntaxException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the post-pass lowers to MVP (saturating conversions, {@code memory.copy}, {@code memory.fill}) gives
 * the JVM's answers: Java's casts saturate and map NaN to zero exactly as the lowered code must.
 */
class MvpLoweringTest {
    private static Sandbox sandbox;
    private static Account jvm;
    private static Account wasm;

    @BeforeAll
    static void deployBothBuilds() throws URISyntaxException {
        File classes = new File(Conversions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        byte[] module = new WasmCompiler(List.of(classes)).compile("io.jnear.build.fixtures.ConversionsWasmEntry");
        sandbox = Sandbox.create();
        jvm = sandbox.deploy("jvm.test.near", Conversions.class);
        wasm = sandbox.deployWasm("wasm.test.near", module);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "3.7", "-3.7", "NaN", "Infinity", "-Infinity", "2147483647.9", "2147483648",
        "-2147483648.9", "-2147483649", "4294967296.5", "9.3e18", "-9.3e18", "1e30", "65535.5", "-1"})
    void floatToIntCastsSaturateAsOnTheJvm(String number) {
        String args = "{\"number\":\"" + number + "\"}";
        String expected = sandbox.viewJson(jvm.id(), "casts", args);
        assertEquals(expected, sandbox.viewJson(wasm.id(), "casts", args));
    }

    @ParameterizedTest
    @CsvSource({"0,1,39", "1,0,39", "3,5,30", "5,3,30", "0,20,20", "20,0,20", "7,7,10", "2,9,0", "0,8,9", "9,0,9"})
    void overlappingCopiesAndFillsMatchTheJvm(int from, int to, int length) {
        String args = "{\"from\":" + from + ",\"to\":" + to + ",\"length\":" + length + "}";
        String expected = sandbox.viewJson(jvm.id(), "shifted", args);
        assertEquals(expected, sandbox.viewJson(wasm.id(), "shifted", args));
    }
}
