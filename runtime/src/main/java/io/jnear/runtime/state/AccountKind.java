package io.jnear.runtime.state;

import io.jnear.sdk.AccountId;

/**
 * What kind of ID an account has, as nearcore's {@code AccountType} tells them apart: a named account,
 * a NEAR-implicit one (64 lowercase hex characters, an ed25519 public key) or an ETH-implicit one
 * ({@code 0x} and 40 lowercase hex characters, an Ethereum address).
 */
public enum AccountKind {
    NAMED,
    NEAR_IMPLICIT,
    ETH_IMPLICIT;

    public static AccountKind of(AccountId id) {
        String s = id.toString();
        if (s.length() == 64 && isLowerHex(s, 0)) {
            return NEAR_IMPLICIT;
        }
        if (s.length() == 42 && s.startsWith("0x") && isLowerHex(s, 2)) {
            return ETH_IMPLICIT;
        }
        return NAMED;
    }

    public boolean isImplicit() {
        return this != NAMED;
    }

    private static boolean isLowerHex(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }
}
