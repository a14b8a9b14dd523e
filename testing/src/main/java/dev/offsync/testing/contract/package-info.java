/**
 * The models the {@link dev.offsync.testing.LocalStoreContract} stores: {@link Todo} and {@link Tag}, and two
 * versions of {@code notes} for migration ({@link ContractTables}).
 */
package dev.offsync.testing.contract;
