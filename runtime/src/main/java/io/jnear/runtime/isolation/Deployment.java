package io.jnear.runtime.isolation;

import io.jnear.sdk.spi.ContractCode;
import io.jnear.sdk.spi.ContractDispatcher;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Contract code as deployed to one account: for a {@code @Contract} class, its own metered copy of the
 * contract's classes, checked against the contract API list before any of them runs, and the dispatcher
 * that runs calls; for a hand-written dispatcher (runtime tests), that dispatcher as given.
 */
public final class Deployment {
    /** Verdicts by code hash: the same code is checked once; null means accepted. */
    private static final Map<String, String> VERDICTS = Collections.synchronizedMap(new HashMap<>());

    private final ContractCode code;
    private final ContractDispatcher dispatcher;

    private Deployment(ContractCode code, ContractDispatcher dispatcher) {
        this.code = code;
        this.dispatcher = dispatcher;
    }

    /**
     * Checks that {@code code} uses only the contract API; throws {@link ContractRejectedException} with
     * {@code <api> is not allowed in contract code: <why>} if it does not.
     */
    public static void check(ContractCode code) {
        Class<?> contract = code.contractClass();
        if (contract == null) {
            return;
        }
        String key = HexFormat.of().formatHex(code.hash());
        String verdict = VERDICTS.get(key);
        if (verdict == null && !VERDICTS.containsKey(key)) {
            try {
                ContractVerifier.verify(code, contract.getClassLoader());
            } catch (ContractRejectedException e) {
                verdict = e.getMessage();
            }
            VERDICTS.put(key, verdict);
        }
        if (verdict != null) {
            throw new ContractRejectedException(verdict);
        }
    }

    /** Loads {@code code} for one account; {@code metered} instruments it (off only to measure metering). */
    public static Deployment of(ContractCode code, boolean metered) {
        Class<?> contract = code.contractClass();
        if (contract == null) {
            return new Deployment(code, code.newDispatcher());
        }
        check(code);
        ContractClassLoader loader = new ContractClassLoader(code, contract.getClassLoader(), metered);
        return new Deployment(code, StaticInitialisation.run(code, loader, ContractCode.dispatcherNameOf(contract)));
    }

    public ContractCode code() {
        return code;
    }

    /** The dispatcher that runs this deployment's calls (dispatchers hold no state of their own). */
    public ContractDispatcher dispatcher() {
        return dispatcher;
    }
}
