package io.jnear.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Base58;
import io.jnear.server.home.KeyFile;
import io.jnear.server.tx.Ed25519;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The root's key file: neard's layout, owner-only permissions, and a refusal to load a mismatched pair. */
class KeyFileTest {
    @TempDir
    Path dir;

    @Test
    void writesNeardsLayoutWithTheSeedThenThePublicKeyAsSecret() throws IOException {
        byte[] seed = new byte[32];
        seed[31] = 5;
        Ed25519.KeyPairBytes keys = Ed25519.fromSeed(seed);
        Path file = dir.resolve(KeyFile.NAME);
        new KeyFile(AccountId.of("test.near"), keys).write(file);
        JsonNode json = new ObjectMapper().readTree(file.toFile());
        assertEquals("test.near", json.get("account_id").asText());
        assertEquals(keys.publicKey().toString(), json.get("public_key").asText());
        byte[] secret = Base58.decode(json.get("secret_key").asText().substring("ed25519:".length()));
        assertEquals(64, secret.length);
        assertEquals(Base58.encode(seed), Base58.encode(Arrays.copyOf(secret, 32)));
        assertEquals(Base58.encode(keys.publicKey().bytes()), Base58.encode(Arrays.copyOfRange(secret, 32, 64)));
        assertEquals(keys.publicKey(), KeyFile.read(file).keys().publicKey());
    }

    @Test
    void onlyTheOwnerMayReadTheKeyFile() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path file = dir.resolve(KeyFile.NAME);
        new KeyFile(AccountId.of("test.near"), Ed25519.generate()).write(file);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void aMemoryOnlyServerRemovesItsTemporaryKeyFileWhenItStops() throws IOException {
        SandboxServer server = SandboxServer.start(SandboxServer.Options.defaults().withPort(0));
        Path key = server.keyFile();
        assertEquals(true, Files.exists(key));
        server.close();
        assertEquals(false, Files.exists(key));
        assertEquals(false, Files.exists(key.getParent()));
    }

    @Test
    void aPublicKeyThatDoesNotBelongToTheSecretIsRefused() throws IOException {
        Path file = dir.resolve(KeyFile.NAME);
        new KeyFile(AccountId.of("test.near"), Ed25519.generate()).write(file);
        String text = Files.readString(file).replaceFirst("\"public_key\" : \"[^\"]+\"",
                "\"public_key\" : \"" + Ed25519.generate().publicKey() + "\"");
        Files.writeString(file, text);
        IOException e = assertThrows(IOException.class, () -> KeyFile.read(file));
        assertEquals(file + ": public_key does not belong to secret_key", e.getMessage());
    }
}
