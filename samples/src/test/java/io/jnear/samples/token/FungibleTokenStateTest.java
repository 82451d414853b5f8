package io.jnear.samples.token;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jnear.sdk.U128;
import io.jnear.sdk.borsh.BorshWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The token's state is Borsh under {@code STATE}, written and read by generated code, laid out as a
 * near-sdk-rs struct of the same fields is.
 */
class FungibleTokenStateTest extends TokenTest {
    @Test
    void stateIsTheBorshOfTheFieldsInDeclarationOrder() {
        byte[] state = sandbox.storageValue(token.id(), "STATE".getBytes(StandardCharsets.UTF_8));

        byte[] expected = new BorshWriter()
                .bytes(new byte[] {'a'})                        // accounts: LookupMap, stored as its prefix
                .u128(BigInteger.valueOf(1_000_000))            // totalSupply: u128
                .string("ft-1.0.0").string("Example Token").string("EXT") // metadata: spec, name, symbol
                .u8(0).u8(0).u8(0)                              // icon, reference, reference_hash: None
                .u32(24)                                        // decimals
                .u64(125)                                       // accountStorageUsage: the largest entry
                .toBytes();
        assertArrayEquals(expected, state);
        assertEquals(5 + 16 + (12 + 17 + 7) + 3 + 4 + 8, state.length);
    }

    @Test
    void aTransferRewritesTheStateOnlyWhenItChanges() {
        register(bob);
        byte[] before = sandbox.storageValue(token.id(), "STATE".getBytes(StandardCharsets.UTF_8));

        give(bob, 10);

        assertArrayEquals(before, sandbox.storageValue(token.id(), "STATE".getBytes(StandardCharsets.UTF_8)));
        assertEquals(U128.of(10), balanceOf(bob));
    }
}
