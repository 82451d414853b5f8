package io.jnear.sdk;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.sdk.spi.Host;
import java.lang.reflect.Proxy;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Calls bound on two threads (two sandboxes running in parallel) each see their own host, whichever
 * thread bound a call last, and unbinding one leaves the other bound.
 */
class HostBindingThreadsTest {
    private final ExecutorService other = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        other.shutdownNow();
    }

    private static Host host(String name) {
        return (Host) Proxy.newProxyInstance(Host.class.getClassLoader(), new Class<?>[] {Host.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "toString" -> name;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private <T> T onOther(Callable<T> step) throws Exception {
        Future<T> result = other.submit(step);
        return result.get();
    }

    @Test
    void eachThreadSeesItsOwnCallWhicheverBoundLast() throws Exception {
        Host mine = host("mine");
        Host theirs = host("theirs");

        HostBinding.Call myCall = HostBinding.enter(mine);
        HostBinding.Call theirCall = onOther(() -> HostBinding.enter(theirs));

        // the other thread bound last: this one finds its call in its own slot
        assertSame(mine, HostBinding.host());
        assertSame(theirs, onOther(HostBinding::host));

        onOther(() -> {
            theirCall.close();
            return null;
        });
        assertFalse(onOther(HostBinding::isBound));
        assertSame(mine, HostBinding.host());

        myCall.close();
        assertFalse(HostBinding.isBound());
        assertThrows(IllegalStateException.class, HostBinding::host);
    }

    @Test
    void aThreadBindingAgainAfterAnotherFindsItsOwnSlot() throws Exception {
        Host first = host("first");
        Host second = host("second");
        Host theirs = host("theirs");

        try (HostBinding.Call ignored = HostBinding.enter(first)) {
            assertSame(first, HostBinding.host());
        }
        HostBinding.Call theirCall = onOther(() -> HostBinding.enter(theirs));
        try (HostBinding.Call ignored = HostBinding.enter(second)) {
            assertSame(second, HostBinding.host());
            assertSame(theirs, onOther(HostBinding::host));
            onOther(() -> {
                theirCall.close();
                return null;
            });
            assertSame(second, HostBinding.host());
            assertTrue(HostBinding.isBound());
        }
        assertFalse(HostBinding.isBound());
        assertFalse(onOther(HostBinding::isBound));
    }

    @Test
    void closingAnEarlierCallLeavesTheLaterOneBound() {
        Host earlier = host("earlier");
        Host later = host("later");

        HostBinding.Call first = HostBinding.enter(earlier);
        HostBinding.Call second = HostBinding.enter(later);
        first.close();

        assertSame(later, HostBinding.host());
        second.close();
        assertFalse(HostBinding.isBound());
    }
}
