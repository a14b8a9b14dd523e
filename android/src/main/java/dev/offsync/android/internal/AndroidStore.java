package dev.offsync.android.internal;

import android.database.SQLException;
import android.database.sqlite.SQLiteDatabase;
import dev.offsync.errors.StoreException;
import dev.offsync.internal.store.sqlite.OpenTables;
import dev.offsync.internal.store.sqlite.RowSql;
import dev.offsync.internal.store.sqlite.SqliteStoreConfig;
import dev.offsync.internal.store.sqlite.StoreInitializer;
import dev.offsync.schema.TableDefinition;
import dev.offsync.store.LocalStore;
import dev.offsync.store.ReadTransaction;
import dev.offsync.store.WriteTransaction;
import java.io.File;
import java.time.Clock;
import java.util.Collection;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The {@link LocalStore} on {@code android.database.sqlite}: the SQLite store's file layout, SQL and rules
 * (it reuses the runtime's SQL, schema initializer and migrator), on Android's SQLite.
 *
 * <p><b>Thread safety.</b> Any thread may read and write. Writes run one at a time under {@link #writeLock},
 * as {@code BEGIN IMMEDIATE} transactions of the writer database (WAL). Reads run on {@link Readers}, each on
 * one snapshot beside the writer.
 */
public final class AndroidStore implements LocalStore {

  private final File file;
  private final String openKey;
  private final SQLiteDatabase writer;
  private final Readers readers;
  private final Clock clock;
  /** The tables this store was opened with. */
  private final OpenTables tables;
  /** Held for the whole of each write transaction, and by {@link #close} while it closes the writer. */
  private final ReentrantLock writeLock = new ReentrantLock();
  /** Set under {@link #writeLock}, so a write in progress finishes first. */
  private boolean closed;
  /** Set as {@link #close} begins: reads fail from then on, while a write in progress may still finish. */
  private volatile boolean closing;

  private AndroidStore(File file, String openKey, SQLiteDatabase writer, Clock clock, OpenTables tables) {
    this.file = file;
    this.openKey = openKey;
    this.writer = writer;
    this.readers = new Readers(file);
    this.clock = clock;
    this.tables = tables;
  }

  /**
   * Opens (creating if needed) and initializes a store for these tables, as the SQLite store does: the
   * system tables, every table created or migrated, in one transaction.
   *
   * @throws StoreException naming the file and the fix, if it cannot be used
   */
  public static AndroidStore open(File file, Collection<? extends TableDefinition<?>> tables, Clock clock) {
    OpenTables known = new OpenTables(tables);
    String key = OpenFiles.claim(file);
    SQLiteDatabase writer = null;
    try {
      // No localized collators: Android would add its android_metadata table, and the store must hold
      // only Offsync's tables to be recognized as one.
      writer = SQLiteDatabase.openDatabase(file.getPath(), null, SQLiteDatabase.CREATE_IF_NECESSARY
          | SQLiteDatabase.ENABLE_WRITE_AHEAD_LOGGING | SQLiteDatabase.NO_LOCALIZED_COLLATORS);
      new StoreInitializer(Jdbc.connection(writer), SqliteStoreConfig.file(file.toPath()))
          .initialize(tables, clock.instant());
      return new AndroidStore(file, key, writer, clock, known);
    } catch (java.sql.SQLException | RuntimeException e) {
      if (writer != null) {
        writer.close();
      }
      OpenFiles.release(key);
      throw e instanceof StoreException store ? store : new StoreException("Could not open the local store "
          + file + ": " + e.getMessage() + ". Point the client at a new file or at an Offsync store.", e);
    }
  }

  @Override
  public ReadTransaction beginRead() {
    SQLiteDatabase reader = readers.lend();
    try {
      return new AndroidReadTransaction(this, reader, () -> readers.giveBack(reader));
    } catch (RuntimeException e) {
      readers.giveBack(reader);
      throw e;
    }
  }

  @Override
  public <R> R write(Function<WriteTransaction, R> work) {
    if (writeLock.isHeldByCurrentThread()) {
      throw new IllegalStateException("A write transaction is already open on this thread; nested write"
          + " transactions are not supported");
    }
    writeLock.lock();
    try {
      if (closed) {
        throw Readers.closed(file);
      }
      return inTransaction(work);
    } finally {
      writeLock.unlock();
    }
  }

  private <R> R inTransaction(Function<WriteTransaction, R> work) {
    call("begin a write", () -> {
      writer.beginTransactionNonExclusive();
      return null;
    });
    AndroidWriteTransaction transaction = new AndroidWriteTransaction(this, writer, clock);
    boolean succeeded = false;
    try {
      R result = work.apply(transaction);
      transaction.closeStreams();
      writer.setTransactionSuccessful();
      succeeded = true;
      return result;
    } finally {
      if (!succeeded) {
        transaction.closeStreams();
      }
      // Commits when marked successful, else rolls back; a failed commit throws and changes nothing.
      call(succeeded ? "commit a write" : "roll back a write", () -> {
        writer.endTransaction();
        return null;
      });
    }
  }

  /** Runs a storage call, turning Android's SQL errors into store errors that name the store. */
  <R> R call(String action, Supplier<R> storage) {
    try {
      return storage.get();
    } catch (SQLException e) {
      throw failure(action, e);
    } catch (IllegalStateException e) {
      // Android's answer to a database closed under a read transaction.
      if (closing) {
        throw Readers.closed(file);
      }
      throw e;
    }
  }

  /** Whether {@link #close} has begun. */
  boolean isClosing() {
    return closing;
  }

  /** Fails once the store is closing: a read may not start or go on then. */
  void checkReadable() {
    if (closing) {
      throw Readers.closed(file);
    }
  }

  /** The SQL of a table this store was opened with. */
  RowSql rows(TableDefinition<?> definition) {
    return tables.rows(definition, describe());
  }

  private StoreException failure(String action, SQLException e) {
    return new StoreException("Could not " + action + " in the local store " + describe() + ": "
        + e.getMessage(), e);
  }

  @Override
  public String describe() {
    return file.toString();
  }

  @Override
  public void close() {
    closing = true;
    readers.close();
    writeLock.lock();
    try {
      if (!closed) {
        closed = true;
        writer.close();
        OpenFiles.release(openKey);
      }
    } finally {
      writeLock.unlock();
    }
  }
}
