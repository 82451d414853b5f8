package io.jnear.samples.testing;

import io.jnear.build.WasmCompiler;
import java.io.File;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Each sample contract compiled to NEAR Wasm once per test JVM (TeaVM takes seconds per contract). */
public final class WasmBuilds {
    private static final Map<Class<?>, byte[]> BUILT = new ConcurrentHashMap<>();

    private WasmBuilds() {
    }

    /** The NEAR module of {@code contract}, built from its generated {@code <Name>WasmEntry}. */
    public static byte[] of(Class<?> contract) {
        return BUILT.computeIfAbsent(contract, WasmBuilds::build).clone();
    }

    private static byte[] build(Class<?> contract) {
        String entry = contract.getPackageName() + "."
                + contract.getName().substring(contract.getPackageName().length() + 1).replace('$', '_') + "WasmEntry";
        try {
            File classes = new File(contract.getProtectionDomain().getCodeSource().getLocation().toURI());
            return new WasmCompiler(List.of(classes)).compile(entry);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
