package io.jnear.samples.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jnear.sdk.AccountId;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The token's calls run with nothing but the SDK and the token's own classes: Jackson and Objenesis are
 * not even on the class path, so nothing on its contract path can reflect over its classes or create them
 * without a constructor. (The test itself reaches the isolated classes by reflection, as a host would.)
 */
class TokenWithoutReflectionTest {
    private static final String TOKEN = "token.near";

    /** A host in memory, for the classes of {@code loader}: storage, input, logs, the result. */
    private static final class MemoryHost implements InvocationHandler {
        final ClassLoader loader;
        final Map<String, byte[]> storage = new HashMap<>();
        final List<String> logs = new ArrayList<>();
        byte[] input = new byte[0];
        byte[] result;
        String predecessor = "alice.near";
        String deposit = "0";

        MemoryHost(ClassLoader loader) {
            this.loader = loader;
        }

        private Object sdk(String type, String factory, String value) throws Exception {
            return loader.loadClass("io.jnear.sdk." + type).getMethod(factory, String.class).invoke(null, value);
        }

        private static String key(byte[] bytes) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Exception {
            switch (method.getName()) {
                case "currentAccountId", "signerAccountId" -> {
                    return sdk("AccountId", "of", TOKEN);
                }
                case "predecessorAccountId" -> {
                    return sdk("AccountId", "of", predecessor);
                }
                case "attachedDeposit" -> {
                    return sdk("NearToken", "parse", deposit);
                }
                case "input" -> {
                    return input;
                }
                case "storageUsage" -> {
                    long usage = 0;
                    for (Map.Entry<String, byte[]> e : storage.entrySet()) {
                        usage += e.getKey().length() + e.getValue().length + 40;
                    }
                    return usage;
                }
                case "storageRead" -> {
                    return storage.get(key((byte[]) args[0]));
                }
                case "storageWrite" -> {
                    return storage.put(key((byte[]) args[0]), ((byte[]) args[1]).clone());
                }
                case "storageRemove" -> {
                    return storage.remove(key((byte[]) args[0]));
                }
                case "storageHasKey" -> {
                    return storage.containsKey(key((byte[]) args[0]));
                }
                case "log" -> {
                    logs.add((String) args[0]);
                    return null;
                }
                case "valueReturn" -> {
                    result = (byte[]) args[0];
                    return null;
                }
                case "chargeOps", "burnGas" -> {
                    return null;
                }
                case "fail" -> throw new IllegalStateException((String) args[0]);
                default -> throw new UnsupportedOperationException(method.getName());
            }
        }
    }

    private static void call(ClassLoader loader, Object host, Object dispatcher, String method) throws Exception {
        Class<?> hostType = loader.loadClass("io.jnear.sdk.spi.Host");
        Class<?> binding = loader.loadClass("io.jnear.sdk.HostBinding");
        binding.getMethod("enter", hostType).invoke(null, host);
        try {
            dispatcher.getClass().getMethod("dispatch", String.class).invoke(dispatcher, method);
        } finally {
            binding.getMethod("exit").invoke(null);
        }
    }

    @Test
    void theTokensCallsNeedNeitherJacksonNorObjenesis() throws Exception {
        URL sdk = AccountId.class.getProtectionDomain().getCodeSource().getLocation();
        URL samples = FungibleToken.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {sdk, samples},
                ClassLoader.getPlatformClassLoader())) {
            assertThrows(ClassNotFoundException.class,
                    () -> loader.loadClass("com.fasterxml.jackson.databind.ObjectMapper"));
            assertThrows(ClassNotFoundException.class, () -> loader.loadClass("org.objenesis.ObjenesisStd"));
            MemoryHost memory = new MemoryHost(loader);
            Object host = Proxy.newProxyInstance(loader, new Class<?>[] {loader.loadClass("io.jnear.sdk.spi.Host")},
                    memory);
            Object dispatcher = loader.loadClass("io.jnear.samples.token.FungibleTokenDispatcher")
                    .getConstructor().newInstance();

            memory.input = "{\"owner_id\":\"alice.near\",\"total_supply\":\"100\"}".getBytes(StandardCharsets.UTF_8);
            call(loader, host, dispatcher, "new_default_meta");
            memory.input = "[\"bob.near\",null]".getBytes(StandardCharsets.UTF_8);
            memory.deposit = "1250000000000000000000";
            call(loader, host, dispatcher, "storage_deposit");
            memory.input = "[\"bob.near\",\"30\",null]".getBytes(StandardCharsets.UTF_8);
            memory.deposit = "1";
            call(loader, host, dispatcher, "ft_transfer");
            memory.input = "{\"account_id\":\"bob.near\"}".getBytes(StandardCharsets.UTF_8);
            memory.deposit = "0";
            call(loader, host, dispatcher, "ft_balance_of");

            assertEquals("\"30\"", new String(memory.result, StandardCharsets.UTF_8));
            assertEquals("EVENT_JSON:{\"standard\":\"nep141\",\"version\":\"1.0.0\",\"event\":\"ft_transfer\","
                    + "\"data\":[{\"old_owner_id\":\"alice.near\",\"new_owner_id\":\"bob.near\",\"amount\":\"30\"}]}",
                    memory.logs.get(memory.logs.size() - 1));
        }
    }
}
