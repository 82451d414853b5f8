package io.jnear.wasm;

import io.jnear.sdk.Action;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

    /** A function call with JSON arguments and 50 Tgas, for initialisers. */
    static Action.FunctionCall jsonCall(String method, String json) {
        return new Action.FunctionCall(method, json.getBytes(StandardCharsets.UTF_8), Gas.tgas(50), NearToken.ZERO, 0);
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
