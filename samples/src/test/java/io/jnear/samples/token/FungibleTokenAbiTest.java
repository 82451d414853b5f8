package io.jnear.samples.token;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The token's ABI says which parameters and fields may be left out, as near-sdk-rs's schemas do. */
class FungibleTokenAbiTest {
    private static JsonNode abi() throws IOException {
        try (InputStream in = FungibleTokenAbiTest.class.getResourceAsStream(
                "/META-INF/jnear/abi/io.jnear.samples.token.FungibleToken.json")) {
            return new ObjectMapper().readTree(in).get("body");
        }
    }

    private static JsonNode function(JsonNode body, String name) {
        for (JsonNode f : body.get("functions")) {
            if (f.get("name").asText().equals(name)) {
                return f;
            }
        }
        throw new AssertionError("no function " + name);
    }

    @Test
    void optionalParametersAreNullableAndRequiredOnesAreNot() throws IOException {
        JsonNode args = function(abi(), "ft_transfer").get("params").get("args");

        assertEquals("{\"$ref\":\"#/definitions/AccountId\"}", args.get(0).get("type_schema").toString());
        assertEquals("{\"$ref\":\"#/definitions/U128\"}", args.get(1).get("type_schema").toString());
        assertEquals("{\"type\":[\"string\",\"null\"]}", args.get(2).get("type_schema").toString());
        assertEquals("{\"anyOf\":[{\"$ref\":\"#/definitions/AccountId\"},{\"type\":\"null\"}]}",
                function(abi(), "storage_deposit").get("params").get("args").get(0).get("type_schema").toString());
    }

    @Test
    void recordsListOnlyTheirNonOptionalFieldsAsRequired() throws IOException {
        JsonNode definitions = abi().get("root_schema").get("definitions");

        assertEquals("[\"min\"]", definitions.get("StorageBalanceBounds").get("required").toString());
        assertEquals("[\"spec\",\"name\",\"symbol\",\"decimals\"]",
                definitions.get("FungibleTokenMetadata").get("required").toString());
    }

    @Test
    void bothInitializersAreInitFunctions() throws IOException {
        assertEquals("[\"init\"]", function(abi(), "new").get("modifiers").toString());
        assertEquals("[\"init\"]", function(abi(), "new_default_meta").get("modifiers").toString());
    }
}
