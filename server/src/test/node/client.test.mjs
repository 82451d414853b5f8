// near-api-js, used exactly as against a neard node, drives `jnear sandbox`.
// Usage: node client.test.mjs <rpc url> <validator_key.json> <status_message.wasm>
// Prints one "ok" line per check; any failed check exits non-zero with what differed.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Account, JsonRpcProvider, KeyPair, KeyPairSigner, actions, baseEncode } from 'near-api-js';

const [url, keyFile, statusMessageWasm] = process.argv.slice(2);
const key = JSON.parse(readFileSync(keyFile, 'utf8'));
const provider = new JsonRpcProvider({ url });
const NEAR = 10n ** 24n;

let step = 0;
async function check(name, body) {
  step++;
  await body();
  console.log(`ok ${step} - ${name}`);
}

async function rejects(promise) {
  try {
    await promise;
  } catch (e) {
    return e;
  }
  assert.fail('expected the call to fail');
}

/** Everything a finished transaction burnt, over its transaction and receipt outcomes. */
function tokensBurnt(outcome) {
  return [outcome.transaction_outcome, ...outcome.receipts_outcome]
    .reduce((sum, o) => sum + BigInt(o.outcome.tokens_burnt), 0n);
}

async function amount(accountId) {
  return BigInt((await provider.viewAccount({ accountId })).amount);
}

/**
 * The head's total_supply once everything sent so far shows in it: a header carries what the blocks before
 * it burnt, as neard's does, so one more block is produced first.
 */
async function settledSupply() {
  await provider.sendJsonRpc('sandbox_fast_forward', { delta_height: 1 });
  return BigInt((await provider.viewBlock({ finality: 'final' })).header.total_supply);
}

const root = new Account(key.account_id, provider, KeyPairSigner.fromSecretKey(key.secret_key));
const aliceKey = KeyPair.fromRandom('ed25519');
const aliceId = `alice.${key.account_id}`;
const bobId = `bob.${key.account_id}`;
const alice = new Account(aliceId, provider, new KeyPairSigner(aliceKey));

await check('status names the chain and the root as validator', async () => {
  const status = await provider.viewNodeStatus();
  assert.equal(status.chain_id, 'sandbox');
  assert.equal(status.validators[0].account_id, key.account_id);
  assert.equal(status.validator_public_key, key.public_key);
});

await check('the root creates a sub-account with 10 NEAR and a full-access key', async () => {
  const outcome = await root.createSubAccount({
    accountOrPrefix: 'alice', publicKey: aliceKey.getPublicKey(), nearToTransfer: 10n * NEAR,
  });
  assert.deepEqual(outcome.status, { SuccessValue: '' });
  assert.equal(await amount(aliceId), 10n * NEAR);
  const keys = await alice.getAccessKeyList();
  assert.equal(keys.keys.length, 1);
  assert.equal(keys.keys[0].public_key, aliceKey.getPublicKey().toString());
  assert.equal(keys.keys[0].access_key.permission, 'FullAccess');
});

await check('a transfer moves exactly its amount; the sender pays, and the supply loses, exactly what the outcome burnt', async () => {
  await root.createSubAccount({ accountOrPrefix: 'bob', publicKey: KeyPair.fromRandom('ed25519').getPublicKey(), nearToTransfer: NEAR });
  const aliceBefore = await amount(aliceId);
  const bobBefore = await amount(bobId);
  const supplyBefore = await settledSupply();
  const outcome = await alice.transfer({ receiverId: bobId, amount: 2n * NEAR });
  assert.equal(await settledSupply(), supplyBefore - tokensBurnt(outcome));
  assert.deepEqual(outcome.status, { SuccessValue: '' });
  assert.equal(outcome.transaction.signer_id, aliceId);
  assert.equal(outcome.transaction.public_key, aliceKey.getPublicKey().toString());
  assert.equal(await amount(bobId), bobBefore + 2n * NEAR);
  assert.equal(await amount(aliceId), aliceBefore - 2n * NEAR - tokensBurnt(outcome));
});

await check('a transaction that fails validation is refused with nearcore\'s error and changes nothing', async () => {
  const before = await amount(aliceId);
  const error = await rejects(alice.transfer({ receiverId: bobId, amount: 1000n * NEAR }));
  assert.equal(error.constructor.name, 'NotEnoughBalanceError');
  assert.equal(await amount(aliceId), before);
});

await check('a call to an account without code fails with CodeDoesNotExist in its outcome', async () => {
  const error = await rejects(alice.callFunction({ contractId: bobId, methodName: 'ping', args: {} }));
  assert.equal(error.constructor.name, 'ContractCodeDoesNotExistError');
  assert.equal(error.contractId, bobId);
});

await check('a view call of an account without code fails the same way', async () => {
  const error = await rejects(provider.callFunction({ contractId: bobId, method: 'get', args: {} }));
  assert.equal(error.constructor.name, 'ContractCodeDoesNotExistError');
  assert.equal(error.contractId, bobId);
});

const limitedKey = KeyPair.fromRandom('ed25519');
const limited = new Account(aliceId, provider, new KeyPairSigner(limitedKey));

await check('a function-call key is added with its receiver, methods and allowance', async () => {
  await alice.addFunctionCallAccessKey({
    publicKey: limitedKey.getPublicKey(), contractId: bobId, methodNames: ['ping'], allowance: NEAR / 4n,
  });
  const view = await provider.viewAccessKey({ accountId: aliceId, publicKey: limitedKey.getPublicKey() });
  assert.deepEqual(view.permission, {
    FunctionCall: { allowance: (NEAR / 4n).toString(), receiver_id: bobId, method_names: ['ping'] },
  });
});

await check('the function-call key may not transfer, call another receiver or another method', async () => {
  const before = await amount(aliceId);
  let error = await rejects(limited.transfer({ receiverId: bobId, amount: 1n }));
  assert.equal(error.constructor.name, 'AccessKeyRequiresFullAccessActionError');
  error = await rejects(limited.callFunction({ contractId: aliceId, methodName: 'ping', args: {} }));
  assert.equal(error.constructor.name, 'AccessKeyReceiverMismatchActionError');
  assert.equal(error.akReceiver, bobId);
  assert.equal(error.txReceiver, aliceId);
  error = await rejects(limited.callFunction({ contractId: bobId, methodName: 'pong', args: {} }));
  assert.equal(error.constructor.name, 'AccessKeyMethodNameMismatchActionError');
  assert.equal(error.methodName, 'pong');
  assert.equal(await amount(aliceId), before);
});

await check('the function-call key may call its method; the cost comes out of its allowance', async () => {
  const error = await rejects(limited.callFunction({ contractId: bobId, methodName: 'ping', args: {} }));
  assert.equal(error.constructor.name, 'ContractCodeDoesNotExistError');
  const view = await provider.viewAccessKey({ accountId: aliceId, publicKey: limitedKey.getPublicKey() });
  assert.ok(BigInt(view.permission.FunctionCall.allowance) < NEAR / 4n);
  assert.ok(view.nonce > 0n);
});

await check('a deleted key can no longer sign', async () => {
  await alice.deleteKey(limitedKey.getPublicKey());
  const error = await rejects(provider.viewAccessKey({ accountId: aliceId, publicKey: limitedKey.getPublicKey() }));
  assert.equal(error.constructor.name, 'AccessKeyDoesNotExistError');
  const refused = await rejects(new Account(aliceId, provider, new KeyPairSigner(limitedKey))
    .callFunction({ contractId: bobId, methodName: 'ping', args: {} }));
  assert.equal(refused.constructor.name, 'AccessKeyDoesNotExistError');
});

await check('DeployContract stores the Wasm bytes: view_code returns them and the code hash is their sha256', async () => {
  // The smallest valid module: magic and version.
  const wasm = Uint8Array.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);
  await alice.deployContract(wasm);
  const code = await provider.viewContractCode({ contractId: aliceId });
  assert.deepEqual(Buffer.from(code.code_base64, 'base64'), Buffer.from(wasm));
  const hash = baseEncode(createHash('sha256').update(wasm).digest());
  assert.equal(code.hash, hash);
  assert.equal((await provider.viewAccount({ accountId: aliceId })).code_hash, hash);
});

await check('view_state lists contract storage by prefix (empty for an account with none)', async () => {
  const state = await provider.viewContractState({ contractId: aliceId, prefix: '' });
  assert.deepEqual(state.values, []);
});

await check('queries for a missing account fail with AccountDoesNotExistError', async () => {
  const error = await rejects(provider.viewAccount({ accountId: `nobody.${key.account_id}` }));
  assert.equal(error.constructor.name, 'AccountDoesNotExistError');
});

await check('tx status of a sent transaction is its outcome', async () => {
  const outcome = await alice.transfer({ receiverId: bobId, amount: 1n });
  const again = await provider.viewTransactionStatus({
    txHash: outcome.transaction.hash, accountId: aliceId, waitUntil: 'EXECUTED_OPTIMISTIC',
  });
  assert.equal(again.transaction_outcome.id, outcome.transaction_outcome.id);
  assert.deepEqual(again.status, { SuccessValue: '' });
});

await check('blocks, chunks, gas price, protocol config and account state read as near-api-js expects', async () => {
  const head = await provider.viewBlock({ finality: 'final' });
  const same = await provider.viewBlock({ blockId: head.header.height });
  assert.equal(same.header.hash, head.header.hash);
  const chunk = await provider.viewChunk(head.chunks[0].chunk_hash);
  assert.equal(chunk.header.height_included, head.header.height);
  assert.equal((await provider.viewGasPrice(null)).gas_price, '100000000');
  const state = await alice.getState();
  assert.equal(state.balance.total, await amount(aliceId));
  assert.equal(state.balance.usedOnStorage, BigInt(state.storageUsage) * 10n ** 19n);
});

await check('chunks list what their blocks included and received; a query at a past block sees its state', async () => {
  const before = await amount(bobId);
  const outcome = await alice.transfer({ receiverId: bobId, amount: 1n });
  const included = await provider.viewBlock({ blockId: outcome.transaction_outcome.block_hash });
  const height = included.header.height;
  const chunk = await provider.viewChunk([height, 0]);
  assert.deepEqual(chunk.transactions.map((t) => t.hash), [outcome.transaction.hash]);
  const next = await provider.viewChunk([height + 1, 0]);
  assert.deepEqual(next.receipts.map((r) => r.receipt_id), [outcome.receipts_outcome[0].id]);
  assert.equal(BigInt(next.header.gas_used), BigInt(outcome.transaction_outcome.outcome.gas_burnt));
  const then = await provider.viewAccount({ accountId: bobId, blockQuery: { blockId: height } });
  assert.equal(BigInt(then.amount), before);
  assert.equal(await amount(bobId), before + 1n);
});

await check('receipts of a transaction are found by id', async () => {
  const outcome = await alice.transfer({ receiverId: bobId, amount: 1n });
  const receipt = await provider.viewTransactionReceipt(outcome.receipts_outcome[0].id);
  assert.equal(receipt.receiver_id, bobId);
  assert.equal(receipt.predecessor_id, aliceId);
});

const statusId = `status.${key.account_id}`;

await check('near-sdk-rs\'s status_message deploys to a new sub-account in one transaction', async () => {
  const statusKey = KeyPair.fromRandom('ed25519');
  const wasm = readFileSync(statusMessageWasm);
  const outcome = await root.signAndSendTransaction({
    receiverId: statusId,
    actions: [actions.createAccount(), actions.transfer(5n * NEAR),
      actions.addFullAccessKey(statusKey.getPublicKey()), actions.deployContract(wasm)],
  });
  assert.deepEqual(outcome.status, { SuccessValue: '' });
  const code = await provider.viewContractCode({ contractId: statusId });
  assert.deepEqual(Buffer.from(code.code_base64, 'base64'), wasm);
});

await check('a call stores a status, with the contract\'s log; a view reads it back', async () => {
  const outcome = await alice.callFunctionRaw({
    contractId: statusId, methodName: 'set_status', args: { message: 'hello from near-api-js' },
  });
  assert.deepEqual(outcome.receipts_outcome[0].outcome.logs,
    [`${aliceId} set_status with message hello from near-api-js`]);
  assert.equal(await provider.callFunction({ contractId: statusId, method: 'get_status', args: { account_id: aliceId } }),
    'hello from near-api-js');
  assert.equal(await provider.callFunction({ contractId: statusId, method: 'get_status', args: { account_id: bobId } }),
    null);
});

await check('a call to a method the contract lacks fails with MethodNotFound, as a call and as a view', async () => {
  const error = await rejects(alice.callFunction({ contractId: statusId, methodName: 'no_such_method', args: {} }));
  assert.equal(error.constructor.name, 'ContractMethodNotFoundError');
  const viewError = await rejects(provider.callFunction({ contractId: statusId, method: 'no_such_method', args: {} }));
  assert.equal(viewError.constructor.name, 'ContractMethodNotFoundError');
});

await check('set_status in a view call fails: state writes are prohibited in views', async () => {
  const error = await rejects(provider.callFunction({
    contractId: statusId, method: 'set_status', args: { message: 'nope' },
  }));
  assert.equal(error.message, 'wasm execution failed with error: '
    + 'FunctionCallError(HostError(ProhibitedInView { method_name: "signer_account_id" }))');
});

console.log(`all ${step} checks passed`);
