// broadcast_tx_commit latency through near-api-js, as a NEAR developer's script sees it.
// Usage (with ./jnear sandbox running):
//   node latency.mjs <rpc url> <validator_key.json> [transactions] [status_message.wasm]
// Sends signed transactions one after another, after a warm-up, and prints p50/p90/p99: 1-yocto
// transfers, or, given near-sdk-rs's status_message.wasm, set_status function calls on a fresh deployment.
import { readFileSync } from 'node:fs';
import { Account, JsonRpcProvider, KeyPairSigner, actions } from 'near-api-js';

const [url, keyFile, count = '2000', wasmFile] = process.argv.slice(2);
const key = JSON.parse(readFileSync(keyFile, 'utf8'));
const root = new Account(key.account_id, new JsonRpcProvider({ url }), KeyPairSigner.fromSecretKey(key.secret_key));

let send = () => root.transfer({ receiverId: key.account_id, amount: 1n });
let what = 'transfers';
if (wasmFile) {
  const contractId = `latency${Date.now()}.${key.account_id}`;
  await root.signAndSendTransaction({
    receiverId: contractId,
    actions: [actions.createAccount(), actions.transfer(10n ** 25n), actions.deployContract(readFileSync(wasmFile))],
  });
  let i = 0;
  send = () => root.callFunctionRaw({ contractId, methodName: 'set_status', args: { message: `status ${i++}` } });
  what = 'set_status calls';
}

async function run(n) {
  const times = [];
  for (let i = 0; i < n; i++) {
    const start = process.hrtime.bigint();
    const outcome = await send();
    if (!('SuccessValue' in outcome.status)) throw new Error(JSON.stringify(outcome.status));
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times.sort((a, b) => a - b);
}

await run(Math.min(500, Number(count)));
const times = await run(Number(count));
const at = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(2);
console.log(`${times.length} ${what} via near-api-js: p50 ${at(0.5)} ms, p90 ${at(0.9)} ms, p99 ${at(0.99)} ms`);
