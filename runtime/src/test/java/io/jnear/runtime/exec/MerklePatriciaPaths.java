package io.jnear.runtime.exec;

import java.util.Arrays;
import java.util.List;

/**
 * The reference the trie-node estimate is measured against: how many nodes a lookup visits in the
 * Merkle-Patricia trie nearcore would build over a set of keys. The trie branches on hexadecimal digits
 * (nibbles); a run of nibbles no key branches on is one extension node; a key that ends where others go
 * on keeps its value in the branch; a lone key below a branch is a leaf. A lookup visits every node from
 * the root until it finds the key or sees that it is absent (an empty child, or an extension or leaf that
 * does not match). Values are not counted.
 */
final class MerklePatriciaPaths {
    private MerklePatriciaPaths() {
    }

    /** Nodes a lookup of {@code key} visits in the trie over {@code sortedKeys} (distinct, unsigned order). */
    static int nodesVisited(List<byte[]> sortedKeys, byte[] key) {
        int lo = 0;
        int hi = sortedKeys.size();
        int depth = 0;
        int nodes = 0;
        int keyNibbles = key.length * 2;
        while (hi > lo) {
            if (hi - lo == 1) {
                return nodes + 1; // a leaf, whether or not it holds this key
            }
            int common = commonNibbles(sortedKeys.get(lo), sortedKeys.get(hi - 1));
            if (common > depth) {
                nodes++; // an extension over the nibbles every key here shares
                if (commonNibbles(sortedKeys.get(lo), key) < common) {
                    return nodes;
                }
                depth = common;
            }
            nodes++; // the branch at this depth
            if (keyNibbles == depth) {
                return nodes; // the key's value sits in the branch
            }
            int nibble = nibble(key, depth);
            int from = firstAtLeast(sortedKeys, lo, hi, depth, nibble);
            int to = firstAtLeast(sortedKeys, from, hi, depth, nibble + 1);
            lo = from;
            hi = to;
            depth++;
        }
        return nodes; // the branch has no child for the key's next nibble
    }

    /** The first index in [lo, hi) whose nibble at {@code depth} is at least {@code nibble} (keys ending before count as -1). */
    private static int firstAtLeast(List<byte[]> keys, int lo, int hi, int depth, int nibble) {
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            byte[] k = keys.get(mid);
            int n = k.length * 2 > depth ? nibble(k, depth) : -1;
            if (n < nibble) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    static int nibble(byte[] key, int index) {
        int b = key[index >> 1] & 0xFF;
        return (index & 1) == 0 ? b >>> 4 : b & 0x0F;
    }

    static int commonNibbles(byte[] a, byte[] b) {
        int bytes = Arrays.mismatch(a, b);
        if (bytes < 0) {
            return a.length * 2;
        }
        if (bytes == Math.min(a.length, b.length)) {
            return bytes * 2;
        }
        return (a[bytes] & 0xF0) == (b[bytes] & 0xF0) ? bytes * 2 + 1 : bytes * 2;
    }
}
