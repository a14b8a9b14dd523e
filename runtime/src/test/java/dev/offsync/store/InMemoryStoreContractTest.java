package dev.offsync.store;

/** The store contract on {@link InMemoryStore}. */
class InMemoryStoreContractTest extends LocalStoreContract {

  @Override
  LocalStoreFactory newStore() {
    return InMemoryStore.create();
  }
}
