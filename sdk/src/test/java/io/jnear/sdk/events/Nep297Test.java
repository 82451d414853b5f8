package io.jnear.sdk.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jnear.sdk.U128;
import io.jnear.sdk.json.JsonCodecs;
import io.jnear.sdk.testing.FakeHost;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class Nep297Test {
    @RegisterExtension
    final FakeHost host = new FakeHost();

    @Test
    void emitLogsOneEventJsonLineWithTheDataItsCodecWrites() {
        Nep297.emit("nep171", "1.0.0", "nft_mint", JsonCodecs.list(JsonCodecs.STRING), List.of("t1", "t\"2"));

        assertEquals(List.of("EVENT_JSON:{\"standard\":\"nep171\",\"version\":\"1.0.0\",\"event\":\"nft_mint\","
                + "\"data\":[\"t1\",\"t\\\"2\"]}"), host.logs());
    }

    @Test
    void anEventWithoutDataLeavesDataOut() {
        Nep297.emit("game", "2.1.0", "round_started");

        assertEquals(List.of("EVENT_JSON:{\"standard\":\"game\",\"version\":\"2.1.0\",\"event\":\"round_started\"}"),
                host.logs());
    }

    @Test
    void amountsInDataAreDecimalStrings() {
        String line = Nep297.logLine("x", "1.0.0", "paid", out -> JsonCodecs.U128_STRING.write(out, U128.MAX));

        assertEquals("EVENT_JSON:{\"standard\":\"x\",\"version\":\"1.0.0\",\"event\":\"paid\","
                + "\"data\":\"340282366920938463463374607431768211455\"}", line);
        assertEquals(List.of(), host.logs());
    }
}
