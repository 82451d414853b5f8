package io.jnear.runtime.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jnear.sdk.AccountId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Contract storage behaves as a sorted map of byte strings, whatever the order of writes and removes: reads,
 * sizes and the sorted view agree with a model, through growth of the table and removals from the middle of
 * a run of colliding slots; and a receipt rolled back leaves every entry and the storage usage exactly as
 * they were, in forks too.
 */
class ContractStoragePropertiesTest {
    private static final AccountId CONTRACT = AccountId.of("contract.near");
    private static final long ACCOUNT_BYTES = 100;
    private static final long ENTRY_OVERHEAD = 40;

    /** Key number {@code n} of a small alphabet (so keys come back), of lengths 0 to 20, some sharing prefixes. */
    private static byte[] key(int n) {
        byte[] key = new byte[n % 21];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (n * 37 + (i < 9 ? 0 : i));
        }
        return key;
    }

    private static byte[] value(int step) {
        byte[] value = new byte[step % 7];
        Arrays.fill(value, (byte) step);
        return value;
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    private static SortedMap<String, String> asHex(SortedMap<StorageKey, byte[]> data) {
        SortedMap<String, String> out = new TreeMap<>();
        for (Map.Entry<StorageKey, byte[]> e : data.entrySet()) {
            out.put(hex(e.getKey().bytes()), hex(e.getValue()));
        }
        return out;
    }

    /** Hex of unsigned bytes sorts as the bytes do, so the model's order is the trie's. */
    private static SortedMap<String, String> sortedModel(Map<String, byte[]> model) {
        SortedMap<String, String> out = new TreeMap<>();
        model.forEach((k, v) -> out.put(k, hex(v)));
        return out;
    }

    @Property
    void theMapAgreesWithAModel(@ForAll @Size(max = 400) List<@IntRange(min = 0, max = 2999) Integer> script) {
        StorageMap map = new StorageMap();
        Map<String, byte[]> model = new TreeMap<>();
        for (int step : script) {
            byte[] key = key(step % 60);
            String k = hex(key);
            switch (step / 60 % 5) {
                case 0, 1 -> {
                    byte[] value = value(step);
                    assertArrayEquals(model.put(k, value), map.put(new StorageKey(key.clone()), value));
                }
                case 2, 3 -> assertArrayEquals(model.remove(k), map.remove(new StorageKey(key.clone())));
                default -> {
                    StorageMap copy = map.copy(); // a copy goes its own way
                    copy.put(new StorageKey(key(61)), value(step));
                    copy.remove(new StorageKey(key.clone()));
                }
            }
            assertEquals(model.size(), map.size());
            for (int n = 0; n < 60; n++) {
                assertArrayEquals(model.get(hex(key(n))), map.get(new StorageKey(key(n))), "key " + n);
            }
        }
        SortedMap<String, String> seen = new TreeMap<>();
        map.forEach((k, v) -> seen.put(hex(k), hex(v)));
        assertEquals(sortedModel(model), seen);
    }

    @Property
    void aRollbackLeavesStorageAsItWas(
            @ForAll @Size(max = 120) List<@IntRange(min = 0, max = 9999) Integer> script) {
        List<ChainState> states = new ArrayList<>(List.of(new ChainState(ACCOUNT_BYTES, ENTRY_OVERHEAD)));
        states.get(0).createAccount(CONTRACT);
        states.get(0).commit(0);
        List<Map<String, byte[]>> models = new ArrayList<>(List.of(new TreeMap<>()));
        List<Map<String, byte[]>> atCheckpoint = new ArrayList<>(List.of(new TreeMap<>()));
        List<Integer> checkpoints = new ArrayList<>(List.of(0));
        for (int step : script) {
            int s = step % states.size();
            ChainState state = states.get(s);
            AccountState a = state.get(CONTRACT);
            Map<String, byte[]> model = models.get(s);
            byte[] key = key(step / 7 % 25);
            switch (step / 200 % 8) {
                case 0, 1, 2 -> {
                    byte[] value = value(step);
                    assertArrayEquals(model.put(hex(key), value), state.write(a, new StorageKey(key), value));
                }
                case 3, 4 -> assertArrayEquals(model.remove(hex(key)), state.remove(a, new StorageKey(key)));
                case 5 -> {
                    state.rollback(checkpoints.get(s));
                    model.clear();
                    model.putAll(atCheckpoint.get(s));
                }
                case 6 -> {
                    checkpoints.set(s, state.checkpoint()); // a receipt inside the block's pending changes
                    atCheckpoint.set(s, new TreeMap<>(model));
                }
                default -> {
                    state.commit(0);
                    checkpoints.set(s, 0);
                    atCheckpoint.set(s, new TreeMap<>(model));
                    if (states.size() < 3) {
                        states.add(state.fork());
                        models.add(new TreeMap<>(model));
                        atCheckpoint.add(new TreeMap<>(model));
                        checkpoints.add(0);
                    }
                }
            }
            for (int i = 0; i < states.size(); i++) {
                AccountState account = states.get(i).get(CONTRACT);
                assertEquals(sortedModel(models.get(i)), asHex(account.dataSorted()), "state " + i + " after " + step);
                assertEquals(usage(models.get(i)), account.storageUsage(), "storage usage of state " + i);
                assertEquals(models.get(i).size(), account.dataSize());
            }
        }
    }

    private static long usage(Map<String, byte[]> model) {
        long usage = ACCOUNT_BYTES;
        for (Map.Entry<String, byte[]> e : model.entrySet()) {
            usage += e.getKey().length() / 2 + e.getValue().length + ENTRY_OVERHEAD;
        }
        return usage;
    }
}
