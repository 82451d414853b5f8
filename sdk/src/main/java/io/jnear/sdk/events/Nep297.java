package io.jnear.sdk.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.jnear.sdk.Env;
import io.jnear.sdk.spi.Json;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * NEP-297 events: structured log lines {@code EVENT_JSON:{"standard":…,"version":…,"event":…,"data":…}}
 * that indexers pick out of a transaction's logs. One event per log line.
 */
public final class Nep297 {
    /** What every event log line starts with. */
    public static final String PREFIX = "EVENT_JSON:";

    private Nep297() {
    }

    /**
     * Logs one event through {@link Env#log}. {@code data} is serialized with {@link Json#mapper()}
     * (snake_case property names, 128-bit amounts as decimal strings) and left out when null.
     */
    public static void emit(String standard, String version, String event, Object data) {
        Env.log(logLine(standard, version, event, data));
    }

    /** The log line {@link #emit} writes, without writing it. */
    public static String logLine(String standard, String version, String event, Object data) {
        Envelope envelope = new Envelope(Objects.requireNonNull(standard, "standard"),
                Objects.requireNonNull(version, "version"), Objects.requireNonNull(event, "event"), data);
        return PREFIX + new String(Json.toBytes(envelope), StandardCharsets.UTF_8);
    }

    @JsonPropertyOrder({"standard", "version", "event", "data"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private record Envelope(String standard, String version, String event, Object data) {
    }
}
