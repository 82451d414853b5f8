package io.jnear.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AccountIdTest {
    private static String rejection(String value) {
        return assertThrows(IllegalArgumentException.class, () -> AccountId.of(value)).getMessage();
    }

    @Test
    void acceptsValidIds() {
        for (String valid : new String[] {"ab", "near", "alice.near", "a-b_c.d", "0x1", "a".repeat(64)}) {
            assertNull(AccountId.validate(valid), valid);
            assertEquals(valid, AccountId.of(valid).toString());
        }
    }

    @Test
    void rejectsTooShort() {
        assertEquals("Invalid account ID 'a': it is shorter than 2 characters", rejection("a"));
        assertEquals("Invalid account ID '': it is shorter than 2 characters", rejection(""));
    }

    @Test
    void rejectsTooLong() {
        String id = "a".repeat(65);
        assertEquals("Invalid account ID '" + id + "': it is longer than 64 characters", rejection(id));
    }

    @Test
    void rejectsCharactersOutsideTheAlphabet() {
        assertEquals("Invalid account ID 'Alice.near': the character 'A' at position 0 is not allowed "
                + "(only a-z, 0-9 and the separators - _ .)", rejection("Alice.near"));
        assertEquals("Invalid account ID 'al ice': the character ' ' at position 2 is not allowed "
                + "(only a-z, 0-9 and the separators - _ .)", rejection("al ice"));
    }

    @Test
    void rejectsLeadingAndTrailingSeparators() {
        assertEquals("Invalid account ID '-alice': it starts with the separator '-'", rejection("-alice"));
        assertEquals("Invalid account ID '.near': it starts with the separator '.'", rejection(".near"));
        assertEquals("Invalid account ID 'alice.': it ends with the separator '.'", rejection("alice."));
        assertEquals("Invalid account ID 'alice_': it ends with the separator '_'", rejection("alice_"));
    }

    @Test
    void rejectsAdjacentSeparators() {
        assertEquals("Invalid account ID 'alice..near': the separator '.' at position 6 follows another separator",
                rejection("alice..near"));
        assertEquals("Invalid account ID 'a-_b': the separator '_' at position 2 follows another separator",
                rejection("a-_b"));
    }

    @Test
    void rejectsNull() {
        assertEquals("Invalid account ID 'null': it is null", rejection(null));
    }

    @Test
    void topLevelIdsHaveNoDot() {
        assertTrue(AccountId.of("near").isTopLevel());
        assertFalse(AccountId.of("alice.near").isTopLevel());
    }

    @Test
    void subAccountMeansDirectChild() {
        AccountId alice = AccountId.of("alice.near");

        assertTrue(AccountId.of("x.alice.near").isSubAccountOf(alice));
        assertTrue(alice.isSubAccountOf(AccountId.of("near")));
        assertFalse(AccountId.of("y.x.alice.near").isSubAccountOf(alice));
        assertFalse(alice.isSubAccountOf(alice));
        assertFalse(AccountId.of("xalice.near").isSubAccountOf(alice));
        assertFalse(AccountId.of("x.balice.near").isSubAccountOf(alice));
        assertFalse(AccountId.of("x.alice.near").isSubAccountOf(AccountId.of("near")));
    }

    @Test
    void implicitIdsAreSixtyFourLowercaseHexCharacters() {
        String hex = "0123456789abcdef".repeat(4);

        assertTrue(AccountId.of(hex).isImplicit());
        assertFalse(AccountId.of(hex.substring(1)).isImplicit());
        assertFalse(AccountId.of("g" + hex.substring(1)).isImplicit());
        assertFalse(AccountId.of("alice.near").isImplicit());
    }

    @Test
    void ordersAndComparesByText() {
        assertTrue(AccountId.of("alice.near").compareTo(AccountId.of("bob.near")) < 0);
        assertEquals(AccountId.of("alice.near"), AccountId.of("alice.near"));
        assertTrue(AccountId.SYSTEM.isSystem());
    }
}
