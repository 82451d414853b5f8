package io.jnear.sdk.collections;

import io.jnear.sdk.ContractPanic;

/** The check generated Borsh state runs on its collections: no prefix may be a prefix of another's. */
public final class CollectionPrefixes {
    private CollectionPrefixes() {
    }

    /** Panics, saying which two clash, unless no prefix of {@code prefixes} starts another. */
    public static void requireDistinct(byte[]... prefixes) {
        String conflict = PrefixRegistry.conflict(prefixes);
        if (conflict != null) {
            throw new ContractPanic(conflict);
        }
    }
}
