package io.jnear.runtime.outcome;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One NEP-297 event, read back from a log line {@code EVENT_JSON:{"standard":…,"version":…,"event":…,"data":…}}.
 *
 * @param data the event's {@code data}, or a missing node when the event carries none
 */
public record Nep297Event(String standard, String version, String event, JsonNode data) {
    /** What every event log line starts with (NEP-297). */
    public static final String PREFIX = "EVENT_JSON:";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * The event a log line carries; empty when the line is not an event or its JSON lacks the fields
     * NEP-297 requires (indexers skip such lines too).
     */
    public static Optional<Nep297Event> parse(String logLine) {
        if (!logLine.startsWith(PREFIX)) {
            return Optional.empty();
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(logLine.substring(PREFIX.length()));
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
        if (root == null || !root.isObject() || !root.path("standard").isTextual()
                || !root.path("version").isTextual() || !root.path("event").isTextual()) {
            return Optional.empty();
        }
        return Optional.of(new Nep297Event(root.get("standard").asText(), root.get("version").asText(),
                root.get("event").asText(), root.path("data")));
    }

    /** The events among {@code logs}, in order. */
    public static List<Nep297Event> parseAll(List<String> logs) {
        List<Nep297Event> events = new ArrayList<>();
        for (String line : logs) {
            parse(line).ifPresent(events::add);
        }
        return events;
    }

    /** The {@code data} as compact JSON text ({@code "null"} when absent). */
    public String dataJson() {
        return data.isMissingNode() ? "null" : data.toString();
    }
}
