package io.jnear.runtime.exec;

/**
 * How many nodes of nearcore's state trie a storage write or remove touches, estimated without building
 * the trie.
 *
 * <p>At protocol 86 nearcore reads through flat storage, so {@code storage_read} and
 * {@code storage_has_key} touch no trie node; {@code storage_write} and {@code storage_remove} of a key
 * not changed earlier in the chunk charge {@code touching_trie_node} (2.28 Ggas) for every node on the
 * path from the state root to the key ({@code 0x09 ‖ account ‖ ',' ‖ key}), and one more for the old
 * value when there is one. The exact path depends on the Merkle-Patricia trie over every key of the
 * shard. The estimate models a trie whose keys spread evenly: the root and the branch on the column
 * byte, one branch per hexadecimal digit needed to tell the accounts apart, the extension holding the
 * rest of the account's ID, one branch per hexadecimal digit needed to tell the account's own keys
 * apart, and the leaf. It depends only on the counts, so it is deterministic.
 *
 * <p>Its error bound, measured against an exact Merkle-Patricia trie over the same accounts' keys
 * ({@code TrieNodeEstimateErrorTest}), for a rewrite of an existing key with A accounts: nearcore's count
 * is between {@code ⌈log16 A⌉ + 4} nodes below and 4 nodes above the estimate with one contract holding
 * data (the contract struct alone, a map keyed by account IDs, a vector or hashed keys, 1 to 100,000
 * entries), and up to 8 above with a hundred contracts whose names differ only in a decimal number. Below,
 * because only accounts holding data branch that part of the trie; above, because keys and names sharing
 * long prefixes (a map's prefix and Borsh length, ASCII digits' common high nibble) add extensions.
 */
final class TrieNodeEstimate {
    private TrieNodeEstimate() {
    }

    /** Nodes on the path to one of {@code entries} keys of an account among {@code accounts}, value not counted. */
    static long pathNodes(long accounts, long entries) {
        return 2 + hexDigits(accounts) + 1 + hexDigits(entries) + 1;
    }

    /** Hexadecimal digits needed to tell {@code n} keys apart: ceil(log16(n)). */
    static long hexDigits(long n) {
        long digits = 0;
        for (long span = 1; span < n; span <<= 4) {
            digits++;
            if (span > Long.MAX_VALUE >> 4) {
                break;
            }
        }
        return digits;
    }
}
