package io.jnear.sdk.collections;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Writes a collection into the contract's state as its identity only, {@code {"prefix":"<base64>"}}:
 * the entries are already in storage under that prefix.
 *
 * <p>It also refuses to write a state in which one collection's prefix equals or starts with
 * another's, since their keys could then collide.
 */
final class CollectionStateSerializer extends StdSerializer<PrefixedCollection> {
    private static final long serialVersionUID = 1L;

    CollectionStateSerializer() {
        super(PrefixedCollection.class);
    }

    @Override
    public void serialize(PrefixedCollection value, JsonGenerator gen, SerializerProvider provider)
            throws IOException {
        byte[] prefix = value.prefix();
        String conflict = PrefixRegistry.of(provider).claim(prefix);
        if (conflict != null) {
            throw JsonMappingException.from(provider, conflict);
        }
        gen.writeStartObject();
        gen.writeBinaryField("prefix", prefix);
        gen.writeEndObject();
    }
}
