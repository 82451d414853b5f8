package io.jnear.runtime.isolation;

import io.jnear.sdk.spi.ContractCode;
import io.jnear.sdk.spi.ContractDispatcher;
import java.lang.reflect.InvocationTargetException;

/**
 * Contract code as deployed to one account: for a {@code @Contract} class, its own metered copy of the
 * contract's classes and the dispatcher that runs calls; for a hand-written dispatcher (runtime tests),
 * that dispatcher as given.
 */
public final class Deployment {
    private final ContractCode code;
    private final ContractDispatcher dispatcher;

    private Deployment(ContractCode code, ContractDispatcher dispatcher) {
        this.code = code;
        this.dispatcher = dispatcher;
    }

    /** Loads {@code code} for one account; {@code metered} instruments it (off only to measure metering). */
    public static Deployment of(ContractCode code, boolean metered) {
        Class<?> contract = code.contractClass();
        if (contract == null) {
            return new Deployment(code, code.newDispatcher());
        }
        ClassLoader source = contract.getClassLoader();
        ContractClassLoader loader = new ContractClassLoader(contract.getPackageName(), source, metered);
        String dispatcherName = ContractCode.dispatcherNameOf(contract);
        try {
            Class<?> type = Class.forName(dispatcherName, true, loader);
            return new Deployment(code, (ContractDispatcher) type.getConstructor().newInstance());
        } catch (ClassNotFoundException | NoSuchMethodException | InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("Cannot load " + dispatcherName + " for deployment", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Cannot load " + dispatcherName + ": " + e.getCause(), e.getCause());
        }
    }

    public ContractCode code() {
        return code;
    }

    /** The dispatcher that runs this deployment's calls (dispatchers hold no state of their own). */
    public ContractDispatcher dispatcher() {
        return dispatcher;
    }
}
