package io.jnear.runtime.sealing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jnear.runtime.Sandbox;
import io.jnear.runtime.isolation.ContractRejectedException;
import io.jnear.sdk.AccountId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A class nested in one the contract API refuses as a whole is refused with it, for its reason, and an
 * annotation type is refused for the {@code Annotation} it implements; the texts are the ones the
 * processor reports at compile time (its {@code checks/non_deterministic_nested_in_refused} and
 * {@code checks/non_deterministic_annotation_type} cases).
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class NestedAndImplicitRefusalsTest {
    private Sandbox sandbox;

    @BeforeEach
    void setUp() {
        sandbox = Sandbox.create();
    }

    private void refused(String fixture, String message) {
        ContractRejectedException e = assertThrows(ContractRejectedException.class,
                () -> sandbox.deploy("attacker.test.near", Fixtures.named(fixture)));
        assertEquals(message, e.getMessage());
        assertFalse(sandbox.account(AccountId.of("attacker.test.near")).exists());
    }

    @Test
    void namingAClassNestedInARefusedOneIsRefusedForItsReason() {
        refused("NamesThreadState", "java.lang.Thread.State is not allowed in contract code:"
                + " contracts run on one thread; threads would make execution non-deterministic");
    }

    @Test
    void readingAnEnumConstantOfSuchAClassIsRefusedForItsReason() {
        refused("ReadsThreadState", "Thread.State.NEW is not allowed in contract code:"
                + " contracts run on one thread; threads would make execution non-deterministic");
    }

    @Test
    void anAnnotationTypeIsRefusedForTheInterfaceItImplements() {
        refused("DeclaresAnAnnotationType", "java.lang.annotation.Annotation is not allowed in contract code:"
                + " it is not part of jnear's contract API (see META-INF/jnear/contract-api.txt)");
    }
}
