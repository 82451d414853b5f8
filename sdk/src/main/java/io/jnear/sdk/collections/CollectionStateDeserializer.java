package io.jnear.sdk.collections;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/**
 * Reads a collection back from the contract's state, {@code {"prefix":"<base64>"}}, into a working
 * collection. The element types are not in the JSON: they come from the declared type of the field
 * being read ({@code LookupMap<AccountId, U128>}), which Jackson hands to {@link #createContextual}.
 */
final class CollectionStateDeserializer extends StdDeserializer<PrefixedCollection>
        implements ContextualDeserializer {
    private static final long serialVersionUID = 1L;

    /** The declared type of the field; null only in the uncontextualised instance Jackson creates first. */
    private final JavaType declared;

    CollectionStateDeserializer() {
        this(null);
    }

    private CollectionStateDeserializer(JavaType declared) {
        super(PrefixedCollection.class);
        this.declared = declared;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
            throws JsonMappingException {
        JavaType type = ctxt.getContextualType();
        if (type == null && property != null) {
            type = property.getType();
        }
        if (type == null) {
            return this;
        }
        Class<?> raw = type.getRawClass();
        JavaType[] parameters = type.findTypeParameters(raw);
        int expected = raw.getTypeParameters().length;
        boolean concrete = parameters.length == expected;
        for (JavaType parameter : parameters) {
            concrete &= parameter.getRawClass() != Object.class;
        }
        if (!concrete) {
            String where = property == null ? "" : " in '" + property.getName() + "'";
            return ctxt.reportBadDefinition(type, "Cannot restore the " + raw.getSimpleName() + where
                    + " from state without its element types: declare it with concrete type arguments, "
                    + "such as LookupMap<AccountId, U128>, not raw, Object or a type variable");
        }
        return new CollectionStateDeserializer(type);
    }

    @Override
    public PrefixedCollection deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (declared == null) {
            return ctxt.reportBadDefinition(handledType(),
                    "A storage collection can only be read as a typed field or a typed root value");
        }
        JsonNode node = ctxt.readTree(p);
        JsonNode prefixNode = node.get("prefix");
        if (prefixNode == null || !prefixNode.isTextual()) {
            return ctxt.reportInputMismatch(this,
                    "Expected a stored collection {\"prefix\":\"<base64>\"}, got %s", node);
        }
        byte[] prefix = prefixNode.binaryValue();
        String conflict = PrefixRegistry.of(ctxt).claim(prefix);
        if (conflict != null) {
            return ctxt.reportInputMismatch(this, "%s", conflict);
        }
        JavaType[] types = declared.findTypeParameters(declared.getRawClass());
        Class<?> raw = declared.getRawClass();
        if (raw == LookupMap.class) {
            return new LookupMap<>(prefix, types[0], types[1]);
        }
        if (raw == IterableMap.class) {
            return new IterableMap<>(prefix, types[0], types[1]);
        }
        if (raw == LookupSet.class) {
            return new LookupSet<>(prefix, types[0]);
        }
        if (raw == Vector.class) {
            return new Vector<>(prefix, types[0]);
        }
        if (raw == LazyOption.class) {
            return new LazyOption<>(prefix, types[0]);
        }
        return ctxt.reportBadDefinition(declared, "Not a storage collection: " + raw.getName());
    }
}
