// broadcast_tx_commit latency through near-api-js, as a NEAR developer's script sees it.
// Usage (with ./jnear sandbox running): node latency.mjs <rpc url> <validator_key.json> [transactions]
// Sends signed 1-yocto transfers one after another, after a warm-up, and prints p50/p90/p99.
import { readFileSync } from 'node:fs';
import { Account, JsonRpcProvider, KeyPairSigner } from 'near-api-js';

const [url, keyFile, count = '2000'] = process.argv.slice(2);
const key = JSON.parse(readFileSync(keyFile, 'utf8'));
const root = new Account(key.account_id, new JsonRpcProvider({ url }), KeyPairSigner.fromSecretKey(key.secret_key));

async function transfers(n) {
  const times = [];
  for (let i = 0; i < n; i++) {
    const start = process.hrtime.bigint();
    await root.transfer({ receiverId: key.account_id, amount: 1n });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times.sort((a, b) => a - b);
}

await transfers(Math.min(500, Number(count)));
const times = await transfers(Number(count));
const at = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(2);
console.log(`${times.length} transfers via near-api-js: p50 ${at(0.5)} ms, p90 ${at(0.9)} ms, p99 ${at(0.99)} ms`);
