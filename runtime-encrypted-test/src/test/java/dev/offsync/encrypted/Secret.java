package dev.offsync.encrypted;

import dev.offsync.annotations.Id;
import dev.offsync.annotations.SyncTable;

/**
 * A test model whose text must never appear in the store file's bytes.
 *
 * @param id the id
 * @param text the secret text
 */
@SyncTable("secrets")
public record Secret(@Id String id, String text) {}
