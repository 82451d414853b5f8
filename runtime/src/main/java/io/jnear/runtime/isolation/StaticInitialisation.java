package io.jnear.runtime.isolation;

import io.jnear.sdk.HostBinding;
import io.jnear.sdk.spi.ContractCode;
import io.jnear.sdk.spi.ContractDispatcher;
import io.jnear.sdk.spi.Host;
import io.jnear.sdk.spi.HostAbort;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

/**
 * Runs a deployment's static initialisers, and creates its dispatcher, once, when its classes are loaded,
 * never inside a call. Forks of a chain share loaded classes, so if the first call that touched a class
 * paid for its initialiser, the same call would cost more in a fresh sandbox than in a fork whose parent
 * had already made it; here no call pays, and every call costs the same whatever ran before.
 *
 * <p>Initialisers still run metered, against fixed limits of their own ({@link #MAX_OPS} instructions and
 * the call memory limit), in class-name order. They have no call context: {@code Env} is not available
 * to them. If any initialiser fails, every call of the deployment fails with
 * {@code Smart contract static initialisation failed: <why>}.
 */
final class StaticInitialisation {
    /** Instructions all of a deployment's static initialisers may run: about 80 Tgas of work. */
    static final long MAX_OPS = 100_000_000;

    private StaticInitialisation() {
    }

    /** Initialises every class of {@code code} in {@code loader}; returns the dispatcher calls go to. */
    static ContractDispatcher run(ContractCode code, ClassLoader loader, String dispatcherName) {
        if (HostBinding.isBound()) {
            throw new IllegalStateException("contract classes are loaded between calls, not inside one");
        }
        Budget budget = new Budget();
        Host host = (Host) Proxy.newProxyInstance(Host.class.getClassLoader(), new Class<?>[] {Host.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "chargeOps" -> budget.charge((Long) args[0]);
                    case "fail" -> throw new Failure((String) args[0]);
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "static initialisation";
                    default -> throw new Failure("Env." + method.getName() + " is not available in a static initialiser");
                });
        try (HostBinding.Call call = HostBinding.enter(host)) {
            for (String name : code.classNames().stream().sorted().toList()) {
                Class.forName(name.replace('/', '.'), true, loader);
            }
            ContractDispatcher dispatcher = (ContractDispatcher) Class.forName(dispatcherName, true, loader)
                    .getConstructor().newInstance();
            HostBinding.flushOps();
            return dispatcher;
        } catch (Failure e) {
            return failing(e.getMessage());
        } catch (ExceptionInInitializerError e) {
            return failing(String.valueOf(e.getCause()));
        } catch (InvocationTargetException e) {
            return failing(String.valueOf(e.getCause()));
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("Cannot load " + dispatcherName + " for deployment", e);
        }
    }

    private static ContractDispatcher failing(String why) {
        String message = "Smart contract static initialisation failed: " + why;
        return method -> {
            HostBinding.fail(message);
            return false;
        };
    }

    /** The instructions initialisers have run, against {@link #MAX_OPS}. */
    private static final class Budget {
        private long ops;

        Object charge(long more) {
            ops += more;
            if (ops > MAX_OPS) {
                throw new Failure("its static initialisers ran more than " + MAX_OPS + " instructions");
            }
            return null;
        }
    }

    /** Ends initialisation; a host abort, so contract code cannot catch it. */
    private static final class Failure extends HostAbort {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message);
        }
    }
}
