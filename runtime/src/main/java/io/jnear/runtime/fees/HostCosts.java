package io.jnear.runtime.fees;

import java.util.EnumMap;
import java.util.Map;

/** The gas of each host-cost parameter ({@link ExtCost}) in one protocol version. */
public final class HostCosts {
    private final long[] gas;

    private HostCosts(Map<ExtCost, Long> values) {
        this.gas = new long[ExtCost.values().length];
        for (ExtCost c : ExtCost.values()) {
            Long v = values.get(c);
            if (v == null) {
                throw new IllegalArgumentException("no value for " + c);
            }
            gas[c.ordinal()] = v;
        }
    }

    /** Protocol 86's host costs (unchanged in 87). */
    public static HostCosts protocol86() {
        Map<ExtCost, Long> v = new EnumMap<>(ExtCost.class);
        v.put(ExtCost.BASE, 264_768_111L);
        v.put(ExtCost.CONTRACT_LOADING_BASE, 35_445_963L);
        v.put(ExtCost.CONTRACT_LOADING_BYTES, 1_089_295L);
        v.put(ExtCost.READ_MEMORY_BASE, 2_609_863_200L);
        v.put(ExtCost.READ_MEMORY_BYTE, 3_801_333L);
        v.put(ExtCost.WRITE_MEMORY_BASE, 2_803_794_861L);
        v.put(ExtCost.WRITE_MEMORY_BYTE, 2_723_772L);
        v.put(ExtCost.READ_REGISTER_BASE, 2_517_165_186L);
        v.put(ExtCost.READ_REGISTER_BYTE, 98_562L);
        v.put(ExtCost.WRITE_REGISTER_BASE, 2_865_522_486L);
        v.put(ExtCost.WRITE_REGISTER_BYTE, 3_801_564L);
        v.put(ExtCost.UTF8_DECODING_BASE, 3_111_779_061L);
        v.put(ExtCost.UTF8_DECODING_BYTE, 291_580_479L);
        v.put(ExtCost.UTF16_DECODING_BASE, 3_543_313_050L);
        v.put(ExtCost.UTF16_DECODING_BYTE, 163_577_493L);
        v.put(ExtCost.SHA256_BASE, 4_540_970_250L);
        v.put(ExtCost.SHA256_BYTE, 24_117_351L);
        v.put(ExtCost.KECCAK256_BASE, 5_879_491_275L);
        v.put(ExtCost.KECCAK256_BYTE, 21_471_105L);
        v.put(ExtCost.KECCAK512_BASE, 5_811_388_236L);
        v.put(ExtCost.KECCAK512_BYTE, 36_649_701L);
        v.put(ExtCost.RIPEMD160_BASE, 853_675_086L);
        v.put(ExtCost.RIPEMD160_BLOCK, 680_107_584L);
        v.put(ExtCost.ECRECOVER_BASE, 278_821_988_457L);
        v.put(ExtCost.ED25519_VERIFY_BASE, 210_000_000_000L);
        v.put(ExtCost.ED25519_VERIFY_BYTE, 9_000_000L);
        v.put(ExtCost.LOG_BASE, 3_543_313_050L);
        v.put(ExtCost.LOG_BYTE, 13_198_791L);
        v.put(ExtCost.STORAGE_WRITE_BASE, 64_196_736_000L);
        v.put(ExtCost.STORAGE_WRITE_KEY_BYTE, 70_482_867L);
        v.put(ExtCost.STORAGE_WRITE_VALUE_BYTE, 31_018_539L);
        v.put(ExtCost.STORAGE_WRITE_EVICTED_BYTE, 32_117_307L);
        v.put(ExtCost.STORAGE_READ_BASE, 56_356_845_749L);
        v.put(ExtCost.STORAGE_READ_KEY_BYTE, 30_952_533L);
        v.put(ExtCost.STORAGE_READ_VALUE_BYTE, 5_611_004L);
        // charged for values over Limits.maxInlineValueLength; one gas each (their compute cost is higher)
        v.put(ExtCost.STORAGE_LARGE_READ_OVERHEAD_BASE, 1L);
        v.put(ExtCost.STORAGE_LARGE_READ_OVERHEAD_BYTE, 1L);
        v.put(ExtCost.STORAGE_REMOVE_BASE, 53_473_030_500L);
        v.put(ExtCost.STORAGE_REMOVE_KEY_BYTE, 38_220_384L);
        v.put(ExtCost.STORAGE_REMOVE_RET_VALUE_BYTE, 11_531_556L);
        v.put(ExtCost.STORAGE_HAS_KEY_BASE, 54_039_896_625L);
        v.put(ExtCost.STORAGE_HAS_KEY_BYTE, 30_790_845L);
        // both 2.28 Ggas since protocol 82
        v.put(ExtCost.TOUCHING_TRIE_NODE, 2_280_000_000L);
        v.put(ExtCost.READ_CACHED_TRIE_NODE, 2_280_000_000L);
        v.put(ExtCost.PROMISE_AND_BASE, 1_465_013_400L);
        v.put(ExtCost.PROMISE_AND_PER_PROMISE, 5_452_176L);
        v.put(ExtCost.PROMISE_RETURN, 560_152_386L);
        v.put(ExtCost.ALT_BN128_G1_MULTIEXP_BASE, 713_000_000_000L);
        v.put(ExtCost.ALT_BN128_G1_MULTIEXP_ELEMENT, 320_000_000_000L);
        v.put(ExtCost.ALT_BN128_G1_SUM_BASE, 3_000_000_000L);
        v.put(ExtCost.ALT_BN128_G1_SUM_ELEMENT, 5_000_000_000L);
        v.put(ExtCost.ALT_BN128_PAIRING_CHECK_BASE, 9_686_000_000_000L);
        v.put(ExtCost.ALT_BN128_PAIRING_CHECK_ELEMENT, 5_102_000_000_000L);
        v.put(ExtCost.WASM_INSTRUCTION, 822_756L);
        return new HostCosts(v);
    }

    /** Gas of one unit of {@code cost}. */
    public long gas(ExtCost cost) {
        return gas[cost.ordinal()];
    }
}
