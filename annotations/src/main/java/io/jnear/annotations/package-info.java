/**
 * The annotations a jnear contract is written with: {@link io.jnear.annotations.Contract} marks a
 * contract, {@link io.jnear.annotations.CrossContractCall} declares another contract's callable surface,
 * and the method and parameter annotations say who may call what and how. The annotation processor
 * reads them at compile time; they are not retained at run time.
 */
package io.jnear.annotations;
