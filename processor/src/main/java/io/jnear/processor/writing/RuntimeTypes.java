package io.jnear.processor.writing;

import com.palantir.javapoet.ClassName;

/**
 * The runtime types generated code uses, named here once: the processor does not link against the
 * runtime, so a rename there means a change here only.
 */
public final class RuntimeTypes {
    private static final String SDK = "io.jnear.sdk";
    private static final String SPI = "io.jnear.sdk.spi";

    public static final ClassName ACCOUNT_ID = ClassName.get(SDK, "AccountId");
    public static final ClassName ACTION_FUNCTION_CALL = ClassName.get(SDK, "Action", "FunctionCall");
    public static final ClassName CALLBACK = ClassName.get(SDK, "Callback");
    public static final ClassName CALLBACK2 = ClassName.get(SDK, "Callback2");
    public static final ClassName CALLBACK3 = ClassName.get(SDK, "Callback3");
    public static final ClassName CALLBACK_ALL = ClassName.get(SDK, "CallbackAll");
    public static final ClassName CALLBACK_JOIN = ClassName.get(SDK, "CallbackJoin");
    public static final ClassName ENV = ClassName.get(SDK, "Env");
    public static final ClassName GAS = ClassName.get(SDK, "Gas");
    public static final ClassName NEAR_TOKEN = ClassName.get(SDK, "NearToken");
    public static final ClassName PROMISE = ClassName.get(SDK, "Promise");
    public static final ClassName PROMISE_RESULT = ClassName.get(SDK, "PromiseResult");

    public static final ClassName CONTRACT_DISPATCHER = ClassName.get(SPI, "ContractDispatcher");
    public static final ClassName DISPATCH = ClassName.get(SPI, "Dispatch");
    public static final ClassName RESULT_DECODER = ClassName.get(SPI, "ResultDecoder");
    public static final ClassName STUB_SUPPORT = ClassName.get(SPI, "StubSupport");

    public static final ClassName WASM_ENTRY = ClassName.get("io.jnear.sdk.wasm", "WasmEntry");
    /** TeaVM's export annotation: present on the class path only when a project builds Wasm. */
    public static final ClassName TEAVM_EXPORT = ClassName.get("org.teavm.interop", "Export");

    private static final String JSON_PACKAGE = "io.jnear.sdk.json";
    public static final ClassName JSON_CODEC = ClassName.get(JSON_PACKAGE, "JsonCodec");
    public static final ClassName JSON_CODECS = ClassName.get(JSON_PACKAGE, "JsonCodecs");
    public static final ClassName BIG_NUMBER_CODECS = ClassName.get(JSON_PACKAGE, "BigNumberCodecs");
    public static final ClassName JSON_KEY = ClassName.get(JSON_PACKAGE, "JsonKey");
    public static final ClassName JSON_READER = ClassName.get(JSON_PACKAGE, "JsonReader");
    public static final ClassName JSON_WRITER = ClassName.get(JSON_PACKAGE, "JsonWriter");
    public static final ClassName JSON_STRUCT = ClassName.get(JSON_PACKAGE, "JsonStruct");
    public static final ClassName JSON_STRUCT_FIELD = ClassName.get(JSON_PACKAGE, "JsonStruct", "Field");

    private static final String BORSH_PACKAGE = "io.jnear.sdk.borsh";
    public static final ClassName BORSH_CODEC = ClassName.get(BORSH_PACKAGE, "BorshCodec");
    public static final ClassName BORSH_CODECS = ClassName.get(BORSH_PACKAGE, "BorshCodecs");
    public static final ClassName BORSH_READER = ClassName.get(BORSH_PACKAGE, "BorshReader");
    public static final ClassName BORSH_WRITER = ClassName.get(BORSH_PACKAGE, "BorshWriter");
    public static final ClassName COLLECTION_PREFIXES = ClassName.get("io.jnear.sdk.collections", "CollectionPrefixes");
    public static final ClassName FIELD_COLLECTIONS = ClassName.get("io.jnear.sdk.collections", "FieldCollections");

    private RuntimeTypes() {
    }
}
