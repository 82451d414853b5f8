package io.jnear.runtime.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/**
 * The gas counter never creates gas: whatever is charged, however large, burnt stays within
 * min(prepaid, max burnt), used within prepaid, and a failed charge burns only what was burnt.
 */
class GasCounterPropertiesTest {
    private static final long PGAS = 1_000_000_000_000_000L;

    record Charge(long burn, long reserve) {
    }

    @Provide
    Arbitrary<List<Charge>> charges() {
        Arbitrary<Long> amounts = Arbitraries.oneOf(
                Arbitraries.longs().between(0, 50_000_000_000_000L),
                Arbitraries.longs().between(Long.MAX_VALUE - 1_000_000, Long.MAX_VALUE),
                Arbitraries.just(0L));
        return Combinators.combine(amounts, amounts).as(Charge::new).list().ofMaxSize(30);
    }

    @Property
    void burntAndUsedStayWithinTheLimits(@ForAll @LongRange(min = 1, max = 2 * PGAS) long prepaid,
            @ForAll @LongRange(min = 1, max = PGAS) long maxBurnt,
            @ForAll("charges") List<Charge> charges) {
        GasCounter gas = new GasCounter(prepaid, maxBurnt);
        for (Charge c : charges) {
            long burntBefore = gas.burnt();
            long usedBefore = gas.used();
            try {
                gas.charge(c.burn(), c.reserve());
                assertEquals(burntBefore + c.burn(), gas.burnt());
                assertEquals(usedBefore + c.burn() + c.reserve(), gas.used());
            } catch (VmError e) {
                long attempted = GasCounter.saturatingAdd(burntBefore, c.burn());
                assertEquals(Math.min(attempted, Math.min(prepaid, maxBurnt)), gas.burnt(),
                        "burnt = min(actual, prepaid, max burnt)");
                assertEquals(attempted > maxBurnt ? GasCounter.MAX_BURNT_EXCEEDED : GasCounter.PREPAID_EXCEEDED,
                        e.getMessage());
                assertTrue(gas.burnt() >= burntBefore, "a failure never unburns");
                break;
            }
            assertTrue(gas.burnt() <= Math.min(prepaid, maxBurnt));
            assertTrue(gas.used() <= prepaid);
            assertTrue(gas.burnt() <= gas.used());
            assertEquals(Math.min(prepaid - gas.used(), maxBurnt - gas.burnt()), gas.left(),
                    "what can still be burnt before a limit");
        }
    }

    @Property
    void theProfileAddsUpToTheGasBurnt(@ForAll @LongRange(min = 1, max = 2 * PGAS) long prepaid,
            @ForAll("charges") List<Charge> charges) {
        GasCounter gas = new GasCounter(prepaid, PGAS);
        io.jnear.runtime.fees.ExtCost[] hostCosts = io.jnear.runtime.fees.ExtCost.values();
        io.jnear.runtime.fees.ActionCost[] actionCosts = io.jnear.runtime.fees.ActionCost.values();
        int i = 0;
        try {
            for (Charge c : charges) {
                if (i++ % 2 == 0) {
                    gas.burnHost(hostCosts[i % hostCosts.length], c.burn());
                } else {
                    gas.payAction(actionCosts[i % actionCosts.length], c.burn(), c.reserve());
                }
            }
        } catch (VmError e) {
            // the sums below hold after a failed charge too
        }
        long profiled = gas.profile().entries().stream().mapToLong(e -> e.gasUsed()).sum();
        assertEquals(gas.burnt(), profiled);
    }

    /** Host costs take a short way when they fit; it must burn exactly what the general rule burns. */
    @Property
    void aHostCostBurnsWhatTheGeneralChargeBurns(@ForAll @LongRange(min = 0, max = 2 * PGAS) long prepaid,
            @ForAll @LongRange(min = 0, max = PGAS) long maxBurnt,
            @ForAll("charges") List<Charge> charges) {
        GasCounter host = new GasCounter(prepaid, maxBurnt);
        GasCounter general = new GasCounter(prepaid, maxBurnt);
        int i = 0;
        for (Charge c : charges) {
            String hostFailure = null;
            String generalFailure = null;
            if (i++ % 3 == 2) { // a receipt's reservation in between moves both limits
                host.reserveRemaining(c.reserve() % PGAS);
                general.reserveRemaining(c.reserve() % PGAS);
            }
            try {
                host.burnHost(io.jnear.runtime.fees.ExtCost.BASE, c.burn());
            } catch (VmError e) {
                hostFailure = e.getMessage();
            }
            try {
                general.charge(c.burn(), 0);
            } catch (VmError e) {
                generalFailure = e.getMessage();
            }
            assertEquals(generalFailure, hostFailure);
            assertEquals(general.burnt(), host.burnt());
            assertEquals(general.used(), host.used());
            assertEquals(general.left(), host.left());
            assertEquals(host.burnt(), host.profile().gas(io.jnear.runtime.fees.ExtCost.BASE));
            if (hostFailure != null) {
                break;
            }
        }
    }
}
