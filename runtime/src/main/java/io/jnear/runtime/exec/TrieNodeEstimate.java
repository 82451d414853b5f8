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
 * apart, and the leaf. Its error is the trie's unevenness: keys sharing long prefixes (such as a
 * collection's prefix) add real branches and extensions the estimate does not see, so nearcore may
 * charge a few nodes more per write. It depends only on the counts, so it is deterministic.
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
