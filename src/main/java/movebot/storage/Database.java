package movebot.storage;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;

/**
 * The one SQLite file. WAL with {@code synchronous=FULL} so a committed row survives a power
 * cut; one writer connection whose transactions start with {@code BEGIN IMMEDIATE}, so two
 * writers never deadlock upgrading a read lock; a separate reader connection so queries do
 * not wait behind writes.
 */
public final class Database implements AutoCloseable {
  private static final int BUSY_TIMEOUT_MS = 5_000;

  private final Path file;
  private final Connection writer;
  private final Connection reader;
  private final ReentrantLock writeLock = new ReentrantLock();
  private final ReentrantLock readLock = new ReentrantLock();

  private Database(Path file, Connection writer, Connection reader) {
    this.file = file;
    this.writer = writer;
    this.reader = reader;
  }

  /** Opens (creating if needed, mode 0600) and migrates the database at {@code file}. */
  public static Database open(Path file) {
    Path absolute = file.toAbsolutePath();
    Connection writer = null;
    Connection reader = null;
    try {
      createPrivately(absolute);
      writer = connect(absolute);
      Migrations.apply(writer);
      reader = connect(absolute);
      return new Database(absolute, writer, reader);
    } catch (IOException | SQLException e) {
      closeQuietly(reader);
      closeQuietly(writer);
      throw new StorageException("cannot open database " + absolute + ": " + e.getMessage(), e);
    }
  }

  private static void createPrivately(Path file) throws IOException {
    Path parent = file.getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try {
      // SQLite gives its -wal and -shm files the main file's mode, so this covers all three.
      Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (FileAlreadyExistsException e) {
      // an existing database keeps its mode
    } catch (UnsupportedOperationException e) {
      Files.createFile(file); // not a POSIX file system
    }
  }

  private static Connection connect(Path file) throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    return config.createConnection("jdbc:sqlite:" + file);
  }

  public Path file() {
    return file;
  }

  /** Runs {@code work} in one write transaction; everything or nothing is stored. */
  public <T> T write(SqlWork<T> work) {
    writeLock.lock();
    try {
      writer.setAutoCommit(false);
      try {
        T result = work.run(writer);
        writer.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        writer.rollback();
        throw e;
      } finally {
        writer.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StorageException("database write failed: " + e.getMessage(), e);
    } finally {
      writeLock.unlock();
    }
  }

  /** Runs read-only {@code work} on the reader connection. */
  public <T> T read(SqlWork<T> work) {
    readLock.lock();
    try {
      return work.run(reader);
    } catch (SQLException e) {
      throw new StorageException("database read failed: " + e.getMessage(), e);
    } finally {
      readLock.unlock();
    }
  }

  public int schemaVersion() {
    return read(Migrations::userVersion);
  }

  @Override
  public void close() {
    writeLock.lock();
    readLock.lock();
    try {
      closeQuietly(reader);
      closeQuietly(writer);
    } finally {
      readLock.unlock();
      writeLock.unlock();
    }
  }

  private static void closeQuietly(Connection connection) {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException e) {
        // closing is best effort; the WAL is checkpointed by whichever connection closes last
      }
    }
  }
}
