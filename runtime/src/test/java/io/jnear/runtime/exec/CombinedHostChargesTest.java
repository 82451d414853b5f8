package io.jnear.runtime.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jnear.runtime.ProtocolConfig;
import io.jnear.runtime.fees.ExtCost;
import io.jnear.runtime.fees.HostCosts;
import io.jnear.runtime.outcome.GasProfile;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * The host functions that charge several costs at once (one limit check for their sum) burn, profile and
 * fail exactly as the same costs charged one at a time, wherever the prepaid gas runs out among them.
 */
class CombinedHostChargesTest {
    private static final ProtocolConfig PROTOCOL = ProtocolConfig.protocol86();
    private static final HostCosts COSTS = PROTOCOL.hostCosts();

    /** One cost charged alone: its unit gas times {@code units}. */
    private record Step(ExtCost cost, long units) {
    }

    private static VmLogic vm(long prepaid) {
        return new VmLogic(null, null, null, new byte[0], null, prepaid, PROTOCOL, false, List.of(), List.of(),
                null);
    }

    /** Charges the steps one by one on a bare gas counter: what the combined charge must match. */
    private static String oneByOne(GasCounter gas, List<Step> steps) {
        try {
            for (Step s : steps) {
                gas.burnHost(s.cost(), GasCounter.saturatingMultiply(COSTS.gas(s.cost()), s.units()));
            }
            return null;
        } catch (VmError e) {
            return e.getMessage();
        }
    }

    private static void assertSameCharges(VmLogic vm, String combinedFailure, GasCounter reference,
            String referenceFailure) {
        assertEquals(referenceFailure, combinedFailure);
        assertEquals(reference.burnt(), vm.gas().burnt());
        assertEquals(reference.used(), vm.gas().used());
        GasProfile expected = reference.profile();
        GasProfile actual = vm.gas().profile();
        assertEquals(expected.entries(), actual.entries());
        if (combinedFailure != null) {
            assertEquals(combinedFailure, vm.failure.getMessage(), "the failure is kept for the call");
        }
    }

    private static List<Step> registerToMemory(long bytes, boolean shared) {
        return List.of(new Step(ExtCost.WRITE_REGISTER_BASE, 1),
                new Step(ExtCost.WRITE_REGISTER_BYTE, shared ? 0 : bytes),
                new Step(ExtCost.BASE, 1), new Step(ExtCost.BASE, 1),
                new Step(ExtCost.READ_REGISTER_BASE, 1), new Step(ExtCost.READ_REGISTER_BYTE, bytes),
                new Step(ExtCost.WRITE_MEMORY_BASE, 1), new Step(ExtCost.WRITE_MEMORY_BYTE, bytes));
    }

    @Property
    void aResultThroughARegisterIsChargedAsItsCallsOneByOne(
            @ForAll @LongRange(min = 0, max = 40_000_000_000L) long prepaid,
            @ForAll @LongRange(min = 0, max = 5_000) long bytes, @ForAll boolean shared) {
        VmLogic vm = vm(prepaid);
        String failure = null;
        try {
            vm.chargeRegisterToMemory(bytes, shared);
        } catch (VmError e) {
            failure = e.getMessage();
        }
        GasCounter reference = new GasCounter(prepaid, PROTOCOL.limits().maxGasBurnt());
        assertSameCharges(vm, failure, reference, oneByOne(reference, registerToMemory(bytes, shared)));
    }

    @Property
    void aBaseAndItsBytesAreChargedAsTwoCharges(@ForAll @LongRange(min = 0, max = 8_000_000_000L) long prepaid,
            @ForAll @LongRange(min = 0, max = 2_000) long bytes) {
        VmLogic vm = vm(prepaid);
        String failure = null;
        try {
            vm.chargeReadMemory(bytes);
        } catch (VmError e) {
            failure = e.getMessage();
        }
        GasCounter reference = new GasCounter(prepaid, PROTOCOL.limits().maxGasBurnt());
        assertSameCharges(vm, failure, reference, oneByOne(reference,
                List.of(new Step(ExtCost.READ_MEMORY_BASE, 1), new Step(ExtCost.READ_MEMORY_BYTE, bytes))));
    }

    @Property
    void twoArgumentsReadFromMemoryAreChargedAsTwoReads(
            @ForAll @LongRange(min = 0, max = 12_000_000_000L) long prepaid,
            @ForAll @LongRange(min = 0, max = 2_000) long first, @ForAll @LongRange(min = 0, max = 2_000) long second) {
        VmLogic vm = vm(prepaid);
        String failure = null;
        try {
            vm.chargeReadMemory(first, second);
        } catch (VmError e) {
            failure = e.getMessage();
        }
        GasCounter reference = new GasCounter(prepaid, PROTOCOL.limits().maxGasBurnt());
        assertSameCharges(vm, failure, reference, oneByOne(reference,
                List.of(new Step(ExtCost.READ_MEMORY_BASE, 1), new Step(ExtCost.READ_MEMORY_BYTE, first),
                        new Step(ExtCost.READ_MEMORY_BASE, 1), new Step(ExtCost.READ_MEMORY_BYTE, second))));
    }

    @Property
    void aHugeLengthSaturatesAndFailsAsAlone(@ForAll @LongRange(min = 0, max = 8_000_000_000L) long prepaid,
            @ForAll @LongRange(min = Long.MAX_VALUE / 4, max = Long.MAX_VALUE) long bytes) {
        VmLogic vm = vm(prepaid);
        String failure = null;
        try {
            vm.chargeRegisterToMemory(bytes, false);
        } catch (VmError e) {
            failure = e.getMessage();
        }
        GasCounter reference = new GasCounter(prepaid, PROTOCOL.limits().maxGasBurnt());
        assertSameCharges(vm, failure, reference, oneByOne(reference, registerToMemory(bytes, false)));
    }

    @Property
    void afterAFailureNothingMoreIsCharged(@ForAll @LongRange(min = 0, max = 2_000_000_000L) long prepaid) {
        VmLogic vm = vm(prepaid);
        String first = null;
        try {
            vm.chargeReadMemory(10_000); // 2.6 Ggas base: more than the prepaid gas
        } catch (VmError e) {
            first = e.getMessage();
        }
        long burnt = vm.gas().burnt();
        String second = null;
        try {
            vm.chargeRegisterToMemory(0, true);
        } catch (VmError e) {
            second = e.getMessage();
        }
        assertEquals(GasCounter.PREPAID_EXCEEDED, first);
        assertEquals(first, second, "the call's first failure, again");
        assertEquals(burnt, vm.gas().burnt());
    }
}
