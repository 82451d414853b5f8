/**
 * JSON for values that cross a contract boundary, with serde_json's strictness and no reflection: a
 * pull {@link io.jnear.sdk.json.JsonReader}, a {@link io.jnear.sdk.json.JsonWriter}, the
 * {@link io.jnear.sdk.json.JsonCodec} the processor generates for arguments, results, records and enums,
 * and the codecs of the JDK's and the SDK's own types in {@link io.jnear.sdk.json.JsonCodecs}.
 *
 * <p>What the codecs accept is what a near-sdk-rs contract accepts: no coercion between strings,
 * numbers and booleans, integers range-checked, 128-bit amounts and gas as decimal strings only, every
 * field required unless its type is {@code Optional}, unknown fields ignored, trailing content refused,
 * and a struct also read from the positional array of its fields.
 */
package io.jnear.sdk.json;
