package io.jnear.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.samples.token.FungibleToken;
import io.jnear.sdk.AccountId;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every sample contract's calls run with nothing but the SDK and the samples' own classes: Jackson and
 * Objenesis are not even on the class path, so nothing on a contract path can reflect over its classes or
 * create them without a constructor. State, arguments and results go through generated code only. (The
 * test itself reaches the isolated classes by reflection, as a host would.) Calls that schedule promises
 * are left to the sandbox tests, except that a scheduled promise is recorded: this host has storage, input,
 * logs, results and a list of promise actions only. The class loader of the isolated classes denies class
 * files as resources, so nothing on a contract path can read them to reflect over or copy them, and denies
 * {@code java.lang.reflect} to the classes it defines, so the calls below run with reflection denied. The
 * bytecode of every SDK and sample class is read too: none of it names a reflective API, so no path a test
 * does not take reaches one either.
 */
class ContractsWithoutReflectionTest {
    private static final String TOKEN = "token.near";

    /** A host in memory, for the classes of {@code loader}: storage, input, logs, the result. */
    private static final class MemoryHost implements InvocationHandler {
        final ClassLoader loader;
        final Map<String, byte[]> storage = new HashMap<>();
        final List<String> logs = new ArrayList<>();
        /** The actions of scheduled promises, in order: "receiver: action". */
        final List<String> promises = new ArrayList<>();
        final List<Object> actions = new ArrayList<>();
        final List<String> receivers = new ArrayList<>();
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
                case "prepaidGas", "usedGas" -> {
                    return loader.loadClass("io.jnear.sdk.Gas").getMethod("tgas", long.class).invoke(null, 0L);
                }
                case "promiseBatchCreate", "promiseBatchThen" -> {
                    receivers.add(args[args.length - 1].toString());
                    return receivers.size() - 1;
                }
                case "promiseBatchAction" -> {
                    actions.add(args[1]);
                    promises.add(receivers.get((Integer) args[0]) + ": " + args[1].getClass().getSimpleName());
                    return null;
                }
                case "promiseReturn" -> {
                    return null;
                }
                case "fail" -> throw new IllegalStateException((String) args[0]);
                default -> throw new UnsupportedOperationException(method.getName());
            }
        }
    }

    /**
     * Loads the SDK's and the samples' classes, but hands out no resources, so no class file can be read, and
     * no reflection: every reference a class it defines makes to {@code java.lang.reflect} is resolved through
     * it, and fails.
     */
    private static final class DenyingLoader extends URLClassLoader {
        DenyingLoader(URL[] urls) {
            super(urls, ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("java.lang.reflect.")) {
                throw new ClassNotFoundException("Reflection is denied to contract code: " + name);
            }
            return super.loadClass(name, resolve);
        }

        @Override
        public URL getResource(String name) {
            throw new SecurityException("Resources are denied to contract code: " + name);
        }

        boolean hasLoaded(String name) {
            return findLoadedClass(name) != null;
        }
    }

    /**
     * The host's side of the isolated classes: it sees them, and the JDK directly, so the proxy that implements
     * {@code Host} for them (a class of the host, which reflects) is defined here rather than in the denying
     * loader.
     */
    private static final class HostSide extends ClassLoader {
        HostSide(ClassLoader isolated) {
            super(isolated);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            return name.startsWith("java.") ? ClassLoader.getPlatformClassLoader().loadClass(name)
                    : super.loadClass(name, resolve);
        }
    }

    /** Sample classes loaded apart from Jackson and Objenesis, driven through their dispatchers. */
    private static final class Isolated implements AutoCloseable {
        final DenyingLoader loader;
        final MemoryHost memory;
        final Object host;

        Isolated() throws Exception {
            URL sdk = AccountId.class.getProtectionDomain().getCodeSource().getLocation();
            URL samples = FungibleToken.class.getProtectionDomain().getCodeSource().getLocation();
            loader = new DenyingLoader(new URL[] {sdk, samples});
            assertThrows(ClassNotFoundException.class,
                    () -> loader.loadClass("com.fasterxml.jackson.databind.ObjectMapper"));
            assertThrows(ClassNotFoundException.class, () -> loader.loadClass("org.objenesis.ObjenesisStd"));
            memory = new MemoryHost(loader);
            assertThrows(ClassNotFoundException.class, () -> Class.forName("java.lang.reflect.Method", false, loader));
            host = Proxy.newProxyInstance(new HostSide(loader), new Class<?>[] {loader.loadClass("io.jnear.sdk.spi.Host")},
                    memory);
        }

        /** Calls {@code method} of {@code contract}'s dispatcher; returns its result as text, or null. */
        String call(String contract, String method, String input, String deposit) throws Exception {
            Object dispatcher = loader.loadClass("io.jnear.samples." + contract + "Dispatcher").getConstructor()
                    .newInstance();
            memory.input = input.getBytes(StandardCharsets.UTF_8);
            memory.deposit = deposit;
            memory.result = null;
            Class<?> hostType = loader.loadClass("io.jnear.sdk.spi.Host");
            Class<?> binding = loader.loadClass("io.jnear.sdk.HostBinding");
            // enter hands back the binding; closing it unbinds the call
            AutoCloseable bound = (AutoCloseable) binding.getMethod("enter", hostType).invoke(null, host);
            try {
                dispatcher.getClass().getMethod("dispatch", String.class).invoke(dispatcher, method);
            } finally {
                bound.close();
            }
            return memory.result == null ? null : new String(memory.result, StandardCharsets.UTF_8);
        }

        /** The stored contract state, as hex. */
        String state() {
            return HexFormat.of().formatHex(memory.storage.get("STATE"));
        }

        @Override
        public void close() throws Exception {
            loader.close();
        }
    }

    @Test
    void theTokensCallsNeedNeitherJacksonNorObjenesis() throws Exception {
        try (Isolated token = new Isolated()) {
            token.call("token.FungibleToken", "new_default_meta",
                    "{\"owner_id\":\"alice.near\",\"total_supply\":\"100\"}", "0");
            token.call("token.FungibleToken", "storage_deposit", "[\"bob.near\",null]", "1250000000000000000000");
            token.call("token.FungibleToken", "ft_transfer", "[\"bob.near\",\"30\",null]", "1");

            assertEquals("\"30\"", token.call("token.FungibleToken", "ft_balance_of", "{\"account_id\":\"bob.near\"}", "0"));
            assertEquals("EVENT_JSON:{\"standard\":\"nep141\",\"version\":\"1.0.0\",\"event\":\"ft_transfer\","
                    + "\"data\":[{\"old_owner_id\":\"alice.near\",\"new_owner_id\":\"bob.near\",\"amount\":\"30\"}]}",
                    token.memory.logs.get(token.memory.logs.size() - 1));
        }
    }

    @Test
    void helloNearKeepsItsGreetingAsBorsh() throws Exception {
        try (Isolated hello = new Isolated()) {
            assertEquals("\"Hello\"", hello.call("hello.HelloNear", "get_greeting", "", "0"));
            hello.call("hello.HelloNear", "set_greeting", "{\"greeting\":\"hi\"}", "0");

            assertEquals("\"hi\"", hello.call("hello.HelloNear", "get_greeting", "", "0"));
            assertEquals("02000000" + "6869", hello.state()); // u32 length, then UTF-8
        }
    }

    @Test
    void walletAndVaultsKeepBalancesInCodecLessMaps() throws Exception {
        for (String contract : List.of("rollback.Wallet", "window.SafeVault", "window.LeakyVault")) {
            try (Isolated isolated = new Isolated()) {
                isolated.call(contract, "deposit", "", "5");
                isolated.call(contract, "deposit", "", "7");

                assertEquals("\"12\"", isolated.call(contract, "balance_of",
                        contract.equals("rollback.Wallet") ? "{\"account\":\"alice.near\"}" : "{\"owner\":\"alice.near\"}",
                        "0"), contract);
                assertEquals("01000000" + "62", isolated.state(), contract); // the map's prefix "b"
                // the entry: "b" + borsh(account) -> the u128 in little-endian
                byte[] entry = isolated.memory.storage.get("b" + (char) 10 + "\0\0\0" + "alice.near");
                assertEquals("0c000000000000000000000000000000", HexFormat.of().formatHex(entry), contract);
            }
        }
    }

    @Test
    void shopCountsItsCups() throws Exception {
        try (Isolated shop = new Isolated()) {
            shop.call("rollback.Shop", "buy", "{\"item\":\"coffee\"}", "1000000000000000000000000");

            assertEquals("1", shop.call("rollback.Shop", "cups_sold", "", "0"));
            assertEquals("01000000", shop.state());
        }
    }

    @Test
    void initializedSamplesStoreTheirFieldsAsBorsh() throws Exception {
        try (Isolated samples = new Isolated()) {
            samples.call("joins.PriceOracle", "new", "{\"price\":7}", "0");
            assertEquals("7", samples.call("joins.PriceOracle", "get_price", "", "0"));
            assertEquals("0700000000000000", samples.state());
        }
        try (Isolated samples = new Isolated()) {
            samples.call("joins.PriceAggregator", "new", "[\"a\",\"b\",\"c\"]", "0");
            assertEquals("0100000061" + "0100000062" + "0100000063", samples.state());
        }
        try (Isolated samples = new Isolated()) {
            samples.call("greeter.CrossGreeter", "new", "{\"hello_account\":\"hi.near\"}", "0");
            assertEquals("07000000" + HexFormat.of().formatHex("hi.near".getBytes(StandardCharsets.UTF_8)),
                    samples.state());
        }
    }

    @Test
    void contractsThatOnlyCallOthersLoadToo() throws Exception {
        try (Isolated samples = new Isolated()) {
            for (String contract : List.of("joins.OracleFactory", "token.TokenReceiver")) {
                Object dispatcher = samples.loader.loadClass("io.jnear.samples." + contract + "Dispatcher")
                        .getConstructor().newInstance();
                assertEquals(samples.loader, dispatcher.getClass().getClassLoader(), contract);
            }
            samples.memory.predecessor = TOKEN; // keep_half is private: the contract calls itself
            assertEquals("\"5\"", samples.call("token.TokenReceiver", "keep_half", "{\"amount\":\"10\"}", "0"));
        }
    }

    @Test
    void aFactoryDeploysAContractClassWithoutLoadingItsCode() throws Exception {
        try (Isolated factory = new Isolated()) {
            factory.memory.predecessor = "carol.near";
            factory.call("joins.OracleFactory", "create_oracle", "{\"name\":\"eur\",\"price\":7}",
                    "3000000000000000000000000");

            assertEquals(List.of("eur.token.near: CreateAccount", "eur.token.near: Transfer",
                    "eur.token.near: DeployContract", "eur.token.near: FunctionCall",
                    "token.near: FunctionCall"), factory.memory.promises);
            // the deployment only names the class; the sandbox resolves it into class files and a dispatcher
            Object deploy = factory.memory.actions.get(2);
            Object code = deploy.getClass().getMethod("code").invoke(deploy);
            assertEquals(false, code.getClass().getMethod("isResolved").invoke(code));
            assertEquals(factory.loader.loadClass("io.jnear.samples.joins.PriceOracle"),
                    code.getClass().getMethod("contractClass").invoke(code));
            assertFalse(factory.loader.hasLoaded("io.jnear.samples.joins.PriceOracleDispatcher"));
        }
    }

    /** Classes and members whose use is reflection (or reaches past it); a name ending in '/' is a package. */
    private static final List<String> REFLECTIVE = List.of("java/lang/reflect/", "java/lang/invoke/MethodHandles.",
            "java/lang/invoke/MethodHandles$Lookup.", "java/lang/invoke/VarHandle.", "sun/misc/Unsafe",
            "jdk/internal/", "java/lang/Class.forName", "java/lang/Class.getDeclared", "java/lang/Class.getMethod",
            "java/lang/Class.getField", "java/lang/Class.getConstructor", "java/lang/Class.newInstance",
            "java/lang/Class.getRecordComponents", "java/lang/Class.getEnumConstants", "java/lang/ClassLoader.",
            "java/lang/Class.getClassLoader", "java/lang/Class.getResource", "java/lang/Module.",
            "java/lang/invoke/MethodHandle.invoke");

    /**
     * Uses on the host's side only, each with why: the sandbox asks a deployed contract's code for its ABI
     * (a resource beside its classes); contract code only names its classes ({@code ContractCode.of}).
     */
    private static final List<String> HOST_SIDE = List.of(
            "io/jnear/sdk/spi/ContractCode.class uses java/lang/Class.getClassLoader",
            "io/jnear/sdk/spi/ContractCode.class uses java/lang/ClassLoader.getResourceAsStream");

    /** Every class file under {@code root} (a directory or a jar), by name. */
    private static Map<String, byte[]> classFiles(URL root) throws Exception {
        Map<String, byte[]> classes = new java.util.TreeMap<>();
        java.nio.file.Path path = java.nio.file.Path.of(root.toURI());
        if (java.nio.file.Files.isDirectory(path)) {
            try (var files = java.nio.file.Files.walk(path)) {
                for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    classes.put(path.relativize(file).toString(), java.nio.file.Files.readAllBytes(file));
                }
            }
        } else {
            try (var jar = new java.util.jar.JarFile(path.toFile())) {
                for (var entry : java.util.Collections.list(jar.entries())) {
                    if (entry.getName().endsWith(".class")) {
                        classes.put(entry.getName(), jar.getInputStream(entry).readAllBytes());
                    }
                }
            }
        }
        return classes;
    }

    /** What class {@code bytes} uses: each class it names and each member it calls or reads, as owner.name. */
    private static List<String> references(byte[] bytes) {
        List<String> used = new ArrayList<>();
        org.objectweb.asm.MethodVisitor code = new org.objectweb.asm.MethodVisitor(org.objectweb.asm.Opcodes.ASM9) {
            @Override
            public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean itf) {
                used.add(owner + "." + name);
            }

            @Override
            public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
                used.add(owner + "." + name);
            }

            @Override
            public void visitTypeInsn(int opcode, String type) {
                used.add(type);
            }

            @Override
            public void visitLdcInsn(Object value) {
                if (value instanceof org.objectweb.asm.Type t) {
                    used.add(t.getInternalName());
                } else if (value instanceof org.objectweb.asm.Handle h) {
                    used.add(h.getOwner() + "." + h.getName());
                }
            }

            @Override
            public void visitInvokeDynamicInsn(String name, String descriptor, org.objectweb.asm.Handle bootstrap,
                    Object... arguments) {
                used.add(bootstrap.getOwner() + "." + bootstrap.getName());
                for (Object argument : arguments) {
                    if (argument instanceof org.objectweb.asm.Handle h) {
                        used.add(h.getOwner() + "." + h.getName());
                    }
                }
            }
        };
        new org.objectweb.asm.ClassReader(bytes).accept(new org.objectweb.asm.ClassVisitor(org.objectweb.asm.Opcodes.ASM9) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                    String[] interfaces) {
                used.add(superName);
                used.addAll(List.of(interfaces));
            }

            @Override
            public org.objectweb.asm.MethodVisitor visitMethod(int access, String name, String descriptor,
                    String signature, String[] exceptions) {
                for (org.objectweb.asm.Type t : org.objectweb.asm.Type.getArgumentTypes(descriptor)) {
                    used.add(t.getSort() == org.objectweb.asm.Type.OBJECT ? t.getInternalName() : "");
                }
                return code;
            }
        }, org.objectweb.asm.ClassReader.SKIP_DEBUG | org.objectweb.asm.ClassReader.SKIP_FRAMES);
        return used;
    }

    @Test
    void noSdkOrContractClassNamesAReflectiveApi() throws Exception {
        URL sdk = AccountId.class.getProtectionDomain().getCodeSource().getLocation();
        URL samples = FungibleToken.class.getProtectionDomain().getCodeSource().getLocation();
        Map<String, byte[]> classes = new java.util.TreeMap<>(classFiles(sdk));
        classes.putAll(classFiles(samples));
        // the generated dispatchers and codecs are among them
        assertTrue(classes.containsKey("io/jnear/samples/token/FungibleTokenDispatcher.class"), classes.keySet()::toString);
        assertTrue(classes.containsKey("io/jnear/samples/token/FungibleTokenCodecs$StateCodec.class"));
        assertTrue(classes.containsKey("io/jnear/sdk/json/JsonReader.class"), classes.keySet()::toString);

        List<String> found = new ArrayList<>();
        for (Map.Entry<String, byte[]> c : classes.entrySet()) {
            for (String used : references(c.getValue())) {
                String use = c.getKey() + " uses " + used;
                if (REFLECTIVE.stream().anyMatch(used::startsWith) && !HOST_SIDE.contains(use)) {
                    found.add(use);
                }
            }
        }
        assertEquals(List.of(), found);
    }
}
