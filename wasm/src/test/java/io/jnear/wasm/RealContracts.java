package io.jnear.wasm;

import io.jnear.sdk.Action;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import java.nio.charset.StandardCharsets;

/** The near-sdk-rs example builds, by name, and the call that initialises them. */
final class RealContracts {
    private RealContracts() {
    }

    static byte[] read(String name) {
        return ReferenceContracts.read(name);
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
