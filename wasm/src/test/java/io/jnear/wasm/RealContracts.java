package io.jnear.wasm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The near-sdk-rs example builds next to the repository (see the module README), read by name. */
final class RealContracts {
    private RealContracts() {
    }

    static Path dir() {
        String dir = System.getProperty("jnear.wasm.dir");
        if (dir == null) {
            throw new IllegalStateException("Set jnear.wasm.dir to the folder of the reference Wasm contracts");
        }
        return Path.of(dir);
    }

    static byte[] read(String name) {
        try {
            return Files.readAllBytes(dir().resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] statusMessage() {
        return read("status_message.wasm");
    }

    static byte[] fungibleToken() {
        return read("fungible_token.wasm");
    }

    static byte[] crossContractLowLevel() {
        return read("cross_contract_low_level.wasm");
    }

    static byte[] factory() {
        return read("factory_contract_low_level.wasm");
    }

    static byte[] testContract() {
        return read("test_contract.wasm");
    }
}
