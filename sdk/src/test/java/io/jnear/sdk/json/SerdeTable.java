package io.jnear.sdk.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of {@code serde-table.tsv} beside this class: what serde_json itself makes of each input (see
 * {@link SerdeJsonTableTest} for how they were produced). Published in the SDK's test jar, so the samples run the
 * same rows through a deployed contract.
 */
public final class SerdeTable {
    private SerdeTable() {
    }

    /** One row: the Rust type, the input, and serde_json's output, or null where it refuses the input. */
    public record Row(String rustType, String json, String serdeWrites) {
        @Override
        public String toString() {
            return rustType + " " + json;
        }
    }

    /** Every row, in the table's order; the file writes inputs and outputs as JSON strings. */
    public static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = SerdeTable.class.getResourceAsStream("serde-table.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                rows.add(new Row(cells[0], text(cells[1]), cells[2].equals("refused") ? null : text(cells[2])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static String text(String jsonString) {
        return JsonCodecs.STRING.decode(jsonString.getBytes(StandardCharsets.UTF_8));
    }
}
