package io.jnear.sdk;


/**
 * A NEAR account ID, validated on construction.
 *
 * <p>Valid IDs have 2 to 64 characters of {@code a-z 0-9 - _ .}; a separator ({@code - _ .}) may not
 * start or end the ID nor stand next to another separator. {@link #of(String)} fails with an
 * {@link IllegalArgumentException} naming the rule an invalid ID broke. In JSON an account ID is a plain
 * string.
 */
public final class AccountId implements Comparable<AccountId> {
    /** The account refunds come from; no transaction can be signed by it. */
    public static final AccountId SYSTEM = new AccountId("system");

    public static final int MIN_LENGTH = 2;
    public static final int MAX_LENGTH = 64;

    private final String value;

    private AccountId(String value) {
        this.value = value;
    }

    /** Parses and validates an account ID. */
    public static AccountId of(String value) {
        String problem = validate(value);
        if (problem != null) {
            throw new IllegalArgumentException("Invalid account ID '" + value + "': " + problem);
        }
        return new AccountId(value);
    }

    /** Returns null if {@code value} is a valid account ID, else the rule it breaks. */
    public static String validate(String value) {
        if (value == null) {
            return "it is null";
        }
        int n = value.length();
        if (n < MIN_LENGTH) {
            return "it is shorter than " + MIN_LENGTH + " characters";
        }
        if (n > MAX_LENGTH) {
            return "it is longer than " + MAX_LENGTH + " characters";
        }
        boolean lastWasSeparator = true; // the start counts as a separator, so one may not come first
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                lastWasSeparator = false; // the usual character, tested first
                continue;
            }
            if (c != '-' && c != '_' && c != '.') {
                return "the character '" + c + "' at position " + i
                        + " is not allowed (only a-z, 0-9 and the separators - _ .)";
            }
            if (i == 0) {
                return "it starts with the separator '" + c + "'";
            }
            if (lastWasSeparator) {
                return "the separator '" + c + "' at position " + i + " follows another separator";
            }
            lastWasSeparator = true;
        }
        if (lastWasSeparator) {
            return "it ends with the separator '" + value.charAt(n - 1) + "'";
        }
        return null;
    }

    /** True for an ID without a dot, such as {@code near} or {@code alice}. */
    public boolean isTopLevel() {
        return value.indexOf('.') < 0;
    }

    /** True if this is a direct sub-account of {@code parent}: {@code x.parent} where x has no dot. */
    public boolean isSubAccountOf(AccountId parent) {
        String p = parent.value;
        int prefixLength = value.length() - p.length() - 1;
        return prefixLength > 0
                && value.endsWith(p)
                && value.charAt(prefixLength) == '.'
                && value.lastIndexOf('.', prefixLength - 1) < 0;
    }

    /** True for a NEAR-implicit account: 64 lowercase hexadecimal characters. */
    public boolean isImplicit() {
        if (value.length() != 64) {
            return false;
        }
        for (int i = 0; i < 64; i++) {
            char c = value.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }

    public boolean isSystem() {
        return value.equals(SYSTEM.value);
    }

    @Override
    public String toString() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AccountId other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public int compareTo(AccountId o) {
        return value.compareTo(o.value);
    }
}
