package io.jnear.runtime.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The trie-node estimate's error bound, measured against an exact Merkle-Patricia trie
 * ({@link MerklePatriciaPaths}) over the keys nearcore's state would hold: each account's record
 * ({@code 0x00 ‖ id}) and access key ({@code 0x02 ‖ id ‖ 0x02 ‖ key}), the contracts' code
 * ({@code 0x01 ‖ id}) and their data ({@code 0x09 ‖ id ‖ ',' ‖ key}). For a rewrite of an existing key
 * (the value's own node aside, which both count), with A accounts:
 * {@code −(⌈log16 A⌉ + 4) ≤ exact − estimate ≤ 4} nodes with one contract holding data, over near-sdk's
 * usual key layouts (the contract struct alone, a map keyed by account IDs, a vector, hashed keys) of 1 to
 * 100,000 entries; up to {@code + 8} with a hundred contracts holding data whose names differ only in a
 * decimal number. The estimate charges every account's hexadecimal digit where only the accounts holding
 * data branch nearcore's trie (the lower end); keys and names with long shared prefixes, such as a map's
 * prefix and Borsh length or the ASCII digits' common high nibble, add extensions it does not see (the
 * upper end).
 */
class TrieNodeEstimateErrorTest {
    /** Nodes nearcore may count beyond the estimate with one contract holding data. */
    private static final int UNDERCHARGED_AT_MOST = 4;
    /** The same, with a hundred contracts holding data whose names differ only in a decimal number. */
    private static final int UNDERCHARGED_AT_MOST_AMONG_NUMBERED_CONTRACTS = 8;
    private static final int OVERCHARGED_AT_MOST_BEYOND_ACCOUNT_DIGITS = 4;

    private static final byte ACCOUNT = 0;
    private static final byte CONTRACT_CODE = 1;
    private static final byte ACCESS_KEY = 2;
    private static final byte CONTRACT_DATA = 9;

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] dataKey(String account, byte[] key) {
        return concat(new byte[] {CONTRACT_DATA}, utf8(account), utf8(","), key);
    }

    /** A near-sdk map entry keyed by an account ID: the prefix, then the Borsh string (u32 length, bytes). */
    private static byte[] mapEntry(String prefix, String id) {
        byte[] b = utf8(id);
        return concat(utf8(prefix), new byte[] {(byte) b.length, 0, 0, 0}, b);
    }

    /** A near-sdk vector element: the prefix, then the u32 index, little-endian. */
    private static byte[] vectorElement(String prefix, int i) {
        return concat(utf8(prefix), new byte[] {(byte) i, (byte) (i >> 8), (byte) (i >> 16), (byte) (i >> 24)});
    }

    /** A contract's storage: {@code STATE} and {@code n} entries of one layout. */
    private static List<byte[]> storage(String layout, int n) {
        IntFunction<byte[]> entry = switch (layout) {
            case "state" -> i -> null;
            case "map" -> i -> mapEntry("a", "user" + i + ".test.near");
            case "vector" -> i -> vectorElement("v", i);
            case "hashed" -> i -> sha256(utf8("k" + i));
            default -> throw new IllegalArgumentException(layout);
        };
        List<byte[]> keys = new ArrayList<>();
        keys.add(utf8("STATE"));
        for (int i = 0; i < n && !layout.equals("state"); i++) {
            keys.add(entry.apply(i));
        }
        return keys;
    }

    /** The smallest and largest {@code exact − estimate} over rewrites of about 200 of {@code probed}'s keys. */
    private static int[] errorRange(List<String> accounts, List<String> contracts, List<List<byte[]>> storages,
            int probed) {
        List<byte[]> trie = new ArrayList<>();
        for (String a : accounts) {
            trie.add(concat(new byte[] {ACCOUNT}, utf8(a)));
            trie.add(concat(new byte[] {ACCESS_KEY}, utf8(a), new byte[] {ACCESS_KEY, 0}, sha256(utf8(a))));
        }
        for (int c = 0; c < contracts.size(); c++) {
            trie.add(concat(new byte[] {CONTRACT_CODE}, utf8(contracts.get(c))));
            for (byte[] k : storages.get(c)) {
                trie.add(dataKey(contracts.get(c), k));
            }
        }
        trie.sort(Arrays::compareUnsigned);
        List<byte[]> keys = storages.get(probed);
        long estimate = TrieNodeEstimate.pathNodes(accounts.size(), keys.size());
        int[] range = {Integer.MAX_VALUE, Integer.MIN_VALUE};
        for (int i = 0; i < keys.size(); i += Math.max(1, keys.size() / 200)) {
            int exact = MerklePatriciaPaths.nodesVisited(trie, dataKey(contracts.get(probed), keys.get(i)));
            range[0] = Math.min(range[0], (int) (exact - estimate));
            range[1] = Math.max(range[1], (int) (exact - estimate));
        }
        return range;
    }

    private static void assertWithinTheBound(int[] range, int accounts, int highest, String what) {
        long lowest = -(TrieNodeEstimate.hexDigits(accounts) + OVERCHARGED_AT_MOST_BEYOND_ACCOUNT_DIGITS);
        assertTrue(range[0] >= lowest && range[1] <= highest,
                what + ": exact − estimate in [" + range[0] + ", " + range[1] + "], bound [" + lowest + ", "
                        + highest + "]");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 10, 100, 1_000, 10_000, 100_000})
    void oneContractAmongItsHoldersStaysWithinTheBound(int n) {
        List<String> accounts = new ArrayList<>(List.of("test.near", "c.test.near"));
        for (int i = 0; i < n; i++) {
            accounts.add("user" + i + ".test.near");
        }
        for (String layout : List.of("state", "map", "vector", "hashed")) {
            int[] range = errorRange(accounts, List.of("c.test.near"), List.of(storage(layout, n)), 0);
            assertWithinTheBound(range, accounts.size(), UNDERCHARGED_AT_MOST, layout + " of " + n);
        }
    }

    @Test
    void aHundredContractsHoldingDataStayWithinTheBound() {
        List<String> accounts = new ArrayList<>(List.of("test.near"));
        List<String> contracts = new ArrayList<>();
        List<List<byte[]>> storages = new ArrayList<>();
        for (int c = 0; c < 100; c++) {
            contracts.add("token" + c + ".test.near");
            storages.add(storage(c % 2 == 0 ? "map" : "hashed", 500));
        }
        accounts.addAll(contracts);
        for (int i = 0; i < 1_000; i++) {
            accounts.add("user" + i + ".test.near");
        }
        for (int probed : new int[] {0, 1, 50, 99}) {
            assertWithinTheBound(errorRange(accounts, contracts, storages, probed), accounts.size(),
                    UNDERCHARGED_AT_MOST_AMONG_NUMBERED_CONTRACTS, contracts.get(probed));
        }
    }

    @Test
    void theReferenceTrieCountsBranchesExtensionsAndLeaves() {
        // keys 0x12, 0x1234, 0x1256, 0x78: root branch on 1|7; under 1: the extension over "2", a branch
        // holding 0x12's value, then leaves 34 and 56; under 7: the leaf 8
        List<byte[]> keys = List.of(new byte[] {0x12}, new byte[] {0x12, 0x34}, new byte[] {0x12, 0x56},
                new byte[] {0x78});
        assertEquals(3, MerklePatriciaPaths.nodesVisited(keys, new byte[] {0x12}));
        assertEquals(4, MerklePatriciaPaths.nodesVisited(keys, new byte[] {0x12, 0x34}));
        assertEquals(2, MerklePatriciaPaths.nodesVisited(keys, new byte[] {0x78}));
        // absent keys: the lookup stops at the leaf that differs, or at the missing child
        assertEquals(4, MerklePatriciaPaths.nodesVisited(keys, new byte[] {0x12, 0x35}));
        assertEquals(1, MerklePatriciaPaths.nodesVisited(keys, new byte[] {0x55}));
        // one key: the root is its leaf
        assertEquals(1, MerklePatriciaPaths.nodesVisited(List.of(new byte[] {1, 2, 3}), new byte[] {1, 2, 3}));
    }
}
