package io.jnear.samples.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.runtime.ExecutionResult;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.U128;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code ft_transfer} called with raw JSON, as a near-sdk-rs token is: what serde_json accepts moves
 * tokens, everything else fails with near-sdk's message and changes nothing.
 */
class FungibleTokenJsonArgumentsTest extends TokenTest {
    private static final String BAD_INPUT = "Smart contract panicked: Failed to deserialize input from JSON.";

    @BeforeEach
    void setUp() {
        register(bob);
    }

    private ExecutionResult<String> ftTransfer(String json) {
        return alice.call(token.id(), "ft_transfer", json, NearToken.ONE_YOCTO, Gas.ZERO);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"receiver_id\":\"bob.test.near\",\"amount\":5}",              // U128 is a string, never a number
        "{\"receiver_id\":\"bob.test.near\",\"amount\":\"5.0\"}",
        "{\"receiver_id\":\"bob.test.near\",\"amount\":\" 5\"}",
        "{\"receiver_id\":\"bob.test.near\",\"amount\":\"-5\"}",
        "{\"receiver_id\":\"bob.test.near\",\"amount\":null}",
        "{\"receiver_id\":\"bob.test.near\",\"amount\":\"340282366920938463463374607431768211456\"}",
        "{\"receiver_id\":\"bob.test.near\"}",                         // amount is required
        "{\"amount\":\"5\"}",
        "{\"receiver_id\":\"Bob\",\"amount\":\"5\"}",                     // not a valid account id
        "{\"receiver_id\":\"bob.test.near\",\"amount\":\"5\",\"memo\":5}",
        "{\"receiver_id\":\"bob.test.near\",\"amount\":\"5\"} trailing",
        "{\"receiver_id\":\"bob.test.near\",\"amount\":\"5\",}",
        "{\"receiver_id\":\"bob.test.near\",\"amount\":\"5\",\"amount\":\"6\"}",
        "[\"bob.test.near\",\"5\"]",                                    // positional: every element present
        "[\"bob.test.near\",\"5\",null,null]",
        "\"bob.test.near\"",
        "",
        "null",
    })
    void refusedArgumentsFailWithTheDeserializeMessageAndMoveNothing(String json) {
        ExecutionResult<String> r = ftTransfer(json);

        assertEquals(BAD_INPUT, r.failureText(), json);
        assertEquals(List.of(), r.logs());
        assertEquals(U128.of(1_000_000), balanceOf(alice));
        assertEquals(U128.ZERO, balanceOf(bob));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"receiver_id\":\"bob.test.near\",\"amount\":\"5\"}",          // memo absent
        "{\"receiver_id\":\"bob.test.near\",\"amount\":\"5\",\"memo\":null}",
        "{\"amount\":\"5\",\"receiver_id\":\"bob.test.near\",\"unknown\":[1,{\"x\":null}]}",
        "{\"receiver_id\":\"bob.test.near\",\"amount\":\"+5\"}",         // Rust's u128::from_str takes a '+'
        " [\"bob.test.near\", \"5\", null] ",                           // positional, in declaration order
    })
    void acceptedArgumentsMoveTheTokens(String json) {
        ExecutionResult<String> r = ftTransfer(json);

        assertTrue(r.isSuccess(), r::toTree);
        assertEquals(U128.of(999_995), balanceOf(alice));
        assertEquals(U128.of(5), balanceOf(bob));
    }

    @Test
    void positionalArgumentsCarryTheMemo() {
        ExecutionResult<String> r = ftTransfer("[\"bob.test.near\",\"7\",\"for lunch\"]");

        assertTrue(r.isSuccess(), r::toTree);
        assertEquals(List.of("EVENT_JSON:{\"standard\":\"nep141\",\"version\":\"1.0.0\",\"event\":\"ft_transfer\","
                + "\"data\":[{\"old_owner_id\":\"alice.test.near\",\"new_owner_id\":\"bob.test.near\","
                + "\"amount\":\"7\",\"memo\":\"for lunch\"}]}"), r.logs());
        assertEquals(U128.of(7), balanceOf(bob));
    }

    @Test
    void aMethodWithoutParametersNeverReadsItsInput() {
        // near-sdk-rs generates no argument parsing for a method without parameters, so any input will do
        assertEquals("\"1000000\"", sandbox.viewJson(token.id(), "ft_total_supply", "not json at all"));
        assertEquals("\"1000000\"", sandbox.viewJson(token.id(), "ft_total_supply", ""));
    }

    @Test
    void resultsAreWrittenAsSerdeWrites() {
        assertEquals("\"1000000\"", sandbox.viewJson(token.id(), "ft_balance_of",
                "{\"account_id\":\"alice.test.near\"}"));
        assertEquals("null", sandbox.viewJson(token.id(), "storage_balance_of",
                "[\"carol.test.near\"]"));
    }
}
