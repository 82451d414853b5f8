package io.jnear.sdk;

import java.util.List;

/**
 * An access key's nonce and permission: full access, or function calls only (to one receiver, for some
 * or all of its methods, with an optional allowance for fees).
 */
public record AccessKey(long nonce, Permission permission) {

    public static AccessKey fullAccess() {
        return new AccessKey(0, new FullAccess());
    }

    /** What a key may sign. */
    public sealed interface Permission permits FullAccess, FunctionCallPermission {
    }

    public record FullAccess() implements Permission {
    }

    /**
     * @param allowance fees the key may still spend, or null for unlimited
     * @param methodNames the methods it may call; empty means any
     */
    public record FunctionCallPermission(NearToken allowance, AccountId receiverId, List<String> methodNames)
            implements Permission {
        public FunctionCallPermission {
            methodNames = List.copyOf(methodNames);
        }
    }
}
