package dev.offsync.store;

import dev.offsync.SyncClient;

/**
 * Supplies the passphrase that encrypts a local store file ({@code SyncClient.builder().encryptionKey(...)}).
 *
 * <p>Offsync asks for the key each time it opens a connection to the store (when the client is built, and
 * whenever it needs another read connection) and keeps no copy: it clears the returned array as soon as the
 * connection is keyed. So return a fresh array on every call, for example read from the platform's key store
 * or derived from the user's password, and make the supplier thread-safe. Keys are never logged.
 */
@FunctionalInterface
public interface KeySupplier {

  /** The passphrase, not empty; Offsync overwrites the array after use. */
  char[] key();
}
