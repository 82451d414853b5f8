package io.jnear.samples.codecs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The ABI of {@link Catalogue} describes each type as its codec reads it, and says what may be left out. */
class CatalogueAbiTest {
    private static JsonNode body() throws IOException {
        try (InputStream in = CatalogueAbiTest.class.getResourceAsStream(
                "/META-INF/jnear/abi/io.jnear.samples.codecs.Catalogue.json")) {
            return new ObjectMapper().readTree(in).get("body");
        }
    }

    private static JsonNode itemProperty(String name) throws IOException {
        return body().at("/root_schema/definitions/Item/properties/" + name);
    }

    @Test
    void unsignedNumbersAreNonNegativeIntegersAndNearSdkTypesAreStrings() throws IOException {
        assertEquals("{\"type\":\"integer\",\"format\":\"uint8\",\"minimum\":0}", itemProperty("u8").toString());
        assertEquals("{\"type\":\"integer\",\"format\":\"uint32\",\"minimum\":0}", itemProperty("u32").toString());
        assertEquals("{\"type\":\"integer\",\"format\":\"uint64\",\"minimum\":0}",
                itemProperty("u64_number").toString());
        assertEquals("{\"type\":\"integer\",\"format\":\"int64\"}", itemProperty("serial").toString());
        assertEquals("{\"$ref\":\"#/definitions/U64\"}", itemProperty("u64").toString());
        assertEquals("string", body().at("/root_schema/definitions/U64/type").asText());
    }

    @Test
    void onlyOptionalComponentsAndParametersMayBeLeftOut() throws IOException {
        JsonNode required = body().at("/root_schema/definitions/Item/required");
        assertEquals(24, required.size(), required::toString);
        for (JsonNode name : required) {
            assertEquals(false, name.asText().equals("note"), "note is Optional: " + required);
        }
        JsonNode add = null;
        for (JsonNode f : body().get("functions")) {
            if (f.get("name").asText().equals("add")) {
                add = f;
            }
        }
        JsonNode batch = add.at("/params/args/2");
        assertEquals("batch", batch.get("name").asText());
        assertEquals("{\"type\":[\"integer\",\"null\"],\"format\":\"uint64\",\"minimum\":0}",
                batch.get("type_schema").toString());
        assertEquals("{\"$ref\":\"#/definitions/Item\"}", add.at("/params/args/0/type_schema").toString());
    }
}
