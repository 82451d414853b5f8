package io.jnear.runtime.fees;

/**
 * Gas the sandbox charges for a contract's host calls, from NEAR's wasm ext costs, and the model for
 * JVM work: the sandbox cannot count Wasm instructions, so a call is charged a fixed allowance of
 * {@link #CALL_BASE_OPS} instructions at {@link #REGULAR_OP} each, plus every host call below.
 */
public final class HostCosts {
    public static final long BASE = 264_768_111L;

    public static final long READ_MEMORY_BASE = 2_609_863_200L;
    public static final long READ_MEMORY_BYTE = 3_801_333L;
    public static final long WRITE_MEMORY_BASE = 2_803_794_861L;
    public static final long WRITE_MEMORY_BYTE = 2_723_772L;
    public static final long READ_REGISTER_BASE = 2_517_165_186L;
    public static final long READ_REGISTER_BYTE = 98_562L;
    public static final long WRITE_REGISTER_BASE = 2_865_522_486L;
    public static final long WRITE_REGISTER_BYTE = 3_801_564L;

    public static final long STORAGE_WRITE_BASE = 64_196_736_000L;
    public static final long STORAGE_WRITE_KEY_BYTE = 70_482_867L;
    public static final long STORAGE_WRITE_VALUE_BYTE = 31_018_539L;
    public static final long STORAGE_WRITE_EVICTED_BYTE = 32_117_307L;
    public static final long STORAGE_READ_BASE = 56_356_845_749L;
    public static final long STORAGE_READ_KEY_BYTE = 30_952_533L;
    public static final long STORAGE_READ_VALUE_BYTE = 5_611_004L;
    public static final long STORAGE_REMOVE_BASE = 53_473_030_500L;
    public static final long STORAGE_REMOVE_KEY_BYTE = 38_220_384L;
    public static final long STORAGE_REMOVE_RET_VALUE_BYTE = 11_531_556L;
    public static final long STORAGE_HAS_KEY_BASE = 54_039_896_625L;
    public static final long STORAGE_HAS_KEY_BYTE = 30_790_845L;

    public static final long LOG_BASE = 3_543_313_050L;
    public static final long LOG_BYTE = 13_198_791L;
    public static final long PROMISE_AND_BASE = 1_465_013_400L;
    public static final long PROMISE_AND_PER_PROMISE = 5_452_176L;
    public static final long PROMISE_RETURN = 560_152_386L;
    public static final long SHA256_BASE = 4_540_970_250L;
    public static final long SHA256_BYTE = 24_117_351L;
    public static final long KECCAK256_BASE = 5_879_491_275L;
    public static final long KECCAK256_BYTE = 21_471_105L;
    public static final long KECCAK512_BASE = 5_811_388_236L;
    public static final long KECCAK512_BYTE = 36_649_701L;
    public static final long RIPEMD160_BASE = 853_675_086L;
    public static final long RIPEMD160_BLOCK = 680_107_584L;
    public static final long ED25519_VERIFY_BASE = 210_000_000_000L;
    public static final long ED25519_VERIFY_BYTE = 9_000_000L;
    public static final long CONTRACT_LOADING_BASE = 35_445_963L;
    public static final long CONTRACT_LOADING_BYTE = 1_089_295L;
    public static final long REGULAR_OP = 822_756L;

    /**
     * Instructions every call is charged for its own JVM work, until bytecode metering counts them: about
     * what a small Wasm contract executes to decode arguments, run a short method and encode a result.
     */
    public static final long CALL_BASE_OPS = 100_000L;

    private HostCosts() {
    }
}
