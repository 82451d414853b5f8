/**
 * The embedded sandbox: {@link io.jnear.runtime.Sandbox} is a NEAR chain in one JVM that executes
 * transactions and receipts with NEAR's semantics, driven synchronously from tests.
 *
 * <h2>Blocks and receipts</h2>
 * A transaction is validated and charged when the next block is produced, and becomes one action
 * receipt. That receipt runs in the same block if the signer is the receiver, else in the next. Every
 * receipt created while executing (promise calls, data receipts, refunds) runs in a later block, so a
 * contract at block M calling B sees B run at M+1 and its callback at M+2. A receipt that waits for
 * data is postponed until the last of it arrives, then runs at once. Each receipt is atomic: its state
 * writes, balance changes, created accounts and keys, and the receipts it created vanish if it fails;
 * only refunds and "failed" data for waiting callbacks leave it. See {@code NEAR-SEMANTICS.md}.
 *
 * <h2>How a contract's state is stored</h2>
 * Contract storage is a map from byte keys to byte values per account, as on NEAR, and every byte
 * counts toward the account's storage usage (key + value + 40 bytes per entry). A contract written with
 * jnear keeps its fields as one Borsh struct, in declaration order as near-sdk-rs lays it out, under the
 * key {@code STATE}: the generated dispatcher
 * reads it before a call and writes it back after a call that may have changed it. Fields that are
 * storage collections ({@code io.jnear.sdk.collections}) serialize only their key prefix; their entries
 * live under keys of that prefix and are read and written one by one, so a call touches only the
 * entries it uses. Prefixes must be unique per contract and must not be a prefix of {@code STATE}.
 *
 * <h2>Gas</h2>
 * Every protocol number lives in {@link io.jnear.runtime.ProtocolConfig} (protocol 86 by default, 87
 * selectable). Gas attached to receipts is bought at {@code max(gas price, min_gas_purchase_price)} and
 * burnt at the gas price; a finished receipt refunds {@code unused × purchase price + (purchase price −
 * gas price) × burnt} to the signer, less the account creation charge when it created an account.
 *
 * <h2>Gas for JVM code</h2>
 * The sandbox runs contracts as JVM code, not Wasm. A function call is charged NEAR's action fees as on
 * chain, plus: {@code contract_loading_base} and {@code contract_loading_bytes} per byte of code (the
 * class files of the contract and its dispatcher); a fixed allowance of instructions at
 * {@code regular_op_cost} (see {@code exec.JvmWork}) and every metered bytecode instruction; and NEAR's
 * host costs for every host call, with the memory and register traffic the equivalent near-sdk call
 * makes ({@code exec.JvmHost}). The same call therefore costs the same gas on every machine.
 *
 * <h2>Where the sandbox differs from NEAR</h2>
 * One shard, no validators: no chunk gas limit and no delayed receipts; staking locks the new stake at
 * once; the gas price is fixed; nonces are managed for the test's accounts; transactions are not
 * signed (each account has a deterministic ed25519 key, used for access-key bookkeeping); the gas
 * refund carries no penalty (as in protocol 86); trie-node touches are estimated
 * ({@code exec.TrieNodeEstimate}).
 */
package io.jnear.runtime;
