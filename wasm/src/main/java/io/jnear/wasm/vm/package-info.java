/**
 * Running prepared modules on Chicory: one fresh instance per call with copy-on-write memory, and the
 * {@code env} host ABI bound to the call's {@code VmHost}.
 */
package io.jnear.wasm.vm;
