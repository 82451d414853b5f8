package io.jnear.server.home;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Base58;
import io.jnear.server.tx.Ed25519;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A key file in neard's {@code validator_key.json} layout: {@code account_id}, {@code public_key} and
 * {@code secret_key} ({@code ed25519:} + base58 of the 64-byte secret key), so NEAR's clients and
 * near-workspaces can sign with it as they do with a neard sandbox's.
 */
public record KeyFile(AccountId accountId, Ed25519.KeyPairBytes keys) {
    public static final String NAME = "validator_key.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public static KeyFile read(Path file) throws IOException {
        JsonNode json = MAPPER.readTree(file.toFile());
        String secret = json.path("secret_key").asText("");
        if (!secret.startsWith("ed25519:")) {
            throw new IOException(file + ": secret_key must be an ed25519 key");
        }
        byte[] bytes = Base58.decode(secret.substring("ed25519:".length()));
        if (bytes.length != 64) {
            throw new IOException(file + ": an ed25519 secret key has 64 bytes, not " + bytes.length);
        }
        Ed25519.KeyPairBytes keys = Ed25519.fromSeed(Arrays.copyOf(bytes, 32));
        if (!keys.publicKey().toString().equals(json.path("public_key").asText())) {
            throw new IOException(file + ": public_key does not belong to secret_key");
        }
        return new KeyFile(AccountId.of(json.path("account_id").asText()), keys);
    }

    public void write(Path file) throws IOException {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("account_id", accountId.toString());
        json.put("public_key", keys.publicKey().toString());
        json.put("secret_key", "ed25519:" + Base58.encode(keys.secretKey()));
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        if (tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            // a secret key: readable by its owner only, from the moment it exists
            Files.createFile(tmp, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
        }
        Files.write(tmp, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(json));
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
