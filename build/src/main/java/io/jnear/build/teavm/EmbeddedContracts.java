package io.jnear.build.teavm;

import io.jnear.sdk.spi.ContractCode;

/**
 * The Wasm modules of the contracts a contract deploys ({@code Promise.deployContract(SomeContract.class)}),
 * built into its own module: in Wasm, {@link ContractCode#of(Class)} becomes {@link #of(Class)}
 * ({@link ClassLibrarySupplement}), and the build writes {@link #module(Class)}'s body, one branch per
 * contract it embedded. On the JVM a contract's code is its classes; on NEAR it can only be a module.
 */
public final class EmbeddedContracts {
    private EmbeddedContracts() {
    }

    /** The code of {@code contractClass}: the module the build embedded for it. */
    public static ContractCode of(Class<?> contractClass) {
        return ContractCode.wasm(module(contractClass));
    }

    /** The embedded module of {@code contractClass}; the build replaces this body. */
    static byte[] module(Class<?> contractClass) {
        return missing(contractClass);
    }

    static byte[] missing(Class<?> contractClass) {
        throw new IllegalStateException(contractClass.getName() + " is not built into this contract's Wasm module");
    }

    /** The {@code length} bytes packed two to a character, high byte first, in {@code packed}. */
    static byte[] unpack(String packed, int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            char c = packed.charAt(i >> 1);
            bytes[i] = (byte) ((i & 1) == 0 ? c >> 8 : c);
        }
        return bytes;
    }

    /** {@code bytes} packed two to a character, as {@link #unpack} reads them. */
    public static String pack(byte[] bytes) {
        char[] chars = new char[(bytes.length + 1) / 2];
        for (int i = 0; i < bytes.length; i++) {
            chars[i >> 1] |= (char) ((bytes[i] & 0xFF) << ((i & 1) == 0 ? 8 : 0));
        }
        return new String(chars);
    }
}
