package io.jnear.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.PublicKey;
import io.jnear.sdk.U128;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The sandbox's own JSON: the SDK's value types as NEAR RPC writes them, and a mapper no caller can change. */
class JsonTest {
    record Sample(U128 totalSupply) {
    }

    private final ObjectMapper json = Json.mapper();

    @Test
    void accountIdsArePlainStringsAndInvalidOnesAreRefused() throws IOException {
        assertEquals("\"alice.near\"", json.writeValueAsString(AccountId.of("alice.near")));
        assertEquals(AccountId.of("bob.near"), json.readValue("\"bob.near\"", AccountId.class));
        assertThrows(JsonMappingException.class, () -> json.readValue("\"Bob\"", AccountId.class));
    }

    @Test
    void amountsAndGasAreDecimalStrings() throws IOException {
        assertEquals("\"340282366920938463463374607431768211455\"", json.writeValueAsString(U128.MAX));
        assertEquals(U128.of(12), json.readValue("\"12\"", U128.class));
        assertEquals("\"1000000000000000000000000\"", json.writeValueAsString(NearToken.near(1)));
        assertEquals(NearToken.ofYocto(42), json.readValue("\"42\"", NearToken.class));
        assertEquals("\"5000000000000\"", json.writeValueAsString(Gas.tgas(5)));
        assertEquals(Gas.of(300_000_000_000_000L), json.readValue("\"300000000000000\"", Gas.class));
    }

    @Test
    void publicKeysAreTheirText() throws IOException {
        PublicKey key = PublicKey.ed25519(new byte[32]);

        String text = json.writeValueAsString(key);

        assertEquals("\"ed25519:" + "1".repeat(32) + "\"", text);
        assertEquals(key, json.readValue(text, PublicKey.class));
    }

    @Test
    void changingAHandedOutMapperChangesNothingElse() throws IOException {
        ObjectMapper handedOut = Json.mapper();
        handedOut.setPropertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE);

        assertEquals("{\"total_supply\":\"5\"}",
                new String(Json.toBytes(new Sample(U128.of(5))), StandardCharsets.UTF_8));
        assertTrue(handedOut.writeValueAsString(new Sample(U128.of(5))).contains("TotalSupply"));
    }
}
