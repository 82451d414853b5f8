package io.jnear.sdk.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jnear.sdk.U128;
import io.jnear.sdk.testing.FakeHost;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class Nep297Test {
    @RegisterExtension
    final FakeHost host = new FakeHost();

    record NftMint(String ownerId, List<String> tokenIds) {
    }

    @Test
    void emitLogsOneEventJsonLineWithSnakeCaseData() {
        Nep297.emit("nep171", "1.0.0", "nft_mint", List.of(new NftMint("alice.near", List.of("t1", "t2"))));

        assertEquals(List.of("EVENT_JSON:{\"standard\":\"nep171\",\"version\":\"1.0.0\",\"event\":\"nft_mint\","
                + "\"data\":[{\"owner_id\":\"alice.near\",\"token_ids\":[\"t1\",\"t2\"]}]}"), host.logs());
    }

    @Test
    void nullDataIsLeftOut() {
        Nep297.emit("game", "2.1.0", "round_started", null);

        assertEquals(List.of("EVENT_JSON:{\"standard\":\"game\",\"version\":\"2.1.0\",\"event\":\"round_started\"}"),
                host.logs());
    }

    @Test
    void amountsInDataAreDecimalStrings() {
        String line = Nep297.logLine("x", "1.0.0", "paid", U128.MAX);

        assertEquals("EVENT_JSON:{\"standard\":\"x\",\"version\":\"1.0.0\",\"event\":\"paid\","
                + "\"data\":\"340282366920938463463374607431768211455\"}", line);
        assertEquals(List.of(), host.logs());
    }
}
