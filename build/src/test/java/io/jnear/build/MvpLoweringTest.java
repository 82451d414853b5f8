package io.jnear.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jnear.build.fixtures.Conversions;
import io.jnear.runtime.Account;
import io.jnear.runtime.Sandbox;
import java.io.File;
import java.net.URISyntaxException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the post-pass lowers to MVP (saturating conversions, {@code memory.copy}, {@code memory.fill}) and what
 * the build changes in TeaVM's class library (UTF-8, {@code Math.abs}, {@code copySign}, {@code max},
 * {@code min}, {@code ulp}) and in the code TeaVM reads (float and double negation)
 * give the JVM's answers: Java's casts saturate and map NaN to zero exactly as the lowered code must;
 * well-formed and malformed UTF-8 decode, and strings with and without unpaired surrogates encode, to the
 * JVM's characters and bytes; {@code -x} flips the sign bit of zeros, NaNs and every other value;
 * {@code abs}, {@code signum}, {@code copySign}, {@code max}, {@code min} and {@code ulp} give the JVM build's
 * bits for zeros, NaNs with payloads, infinities and subnormals.
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

    @ParameterizedTest
    @ValueSource(strings = {"", "41", "c3a9", "e282ac", "f09f9880", "efbfbd", "41e282ac42f09f98804300",
        "c0af", "eda080", "f4908080", "e282", "80", "ff", "41e28241", "f0", "c3", "f09f98", "e0808041"})
    void utf8DecodesAsOnTheJvm(String hex) {
        String args = "{\"hex\":\"" + hex + "\"}";
        assertEquals(sandbox.viewJson(jvm.id(), "utf8", args), sandbox.viewJson(wasm.id(), "utf8", args));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0041", "00e9", "07ff", "0800", "20ac", "ffff", "d83dde00", "d800", "dc000041",
        "d83d", "0041d800", "de00d83d"})
    void utf8EncodesAsOnTheJvm(String hex) {
        String args = "{\"hex\":\"" + hex + "\"}";
        assertEquals(sandbox.viewJson(jvm.id(), "encoded", args), sandbox.viewJson(wasm.id(), "encoded", args));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.1", "-0.0", "1e400", "-1e400", "1e-400", "4.9e-324", "2.2250738585072014E-308",
        "1.7976931348623157e308", "1.7976931348623159e308", "0.30000000000000004", "9007199254740993",
        "123456789012345678901234567890", "3.141592653589793238462643383279", "NaN", "Infinity", "-Infinity",
        "1e", "", "0x10", "+NaN", "-NaN", " Infinity ", "Infinityx", "-4.9e-324", "2.4703282292062327e-324",
        "2.4703282292062328e-324", "1e-320", "-3e-310", "2.225073858507201e-308", "2.2250738585072011e-308",
        "0e-400", "0.0000001e-316", "1e-99999999999", "7.4109846876186982e-324"})
    void parseDoubleGivesTheJvmsBits(String text) {
        String args = "{\"text\":\"" + text + "\"}";
        assertEquals(sandbox.viewJson(jvm.id(), "parsed", args), sandbox.viewJson(wasm.id(), "parsed", args));
    }

    @ParameterizedTest
    @CsvSource({
        "0, 0, 8000000000000000, 80000000",
        "8000000000000000, 80000000, 0, 0",
        "7ff8000000000000, 7fc00000, fff8000000000000, ffc00000",
        "fff8000000000000, ffc00000, 7ff8000000000000, 7fc00000",
        "7ff8000000000123, 7fc00123, fff8000000000123, ffc00123",
        "3ff0000000000000, 3f800000, bff0000000000000, bf800000",
        "7ff0000000000000, 7f800000, fff0000000000000, ff800000",
        "1, 1, 8000000000000001, 80000001",
        "7fefffffffffffff, 7f7fffff, ffefffffffffffff, ff7fffff"})
    void negationFlipsTheSignBitAsOnTheJvm(String doubleBits, String floatBits, String negatedDouble,
            String negatedFloat) {
        String args = "{\"double_bits\":\"" + doubleBits + "\",\"float_bits\":\"" + floatBits + "\"}";
        String expected = "\"" + negatedDouble + " " + negatedFloat + "\"";
        assertEquals(expected, sandbox.viewJson(jvm.id(), "negated", args));
        assertEquals(expected, sandbox.viewJson(wasm.id(), "negated", args));
    }

    @Test
    void negatedZerosAndNaNsMatchTheJvm() {
        // -0.0, -(-0.0), -(-1.0 * 0.0), -NaN, the folded -(0.0) and -(-0.0), then -NaN's bits ^ NaN's: doubles, floats
        String expected = "\"8000000000000000 0 0 fff8000000000000 8000000000000000 0 8000000000000000"
                + " 80000000 0 0 ffc00000 80000000 0 80000000\"";
        assertEquals(expected, sandbox.viewJson(jvm.id(), "negated_zeros", "{\"zero\":0}"));
        assertEquals(expected, sandbox.viewJson(wasm.id(), "negated_zeros", "{\"zero\":0}"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // double bits | float bits | Math.abs, StrictMath.abs, Math.signum, StrictMath.signum,
        // Math.copySign(1.0, d), StrictMath.copySign(1.0, d), Math.copySign(d, -1.0); then the float's
        "0 | 0 | 0 0 0 0 3ff0000000000000 3ff0000000000000 8000000000000000 0 0 3f800000 3f800000 80000000",
        "8000000000000000 | 80000000 | 0 0 8000000000000000 8000000000000000 bff0000000000000 bff0000000000000"
                + " 8000000000000000 0 80000000 bf800000 bf800000 80000000",
        "7ff8000000000123 | 7fc00123 | 7ff8000000000123 7ff8000000000123 7ff8000000000123 7ff8000000000123"
                + " 3ff0000000000000 3ff0000000000000 fff8000000000123 7fc00123 7fc00123 3f800000 3f800000 ffc00123",
        "fff8000000000123 | ffc00123 | 7ff8000000000123 7ff8000000000123 fff8000000000123 fff8000000000123"
                + " 3ff0000000000000 3ff0000000000000 fff8000000000123 7fc00123 ffc00123 3f800000 3f800000 ffc00123",
        "fff0000000000001 | ff800001 | 7ff0000000000001 7ff0000000000001 fff0000000000001 fff0000000000001"
                + " 3ff0000000000000 3ff0000000000000 fff0000000000001 7f800001 ff800001 3f800000 3f800000 ff800001",
        "7ff0000000000000 | 7f800000 | 7ff0000000000000 7ff0000000000000 3ff0000000000000 3ff0000000000000"
                + " 3ff0000000000000 3ff0000000000000 fff0000000000000 7f800000 3f800000 3f800000 3f800000 ff800000",
        "fff0000000000000 | ff800000 | 7ff0000000000000 7ff0000000000000 bff0000000000000 bff0000000000000"
                + " bff0000000000000 bff0000000000000 fff0000000000000 7f800000 bf800000 bf800000 bf800000 ff800000",
        "8000000000000001 | 80000001 | 1 1 bff0000000000000 bff0000000000000 bff0000000000000 bff0000000000000"
                + " 8000000000000001 1 bf800000 bf800000 bf800000 80000001",
        "fffffffffffff | 7fffff | fffffffffffff fffffffffffff 3ff0000000000000 3ff0000000000000 3ff0000000000000"
                + " 3ff0000000000000 800fffffffffffff 7fffff 3f800000 3f800000 3f800000 807fffff",
        "800fffffffffffff | 807fffff | fffffffffffff fffffffffffff bff0000000000000 bff0000000000000"
                + " bff0000000000000 bff0000000000000 800fffffffffffff 7fffff bf800000 bf800000 bf800000 807fffff"})
    void absSignumAndCopySignTreatSignBitsAsTheJvm(String doubleBits, String floatBits, String expectedBits) {
        String args = "{\"double_bits\":\"" + doubleBits + "\",\"float_bits\":\"" + floatBits + "\"}";
        String expected = "\"" + expectedBits + "\"";
        assertEquals(expected, sandbox.viewJson(jvm.id(), "signs", args));
        assertEquals(expected, sandbox.viewJson(wasm.id(), "signs", args));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // f | g | d | e | Math.max(f, g), Math.min(f, g), StrictMath.max(g, f), StrictMath.min(g, f), Math.ulp(f),
        // StrictMath.ulp(f); Math.max(d, e), Math.min(d, e), StrictMath.max(e, d), StrictMath.min(e, d)
        "ffc00001 | 7fc00002 | fff8000000000001 | 7ff8000000000002 | ffc00001 ffc00001 7fc00002 7fc00002 7fc00001"
                + " 7fc00001 fff8000000000001 fff8000000000001 7ff8000000000002 7ff8000000000002",
        "3f800000 | ff800001 | 3ff0000000000000 | fff0000000000001 | ff800001 ff800001 ff800001 ff800001 34000000"
                + " 34000000 fff0000000000001 fff0000000000001 fff0000000000001 fff0000000000001",
        "80000000 | 0 | 8000000000000000 | 0 | 0 80000000 0 80000000 1 1 0 8000000000000000 0 8000000000000000",
        "c0200000 | 3fc00000 | c004000000000000 | 3ff8000000000000 | 3fc00000 c0200000 3fc00000 c0200000 34800000"
                + " 34800000 3ff8000000000000 c004000000000000 3ff8000000000000 c004000000000000",
        "ff800000 | 7f800000 | fff0000000000000 | 7ff0000000000000 | 7f800000 ff800000 7f800000 ff800000 7f800000"
                + " 7f800000 7ff0000000000000 fff0000000000000 7ff0000000000000 fff0000000000000",
        "c000000 | 800000 | 1 | 8000000000000001 | c000000 800000 c000000 800000 800000 800000 1 8000000000000001 1"
                + " 8000000000000001"})
    void maxMinAndUlpPickNaNsAsTheJvm(String f, String g, String d, String e, String expectedBits) {
        String args = "{\"float_bits\":\"" + f + "\",\"other_float_bits\":\"" + g + "\",\"double_bits\":\"" + d
                + "\",\"other_double_bits\":\"" + e + "\"}";
        String expected = "\"" + expectedBits + "\"";
        assertEquals(expected, sandbox.viewJson(jvm.id(), "extremes", args));
        assertEquals(expected, sandbox.viewJson(wasm.id(), "extremes", args));
    }
}
