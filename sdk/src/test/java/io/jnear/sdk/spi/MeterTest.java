package io.jnear.sdk.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jnear.sdk.HostBinding;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The meter as instrumented code calls it: a method's entry finds its call, and its charges, allocations
 * and leave go to that call; they reach the host in batches of 1,000 instructions, exactly as charges that
 * find the call themselves do.
 */
class MeterTest {
    /** What the host was charged, batch by batch. */
    private final List<Long> charged = new ArrayList<>();
    private HostBinding.Call bound;

    /** A host failure, as the sandbox's are: what {@code Host.fail} throws. */
    private static final class Failed extends HostAbort {
        private static final long serialVersionUID = 1L;

        Failed(String message) {
            super(message);
        }
    }

    @BeforeEach
    void bind() {
        Host host = (Host) Proxy.newProxyInstance(Host.class.getClassLoader(), new Class<?>[] {Host.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "chargeOps" -> charged.add((Long) args[0]);
                    case "fail" -> throw new Failed((String) args[0]);
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "recording host";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        bound = HostBinding.enter(host);
    }

    @AfterEach
    void unbind() {
        bound.close();
    }

    @Test
    void aMethodsEntryReturnsTheBoundCallAndItsChargesReachTheHostInBatches() {
        HostBinding.Call call = Meter.enter(400);
        assertSame(bound, call);
        assertEquals(1, HostBinding.callDepth());
        Meter.charge(call, 599);
        assertEquals(List.of(), charged);
        Meter.charge(call, 3);
        assertEquals(List.of(1_002L), charged);
        Meter.charge(call, 7);
        Meter.leave(call);
        assertEquals(0, HostBinding.callDepth());
        HostBinding.flushOps();
        assertEquals(List.of(1_002L, 7L), charged);
    }

    @Test
    void chargesGivenTheCallAndChargesThatFindItAddUpAlike() {
        HostBinding.Call call = Meter.enter(0);
        Meter.charge(call, 600);
        Meter.charge(500);
        Meter.charge(call, 999);
        Meter.leave();
        HostBinding.flushOps();
        assertEquals(List.of(1_100L, 999L), charged);
    }

    @Test
    void aNegativeChargeGivenTheCallFailsIt() {
        HostBinding.Call call = Meter.enter(0);
        Failed failed = assertThrows(Failed.class, () -> Meter.charge(call, -1_000_000_000));
        assertEquals("Gas charges cannot be negative", failed.getMessage());
    }

    @Test
    void allocationsGivenTheCallCountTowardItsMemoryLimit() {
        HostBinding.Call call = Meter.enter(0);
        Meter.allocate(1024 * 1024, call, 64);
        Failed failed = assertThrows(Failed.class, () -> Meter.allocate(1, call, 1));
        assertEquals("Exceeded the memory limit: contract code allocated more than 64 MiB in one call",
                failed.getMessage());
    }

    @Test
    void outsideACallTheEntryFindsNoCallAndTheRestDoesNothing() {
        bound.close();
        HostBinding.Call call = Meter.enter(5);
        assertNull(call);
        Meter.charge(call, 1_000_000);
        Meter.allocate(Integer.MAX_VALUE, call, 8);
        Meter.leave(call);
        assertEquals(List.of(), charged);
    }
}
