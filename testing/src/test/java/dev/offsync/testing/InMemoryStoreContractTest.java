package dev.offsync.testing;

import dev.offsync.store.LocalStoreFactory;

/** The store contract on {@link InMemoryStore}. */
class InMemoryStoreContractTest extends LocalStoreContract {

  @Override
  protected LocalStoreFactory newStore() {
    return InMemoryStore.create();
  }
}
