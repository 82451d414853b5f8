package io.jnear.sdk.json;

/**
 * JSON that does not match what a codec expects: malformed text, a value of the wrong type, a number out
 * of range, a missing field or trailing content. The message says which, in serde_json's words where it
 * has them.
 */
public final class JsonException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public JsonException(String message) {
        super(message, null, false, false); // thrown on bad input, often; no stack trace to fill
    }
}
