/**
 * Running prepared modules on Chicory: every call on an instance in its freshly instantiated state (recycled, restored page by page), and the
 * {@code env} host ABI bound to the call's {@code VmHost}. Calls run on {@link io.jnear.wasm.vm.EngineThread}s, whose
 * stack outlasts nearcore's stack budget.
 */
package io.jnear.wasm.vm;
