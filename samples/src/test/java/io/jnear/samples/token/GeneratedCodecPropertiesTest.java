package io.jnear.samples.token;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jnear.sdk.NearToken;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** The codecs the processor generated for the token's records: encode then decode is the identity. */
class GeneratedCodecPropertiesTest {
    @Property
    void metadataRoundTrips(@ForAll String spec, @ForAll String name, @ForAll String symbol,
            @ForAll Optional<String> icon, @ForAll Optional<String> reference,
            @ForAll Optional<String> referenceHash, @ForAll int decimals) {
        FungibleTokenMetadata metadata = new FungibleTokenMetadata(spec, name, symbol, icon, reference,
                referenceHash, decimals);
        var codec = FungibleTokenCodecs.FungibleTokenMetadataCodec.INSTANCE;

        assertEquals(metadata, codec.decode(codec.encode(metadata)));
    }

    @Property
    void storageBoundsRoundTrip(@ForAll @LongRange(min = 0) long min, @ForAll Optional<@LongRange(min = 0) Long> max) {
        StorageBalanceBounds bounds = new StorageBalanceBounds(NearToken.ofYocto(min), max.map(NearToken::ofYocto));
        var codec = FungibleTokenCodecs.StorageBalanceBoundsCodec.INSTANCE;

        assertEquals(bounds, codec.decode(codec.encode(bounds)));
    }
}
