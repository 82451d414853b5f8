package io.jnear.runtime.sealing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jnear.runtime.Account;
import io.jnear.runtime.Sandbox;
import io.jnear.sdk.NearToken;
import org.junit.jupiter.api.Test;

/** What contract code computes does not depend on identity hash codes or on the JVM's math intrinsics. */
class DeterminismByConstructionTest {
    private String run(String fixture) {
        Sandbox sandbox = Sandbox.create();
        Account alice = sandbox.createAccount("alice.test.near", NearToken.near(10));
        Account contract = sandbox.deploy("c.test.near", Fixtures.named(fixture));
        return alice.call(contract.id(), "run", "").value();
    }

    @Test
    void aHashSetOfObjectsWithoutHashCodeIteratesInInsertionOrder() {
        assertEquals("\"0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,\"", run("HashSetOrder"));
    }

    @Test
    void mathIsStrictMath() {
        assertEquals("\"strict\"", run("MathIsStrict"));
    }

    @Test
    void setOfAndMapOfIterateInTheOrderTheyWereGiven() {
        assertEquals("\"keysarodmbquzyxw\"", run("SetOfOrder"));
    }

    @Test
    void identityHashCodesAndObjectToStringNumberObjectsInTheOrderACallAsks() {
        String expected = "\"1 io.jnear.runtime.sealing.fixtures.IdentityHashCode$Marker@2 3 1\"";
        assertEquals(expected, run("IdentityHashCode"));
        assertEquals(expected, run("IdentityHashCode"), "the same in a fresh sandbox");
    }

    @Test
    void aRecordHashesAndPrintsComponentsWithoutHashCodeDeterministically() {
        String result = run("RecordIdentityHash");
        assertEquals(result, run("RecordIdentityHash"), "the same in a fresh sandbox");
        // the marker is hashed first (1), the array second (2); the other marker third (3)
        int first = (31 * (31 * (31 * 1 + 2) + "first".hashCode()) + Long.hashCode(7));
        int other = (31 * (31 * (31 * 3 + 2) + "first".hashCode()) + Long.hashCode(7));
        assertEquals("\"" + first + " Holder[marker=io.jnear.runtime.sealing.fixtures.RecordIdentityHash$Marker@1, "
                + "values=[I@2, name=first, amount=7] true false " + other + "\"", result);
    }

    @Test
    void aJdkCollectionHashesAndPrintsElementsWithoutHashCodeDeterministically() {
        String marker = "io.jnear.runtime.sealing.fixtures.CollectionIdentityText$Marker@";
        String list = "[" + marker + "1, " + marker + "2]";
        // a list hashes as 31·(31·1 + 1) + 2; the map's one entry as "k".hashCode() ^ 1
        assertEquals("\"" + (31 * (31 + 1) + 2) + " " + list + " {k=" + marker + "1} " + ("k".hashCode() ^ 1) + " "
                + list + "\"", run("CollectionIdentityText"));
    }

    @Test
    void methodReferencesToObjectsHashCodeAndToStringAreDeterministicToo() {
        assertEquals("\"1 io.jnear.runtime.sealing.fixtures.MethodRefIdentity$Marker@2\"", run("MethodRefIdentity"));
    }

    @Test
    void jdkMethodsThatPrintOrHashObjectsUseTheDeterministicHashes() {
        String marker = "io.jnear.runtime.sealing.fixtures.JdkTextOfIdentity$Marker@1";
        int hash = 31 * (31 + 1) + "x".hashCode();
        assertEquals("\"x" + marker + " [" + marker + ", x] " + hash + " " + hash + "\"", run("JdkTextOfIdentity"));
    }

    @Test
    void optionalsEntriesAndDeepArraysPrintAndHashWhatTheyHoldDeterministically() {
        String marker = "io.jnear.runtime.sealing.fixtures.WrappedIdentityText$Marker@1";
        int deepHash = 31 * (31 + (31 * (31 + 1) + (31 + 7))) + "x".hashCode();
        String expected = "\"Optional[" + marker + "] 1 Optional[" + marker + "] Optional.empty " + marker + "=2 k="
                + marker + " " + marker + " c [[" + marker + ", [7]], x] " + deepHash + "\"";
        assertEquals(expected, run("WrappedIdentityText"));
        assertEquals(expected, run("WrappedIdentityText"), "the same in a fresh sandbox");
    }

    @Test
    void superHashCodeAndToStringAreTheCallsNumbersToo() {
        assertEquals("\"11 tagged io.jnear.runtime.sealing.fixtures.SuperIdentity$Tagged@1\"", run("SuperIdentity"));
    }
}
