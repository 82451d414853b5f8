/**
 * Collections whose entries live in contract storage, one storage entry per element, so a call touches
 * (and pays gas for) only the entries it uses: {@link io.jnear.sdk.collections.LookupMap},
 * {@link io.jnear.sdk.collections.LookupSet}, {@link io.jnear.sdk.collections.Vector},
 * {@link io.jnear.sdk.collections.IterableMap} and {@link io.jnear.sdk.collections.LazyOption}.
 *
 * <p><b>Key layout.</b> Every collection is named by a non-empty storage prefix {@code P} and stores all
 * its entries under keys that start with {@code P}. Keys and values of booleans, integers, floats,
 * chars, strings, {@code byte[]} and the SDK's value types are Borsh ({@link io.jnear.sdk.borsh}), as
 * near-sdk-rs writes them, so a {@code LookupMap<AccountId, U128>} entry takes exactly the bytes a Rust
 * token's does. A collection field created without codecs gets Borsh codecs for every type argument,
 * records and containers included; elsewhere a collection is given its Borsh codecs.
 * <ul>
 *   <li>{@code LookupMap}: {@code P + key} → value. {@code LookupSet}: {@code P + member} → empty.</li>
 *   <li>{@code Vector}: {@code P + borsh(index as u32)} → element; its length lives in the state that holds
 *       it.</li>
 *   <li>{@code IterableMap}: the keys as a {@code Vector} under {@code P + 'v'}; {@code P + 'm' + sha256(key)}
 *       → value, then the key's position as a {@code u32}.</li>
 *   <li>{@code LazyOption}: {@code P} → value.</li>
 * </ul>
 * These are near-sdk-rs's {@code store} collections' layouts (with their default hashers), so the same
 * entries cost the same bytes.
 *
 * <p><b>Prefixes must be unique and prefix-free within a contract:</b> no collection's prefix may equal
 * or start with another's, nor with the key the contract's own state is stored under; then no two
 * collections can ever write the same key. Writing or reading a state whose collections break this rule
 * fails. Short prefixes ({@code "b"}, {@code "m"}) keep keys, and so gas and storage staking, small.
 *
 * <p><b>In the contract's state</b> a collection is written as near-sdk-rs serialises it: the Borsh bytes of
 * {@code P}, after its length for a {@code Vector}, and an {@code IterableMap} as its key vector and then
 * {@code P + 'm'}. The generated state codec rebuilds it ({@code readState}) with the codecs of its field's
 * declared type arguments, so declare collection fields with concrete type arguments, package-private like every state
 * field: {@code LookupMap<AccountId, U128> balances = new LookupMap<>("b");}
 */
package io.jnear.sdk.collections;
