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
    void stateIsTheBorshOfTheFieldsInDeclarationOrderAsNearContractStandardsLaysItOut() {
        byte[] state = sandbox.storageValue(token.id(), "STATE".getBytes(StandardCharsets.UTF_8));

        byte[] expected = new BorshWriter()
                .bytes(new byte[] {'a'})                        // accounts: LookupMap, stored as its prefix
                .u128(BigInteger.valueOf(1_000_000))            // totalSupply: u128
                .u64(125)                                       // accountStorageUsage: the largest entry
                .bytes(new byte[] {'m'})                        // metadata: LazyOption, stored as its prefix
                .toBytes();
        assertArrayEquals(expected, state);
        assertEquals(5 + 16 + 8 + 5, state.length, "the 34 bytes of near-sdk-rs's example token");
    }

    @Test
    void theMetadataIsItsOwnEntryUnderItsPrefix() {
        byte[] metadata = sandbox.storageValue(token.id(), "m".getBytes(StandardCharsets.UTF_8));

        byte[] expected = new BorshWriter()
                .string("ft-1.0.0").string("Example Token").string("EXT") // spec, name, symbol
                .u8(0).u8(0).u8(0)                              // icon, reference, reference_hash: None
                .u32(24)                                        // decimals
                .toBytes();
        assertArrayEquals(expected, metadata);
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
