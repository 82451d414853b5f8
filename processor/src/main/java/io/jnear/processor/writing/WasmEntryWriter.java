package io.jnear.processor.writing;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.jnear.processor.model.ContractModel;
import io.jnear.processor.model.MethodModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Name>WasmEntry}, the class TeaVM compiles a contract from: one no-argument
 * {@code @Export} per NEAR method, named as NEAR calls it, each handing the call to the contract's
 * generated dispatcher through {@code WasmEntry.run} (which reads {@code input}, decodes, checks, calls,
 * encodes, returns and turns anything thrown into {@code panic_utf8}), an export the build runs once to
 * snapshot the initialised memory ({@code WasmEntry.preinitialize}), and an empty {@code main}, which
 * TeaVM requires of the class it starts from. Written only when TeaVM's interop annotations are on the
 * class path, so a project that never builds Wasm sees no such class.
 */
public final class WasmEntryWriter {
    /** The entry class of {@code contract}. */
    public static ClassName entryName(ContractModel contract) {
        return ClassName.get(contract.packageName(), contract.flatName() + "WasmEntry");
    }

    public TypeSpec.Builder write(ContractModel contract) {
        ClassName dispatcher = DispatcherWriter.dispatcherName(contract);
        MemberNames names = new MemberNames(contract);
        TypeSpec.Builder type = TypeSpec.classBuilder(entryName(contract))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("The Wasm exports of {@link $T}, one per NEAR method; TeaVM compiles the contract from here.\n",
                        ClassName.get(contract.element()))
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(MethodSpec.methodBuilder("main")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addParameter(String[].class, "args")
                        .addComment("TeaVM starts from a main class; NEAR calls only the exports")
                        .build());
        List<MethodModel> methods = new ArrayList<>(contract.inits());
        methods.addAll(contract.methods());
        for (MethodModel m : methods) {
            type.addMethod(MethodSpec.methodBuilder("export" + names.handle(m))
                    .addAnnotation(AnnotationSpec.builder(RuntimeTypes.TEAVM_EXPORT)
                            .addMember("name", "$S", m.nearName()).build())
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .addStatement("$T.run(new $T(), $S)", RuntimeTypes.WASM_ENTRY, dispatcher, m.nearName())
                    .build());
        }
        type.addMethod(MethodSpec.methodBuilder("preinitialize")
                .addJavadoc("Run once at build time: the build snapshots the memory it leaves and removes this export.\n")
                .addAnnotation(AnnotationSpec.builder(RuntimeTypes.TEAVM_EXPORT)
                        .addMember("name", "$T.PREINITIALIZE_EXPORT", RuntimeTypes.WASM_ENTRY).build())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addStatement("$T.preinitialize(new $T())", RuntimeTypes.WASM_ENTRY, dispatcher)
                .build());
        return type;
    }
}
