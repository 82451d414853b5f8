package io.jnear.sdk.events;

import io.jnear.sdk.Env;
import io.jnear.sdk.json.JsonCodec;
import io.jnear.sdk.json.JsonWriter;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * NEP-297 events: structured log lines {@code EVENT_JSON:{"standard":…,"version":…,"event":…,"data":…}}
 * that indexers pick out of a transaction's logs. One event per log line.
 */
public final class Nep297 {
    /** What every event log line starts with. */
    public static final String PREFIX = "EVENT_JSON:";

    private Nep297() {
    }

    /** Logs one event without data through {@link Env#log}. */
    public static void emit(String standard, String version, String event) {
        Env.log(logLine(standard, version, event, null));
    }

    /** Logs one event whose {@code data} is written by {@code codec} (a generated one, or one of {@code JsonCodecs}). */
    public static <T> void emit(String standard, String version, String event, JsonCodec<T> codec, T data) {
        Objects.requireNonNull(codec, "codec");
        Env.log(logLine(standard, version, event, out -> codec.write(out, data)));
    }

    /** Logs one event whose data {@code data} writes as one JSON value. */
    public static void emit(String standard, String version, String event, Consumer<JsonWriter> data) {
        Env.log(logLine(standard, version, event, Objects.requireNonNull(data, "data")));
    }

    /** The log line {@link #emit} writes, without writing it; {@code data} null leaves {@code "data"} out. */
    public static String logLine(String standard, String version, String event, Consumer<JsonWriter> data) {
        JsonWriter out = envelope(standard, version, event);
        if (data != null) {
            data.accept(out.name("data"));
        }
        return PREFIX + out.endObject();
    }

    /**
     * The log line of an event up to its data: {@code EVENT_JSON:{"standard":…,"version":…,"event":…,"data":}.
     * The same for every event of one kind, so a standard's helpers make it once; the line is this, the
     * data's JSON, and {@code "}"}.
     */
    static String lineBeforeData(String standard, String version, String event) {
        return PREFIX + envelope(standard, version, event).name("data");
    }

    private static JsonWriter envelope(String standard, String version, String event) {
        return new JsonWriter().beginObject()
                .name("standard").value(Objects.requireNonNull(standard, "standard"))
                .name("version").value(Objects.requireNonNull(version, "version"))
                .name("event").value(Objects.requireNonNull(event, "event"));
    }
}
