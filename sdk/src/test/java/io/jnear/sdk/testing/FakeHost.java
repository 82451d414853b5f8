package io.jnear.sdk.testing;

import io.jnear.sdk.AccountId;
import io.jnear.sdk.Action;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.PromiseResult;
import io.jnear.sdk.PublicKey;
import io.jnear.sdk.spi.Host;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * An in-memory {@link Host} for unit tests of SDK code: storage in a map ordered by unsigned key bytes,
 * logs in a list, a count of storage reads, SHA-256, and the call's input and promise results as a test sets
 * them.
 * Everything else is unsupported.
 */
public final class FakeHost implements Host, org.junit.jupiter.api.extension.BeforeEachCallback,
        org.junit.jupiter.api.extension.AfterEachCallback {
    private final NavigableMap<byte[], byte[]> storage = new TreeMap<>(Arrays::compareUnsigned);
    private final List<String> logs = new ArrayList<>();
    private int storageReads;
    private byte[] input = new byte[0];
    private List<PromiseResult<byte[]>> promiseResults = List.of();
    private io.jnear.sdk.HostBinding.Call binding;

    /** The storage, ordered by unsigned key bytes; read-only. */
    public NavigableMap<byte[], byte[]> storage() {
        return Collections.unmodifiableNavigableMap(storage);
    }

    /**
     * Every stored entry as {@code key=value} text in key order, printable ASCII as itself and any other
     * byte as {@code \xNN}, so a test can assert a storage layout in one readable line.
     */
    public List<String> dump() {
        List<String> lines = new ArrayList<>();
        storage.forEach((key, value) -> lines.add(render(key) + "=" + render(value)));
        return lines;
    }

    /** Bytes as text: printable ASCII as itself, any other byte as {@code \xNN}. */
    public static String render(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c >= 0x20 && c < 0x7f && c != '\\') {
                out.append((char) c);
            } else {
                out.append(String.format("\\x%02x", c));
            }
        }
        return out.toString();
    }

    public List<String> logs() {
        return Collections.unmodifiableList(logs);
    }

    /** How many times {@link #storageRead} has been called. */
    public int storageReads() {
        return storageReads;
    }

    @Override
    public byte[] storageRead(byte[] key) {
        storageReads++;
        byte[] value = storage.get(key);
        return value == null ? null : value.clone();
    }

    @Override
    public byte[] storageWrite(byte[] key, byte[] value) {
        return storage.put(key.clone(), value.clone());
    }

    @Override
    public byte[] storageRemove(byte[] key) {
        return storage.remove(key);
    }

    @Override
    public boolean storageHasKey(byte[] key) {
        return storage.containsKey(key);
    }

    @Override
    public void log(String message) {
        logs.add(message);
    }

    @Override
    public AccountId currentAccountId() {
        throw unsupported();
    }

    @Override
    public AccountId signerAccountId() {
        throw unsupported();
    }

    @Override
    public PublicKey signerAccountPk() {
        throw unsupported();
    }

    @Override
    public AccountId predecessorAccountId() {
        throw unsupported();
    }

    /** Sets the call's arguments. */
    public void setInput(String json) {
        input = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Sets the results a callback sees, in order. */
    @SafeVarargs
    public final void setPromiseResults(PromiseResult<byte[]>... results) {
        promiseResults = List.of(results);
    }

    @Override
    public byte[] input() {
        return input.clone();
    }

    @Override
    public long blockHeight() {
        throw unsupported();
    }

    @Override
    public long blockTimestamp() {
        throw unsupported();
    }

    @Override
    public long epochHeight() {
        throw unsupported();
    }

    @Override
    public long storageUsage() {
        throw unsupported();
    }

    @Override
    public NearToken accountBalance() {
        throw unsupported();
    }

    @Override
    public NearToken accountLockedBalance() {
        throw unsupported();
    }

    @Override
    public NearToken attachedDeposit() {
        throw unsupported();
    }

    @Override
    public Gas prepaidGas() {
        throw unsupported();
    }

    @Override
    public Gas usedGas() {
        throw unsupported();
    }

    @Override
    public byte[] randomSeed() {
        throw unsupported();
    }

    @Override
    public byte[] sha256(byte[] data) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(data);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public byte[] ecrecover(byte[] hash, byte[] signature, long v, long malleabilityFlag) {
        throw unsupported();
    }

    @Override
    public byte[] altBn128G1Multiexp(byte[] elements) {
        throw unsupported();
    }

    @Override
    public byte[] altBn128G1Sum(byte[] elements) {
        throw unsupported();
    }

    @Override
    public boolean altBn128PairingCheck(byte[] elements) {
        throw unsupported();
    }

    @Override
    public void valueReturn(byte[] value) {
        throw unsupported();
    }

    @Override
    public void burnGas(long gas) {
        throw unsupported();
    }

    @Override
    public void chargeOps(long ops) {
        // computation is free outside the sandbox
    }

    @Override
    public void fail(String message) {
        throw new IllegalStateException(message);
    }

    @Override
    public int promiseBatchCreate(AccountId receiver) {
        throw unsupported();
    }

    @Override
    public int promiseBatchThen(int promiseIndex, AccountId receiver) {
        throw unsupported();
    }

    @Override
    public int promiseAnd(int[] promiseIndices) {
        throw unsupported();
    }

    @Override
    public void promiseBatchAction(int promiseIndex, Action action) {
        throw unsupported();
    }

    @Override
    public int promiseResultsCount() {
        return promiseResults.size();
    }

    @Override
    public PromiseResult<byte[]> promiseResult(int index) {
        return promiseResults.get(index);
    }

    @Override
    public void promiseReturn(int promiseIndex) {
        throw unsupported();
    }

    private static UnsupportedOperationException unsupported() {
        return new UnsupportedOperationException("FakeHost only supports storage and logs");
    }

    /** As a JUnit extension ({@code @RegisterExtension}), binds itself to {@code Env} around each test. */
    @Override
    public void beforeEach(org.junit.jupiter.api.extension.ExtensionContext context) {
        binding = io.jnear.sdk.HostBinding.enter(this);
    }

    @Override
    public void afterEach(org.junit.jupiter.api.extension.ExtensionContext context) {
        binding.close();
    }
}
