package io.jnear.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that a {@code @Contract} serves the methods of {@code @CrossContractCall} interfaces it does not
 * {@code implements}, typically because it answers some of them through a promise: a receiver whose
 * {@code ftOnTransfer} returns {@code PromiseOrValue<U128>} or {@code Promise<U128>} cannot implement, in
 * Java, a token interface declaring {@code U128 ftOnTransfer(..)}, yet callers through that interface's stub
 * get the same {@code U128}. The processor checks what {@code implements} would: every method of each
 * interface is exported under the same NEAR name, with the same argument keys, argument types and
 * {@code @CallbackResult} parameters, and resolves to the interface's result type (directly, or as the value
 * of a {@code Promise<T>} or {@code PromiseOrValue<T>}).
 *
 * <pre>{@code
 * @Contract
 * @ConformsTo(FungibleTokenReceiver.class)
 * public class Vault {
 *     public PromiseOrValue<U128> ftOnTransfer(AccountId senderId, U128 amount, String msg) { ... }
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ConformsTo {
    /** The {@code @CrossContractCall} interfaces the contract serves. */
    Class<?>[] value();
}
