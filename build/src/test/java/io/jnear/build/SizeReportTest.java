package io.jnear.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dylibso.chicory.wasm.types.SectionId;
import io.jnear.build.fixtures.Greeter;
import io.jnear.wasm.prepare.Leb128;
import java.io.File;
import java.net.URISyntaxException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The size report of a built module: its bytes, accounted for, under the Java names of their code. */
class SizeReportTest {
    private static final String ENTRY = "io.jnear.build.fixtures.GreeterWasmEntry";
    private static byte[] wasm;
    private static SizeReport report;

    @BeforeAll
    static void build() throws URISyntaxException {
        File classes = new File(Greeter.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        WasmCompiler compiler = new WasmCompiler(List.of(classes), true);
        wasm = compiler.compile(ENTRY);
        report = compiler.sizeReport(ENTRY).orElseThrow();
    }

    @Test
    void reportingSizesLeavesTheModulesFunctionsAsTheyAre() throws URISyntaxException {
        File classes = new File(Greeter.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        byte[] plain = new WasmCompiler(List.of(classes)).compile(ENTRY);
        // TeaVM's runs in one JVM may lay out a few objects of the initial heap differently, which moves a few
        // bytes of data and the addresses code uses; the functions and their signatures stay
        assertArrayEquals(section(plain, SectionId.TYPE), section(wasm, SectionId.TYPE));
        assertArrayEquals(section(plain, SectionId.FUNCTION), section(wasm, SectionId.FUNCTION));
        assertArrayEquals(section(plain, SectionId.EXPORT), section(wasm, SectionId.EXPORT));
        assertTrue(Math.abs(plain.length - wasm.length) <= 64, plain.length + " vs " + wasm.length);
    }

    private static byte[] section(byte[] module, int wanted) {
        Leb128.Reader r = new Leb128.Reader(module, 8);
        while (r.position < module.length) {
            int id = r.u8();
            int size = r.u32();
            if (id == wanted) {
                return java.util.Arrays.copyOfRange(module, r.position, r.position + size);
            }
            r.position += size;
        }
        throw new AssertionError("no section " + wanted);
    }

    @Test
    void everyByteOfCodeBelongsToOneFunctionAndEveryFunctionToOneClassAndPackage() {
        int code = report.functions().stream().mapToInt(SizeReport.Function::bytes).sum();
        int codeSection = Integer.parseInt(line("  code").trim().split(" +")[0].replace(",", ""));
        // the section also holds its id, its size and the function count
        assertTrue(codeSection - code > 2 && codeSection - code <= 1 + 5 + 5, codeSection + " vs " + code);
        assertEquals(code, report.byClass().values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(code, report.byPackage().values().stream().mapToInt(Integer::intValue).sum());
        int sections = report.text(10).lines().dropWhile(l -> !l.equals("bytes per section")).skip(1)
                .takeWhile(l -> !l.isEmpty()).mapToInt(l -> Integer.parseInt(l.trim().split(" +")[0].replace(",", "")))
                .sum();
        assertEquals(wasm.length - 8, sections); // all but the header
        assertTrue(report.text(10).startsWith("GreeterWasmEntry".replace("WasmEntry", "") + ".wasm: "
                + String.format(java.util.Locale.ROOT, "%,d", wasm.length) + " bytes"), report.text(10));
    }

    @Test
    void functionsCarryTheirJavaNamesAndExportsTheirNearNames() {
        List<String> names = report.functions().stream().map(SizeReport.Function::name).toList();
        assertTrue(names.contains("meth_ijbf_GreeterDispatcher_dispatch"), names.toString());
        assertTrue(names.contains("meth_jl_String_charAt") || names.stream().anyMatch(n -> n.startsWith("meth_jl_String_")),
                names.toString());
        assertTrue(names.contains("export set_greeting"), names.toString());
        assertTrue(names.contains("jnear post-pass: MEMORY_COPY"), names.toString());
        assertTrue(report.byClass().containsKey("ijbf.GreeterDispatcher"), report.byClass().toString());
        assertTrue(report.byPackage().containsKey("jl"), report.byPackage().toString());
        assertTrue(report.byClass().containsKey("exports"), report.byClass().toString());
        assertTrue(!report.text(10).contains("differ in signature"), report.text(10));
    }

    @Test
    void largestFirst() {
        List<SizeReport.Function> functions = report.functions();
        for (int i = 1; i < functions.size(); i++) {
            assertTrue(functions.get(i - 1).bytes() >= functions.get(i).bytes());
        }
        List<Integer> classes = List.copyOf(report.byClass().values());
        for (int i = 1; i < classes.size(); i++) {
            assertTrue(classes.get(i - 1) >= classes.get(i));
        }
    }

    private static String line(String start) {
        return report.text(10).lines().filter(l -> l.endsWith(start.trim()) && l.startsWith(" ")).findFirst().orElseThrow();
    }
}
