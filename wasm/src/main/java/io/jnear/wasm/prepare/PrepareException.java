package io.jnear.wasm.prepare;

/** nearcore refuses the module: {@link Kind} names the {@code PrepareError} variant it reports. */
public final class PrepareException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** nearcore's {@code PrepareError} variants that preparation can produce. */
    public enum Kind {
        DESERIALIZATION("Deserialization"),
        INSTANTIATE("Instantiate"),
        MEMORY("Memory"),
        TOO_MANY_FUNCTIONS("TooManyFunctions"),
        TOO_MANY_LOCALS("TooManyLocals"),
        TOO_MANY_TABLES("TooManyTables"),
        TOO_MANY_TABLE_ELEMENTS("TooManyTableElements");

        private final String nearName;

        Kind(String nearName) {
            this.nearName = nearName;
        }

        /** The variant's name as nearcore spells it. */
        public String nearName() {
            return nearName;
        }
    }

    private final Kind kind;

    public PrepareException(Kind kind) {
        this(kind, null);
    }

    public PrepareException(Kind kind, String detail) {
        super(kind.nearName() + (detail == null ? "" : ": " + detail), null, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
