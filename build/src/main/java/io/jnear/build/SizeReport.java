package io.jnear.build;

import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.SectionId;
import io.jnear.build.MvpLowering.Helper;
import io.jnear.wasm.prepare.Leb128;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a built module's bytes go: per section, then the code section per function, grouped by Java
 * package and class, largest first; what {@code jnear build --sizes} writes as {@code <Name>.sizes.txt}.
 *
 * <p>Sizes are those of the module as written (after the post-pass and the build-time initialisation, so
 * a function only initialisation used counts its 3-byte trap). The names come from a twin of the
 * module that TeaVM compiled with its name section ({@code obfuscated} off, which also changes its data):
 * TeaVM emits the same functions in the same order, so a function's index names it; the report counts
 * the functions whose signatures differ between the two, which should be none.
 */
public final class SizeReport {
    /** One function of the module: its Java name, and its body's bytes with their size prefix. */
    record Function(String name, int bytes) {
    }

    private final String title;
    private final int moduleBytes;
    private final Map<String, Integer> sections;
    private final List<Function> functions;
    private final int unmatched;

    private SizeReport(String title, int moduleBytes, Map<String, Integer> sections, List<Function> functions,
            int unmatched) {
        this.title = title;
        this.moduleBytes = moduleBytes;
        this.sections = sections;
        this.functions = functions;
        this.unmatched = unmatched;
    }

    /**
     * The report of {@code module} (as the build writes it), naming its functions after those of
     * {@code namedTeavmOutput} (TeaVM's output for the same contract, with a name section).
     */
    static SizeReport of(String title, byte[] module, byte[] namedTeavmOutput) {
        WasmModule built = Parser.parse(module);
        WasmModule named = Parser.parse(namedTeavmOutput);
        Map<Integer, String> names = functionNames(namedTeavmOutput);
        int namedImports = named.importSection().count(ExternalType.FUNCTION);
        int namedDefined = named.functionSection().functionCount();
        int removedImports = namedImports - built.importSection().count(ExternalType.FUNCTION);
        int builtImports = built.importSection().count(ExternalType.FUNCTION);

        Map<Integer, String> exports = new HashMap<>();
        for (int i = 0; i < built.exportSection().exportCount(); i++) {
            var export = built.exportSection().getExport(i);
            if (export.exportType() == ExternalType.FUNCTION) {
                exports.put(export.index(), export.name());
            }
        }
        List<Function> functions = new ArrayList<>();
        int unmatched = 0;
        Leb128.Reader r = new Leb128.Reader(module, 8);
        Map<String, Integer> sections = new java.util.LinkedHashMap<>();
        while (r.position < module.length) {
            int header = r.position;
            int id = r.u8();
            int size = r.u32();
            int start = r.position;
            sections.merge(sectionName(id), start + size - header, Integer::sum);
            if (id == SectionId.CODE) {
                Leb128.Reader c = new Leb128.Reader(module, start);
                int count = c.u32();
                for (int i = 0; i < count; i++) {
                    int from = c.position;
                    int bodySize = c.u32();
                    c.position += bodySize;
                    String name;
                    if (exports.containsKey(builtImports + i)) {
                        name = JavaName.EXPORT + exports.get(builtImports + i);
                    } else if (i < namedDefined) {
                        name = names.getOrDefault(namedImports + i, "function " + (builtImports + i));
                        FunctionType mine = built.typeSection().getType(built.functionSection().getFunctionType(i));
                        FunctionType theirs = named.typeSection().getType(named.functionSection().getFunctionType(i));
                        if (!mine.equals(theirs)) {
                            unmatched++;
                        }
                    } else if (i < namedDefined + removedImports) {
                        name = "jnear post-pass: a TeaVM import made a local no-op";
                    } else {
                        name = "jnear post-pass: " + Helper.values()[i - namedDefined - removedImports];
                    }
                    functions.add(new Function(name, c.position - from));
                }
            }
            r.position = start + size;
        }
        return new SizeReport(title, module.length, sections, functions, unmatched);
    }

    /** The function names of a module's name section, by function index. */
    static Map<Integer, String> functionNames(byte[] module) {
        Map<Integer, String> names = new HashMap<>();
        Leb128.Reader r = new Leb128.Reader(module, 8);
        while (r.position < module.length) {
            int id = r.u8();
            int size = r.u32();
            int end = r.position + size;
            if (id == SectionId.CUSTOM && "name".equals(string(module, r))) {
                while (r.position < end) {
                    int sub = r.u8();
                    int subSize = r.u32();
                    int subEnd = r.position + subSize;
                    if (sub == 1) {
                        int count = r.u32();
                        for (int i = 0; i < count; i++) {
                            int index = r.u32();
                            names.put(index, string(module, r));
                        }
                    }
                    r.position = subEnd;
                }
            }
            r.position = end;
        }
        return names;
    }

    private static String string(byte[] module, Leb128.Reader r) {
        int length = r.u32();
        String s = new String(module, r.position, length, StandardCharsets.UTF_8);
        r.position += length;
        return s;
    }

    /** The bytes of code per function, largest first. */
    List<Function> functions() {
        List<Function> sorted = new ArrayList<>(functions);
        sorted.sort(Comparator.comparingInt(Function::bytes).reversed().thenComparing(Function::name));
        return sorted;
    }

    /** The bytes of code per class (or TeaVM runtime group), largest first. */
    Map<String, Integer> byClass() {
        return totals(false);
    }

    /** The bytes of code per package, largest first. */
    Map<String, Integer> byPackage() {
        return totals(true);
    }

    private Map<String, Integer> totals(boolean packages) {
        Map<String, Integer> totals = new TreeMap<>();
        for (Function f : functions) {
            String owner = JavaName.owner(f.name());
            totals.merge(packages ? JavaName.packageOf(owner) : owner, f.bytes(), Integer::sum);
        }
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(totals.entrySet());
        entries.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<String, Integer> sorted = new java.util.LinkedHashMap<>();
        entries.forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** The report as text: sections, then the {@code top} largest packages, classes and functions. */
    public String text(int top) {
        StringBuilder out = new StringBuilder();
        int code = functions.stream().mapToInt(Function::bytes).sum();
        out.append(String.format(Locale.ROOT, "%s: %,d bytes; code %,d bytes in %,d functions%n", title,
                moduleBytes, code, functions.size()));
        if (unmatched > 0) {
            out.append(String.format(Locale.ROOT,
                    "(%d functions differ in signature from TeaVM's named twin: their names may be wrong)%n", unmatched));
        }
        out.append("Functions are named as TeaVM names them: meth_<package initials>_<Class>_<method>"
                + " (meth_jl_String_charAt is java.lang.String.charAt); supertypeof_ and initclass_ are TeaVM's type"
                + " checks and class initialiser guards.\n");
        out.append("\nbytes per section\n");
        sections.forEach((name, bytes) -> out.append(String.format(Locale.ROOT, "%,10d  %s%n", bytes, name)));
        table(out, "bytes of code per package", byPackage(), top);
        table(out, "bytes of code per class", byClass(), top);
        out.append(String.format(Locale.ROOT, "%nbytes of code per function (the %d largest)%n", top));
        functions().stream().limit(top)
                .forEach(f -> out.append(String.format(Locale.ROOT, "%,10d  %s%n", f.bytes(), f.name())));
        return out.toString();
    }

    private static void table(StringBuilder out, String heading, Map<String, Integer> totals, int top) {
        out.append(String.format(Locale.ROOT, "%n%s (the %d largest of %d)%n", heading, Math.min(top, totals.size()),
                totals.size()));
        totals.entrySet().stream().limit(top)
                .forEach(e -> out.append(String.format(Locale.ROOT, "%,10d  %s%n", e.getValue(), e.getKey())));
    }

    private static String sectionName(int id) {
        return switch (id) {
            case SectionId.CUSTOM -> "custom";
            case SectionId.TYPE -> "type";
            case SectionId.IMPORT -> "import";
            case SectionId.FUNCTION -> "function";
            case SectionId.TABLE -> "table";
            case SectionId.MEMORY -> "memory";
            case SectionId.GLOBAL -> "global";
            case SectionId.EXPORT -> "export";
            case SectionId.START -> "start";
            case SectionId.ELEMENT -> "element";
            case SectionId.CODE -> "code";
            case SectionId.DATA -> "data";
            default -> "section " + id;
        };
    }
}
