package io.jnear.samples.token;

import java.util.Optional;

/**
 * What wallets show for a token (NEP-148): {@code spec} is {@code "ft-1.0.0"}; {@code icon} (a data URL),
 * {@code reference} (a link to more JSON) and {@code referenceHash} (its base64 sha256) may be absent.
 */
public record FungibleTokenMetadata(String spec, String name, String symbol, Optional<String> icon,
        Optional<String> reference, Optional<String> referenceHash, int decimals) {
    /** The only {@code spec} this version of the standard knows. */
    public static final String FT_METADATA_SPEC = "ft-1.0.0";

    /** Metadata with no icon or reference. */
    public static FungibleTokenMetadata of(String name, String symbol, int decimals) {
        return new FungibleTokenMetadata(FT_METADATA_SPEC, name, symbol, Optional.empty(), Optional.empty(),
                Optional.empty(), decimals);
    }
}
