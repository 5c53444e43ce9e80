package movebot.storage;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * The one SQLite file. WAL with {@code synchronous=FULL} so a committed row survives a power
 * cut; one writer connection whose transactions start with {@code BEGIN IMMEDIATE}, so two
 * writers never deadlock upgrading a read lock; a separate reader connection so queries do
 * not wait behind writes.
 *
 * <p>Every commit waits for the disk (a few milliseconds here), so small writes that may be
 * lost in a crash without harm, such as "this person was seen", can be {@linkplain #defer
 * deferred}: they are committed together every {@link #FLUSH_EVERY}, and always before any
 * later {@link #write}, so they keep their order with everything else.
 */
public final class Database implements AutoCloseable {
  private static final int BUSY_TIMEOUT_MS = 5_000;
  static final Duration FLUSH_EVERY = Duration.ofMillis(50);
  private static final Logger log = LoggerFactory.getLogger(Database.class);

  private final Path file;
  private final Connection writer;
  private final Connection reader;
  private final ReentrantLock writeLock = new ReentrantLock();
  private final ReentrantLock readLock = new ReentrantLock();
  private final ConcurrentLinkedQueue<SqlWork<?>> deferred = new ConcurrentLinkedQueue<>();
  private final ScheduledExecutorService flusher;

  private Database(Path file, Connection writer, Connection reader) {
    this.file = file;
    this.writer = writer;
    this.reader = reader;
    this.flusher =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "movebot-db-flush");
              t.setDaemon(true);
              return t;
            });
    long every = FLUSH_EVERY.toMillis();
    flusher.scheduleWithFixedDelay(this::flushQuietly, every, every, TimeUnit.MILLISECONDS);
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
    } catch (SQLException e) {
      closeQuietly(reader);
      closeQuietly(writer);
      if (isDamaged(e)) {
        throw new StorageException(
            "database " + absolute + " is damaged or not a movebot database (" + e.getMessage() + ")."
                + " Stop here: restore the latest backup (made with 'movebot backup FILE') over it,"
                + " or move it aside to start with an empty one.", e);
      }
      throw new StorageException("cannot open database " + absolute + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new StorageException("cannot create database " + absolute + ": " + e, e);
    }
  }

  private static boolean isDamaged(SQLException e) {
    String message = String.valueOf(e.getMessage());
    return message.contains("SQLITE_NOTADB") || message.contains("SQLITE_CORRUPT")
        || message.contains("file is not a database") || message.contains("malformed");
  }

  /**
   * Writes a consistent copy to {@code target} with {@code VACUUM INTO}, while the bot keeps
   * writing: the copy is one read snapshot. Never copy the live file: it can be mid-write.
   */
  public void backup(Path target) {
    Path absolute = target.toAbsolutePath();
    if (Files.exists(absolute)) {
      throw new StorageException("backup target " + absolute + " exists already; choose a new file name", null);
    }
    read(c -> {
      try (var st = c.prepareStatement("VACUUM INTO ?")) {
        st.setString(1, absolute.toString());
        st.execute();
      }
      return null;
    });
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

  /**
   * Queues a small write to be committed with others within {@link #FLUSH_EVERY}. Only for
   * writes whose loss in a crash does no harm; a failure is logged, not thrown.
   */
  public void defer(SqlWork<?> work) {
    deferred.add(work);
  }

  /** Commits every deferred write now. */
  public void flush() {
    writeLock.lock();
    try {
      commitDeferred();
    } finally {
      writeLock.unlock();
    }
  }

  private void flushQuietly() {
    try {
      flush();
    } catch (RuntimeException e) {
      log.error("Could not write deferred changes; will try again", e);
    }
  }

  /** Called with the write lock held. Each deferred write stands alone: one failing skips only itself. */
  private void commitDeferred() {
    if (deferred.isEmpty()) {
      return;
    }
    try {
      writer.setAutoCommit(false);
      try {
        for (SqlWork<?> work = deferred.poll(); work != null; work = deferred.poll()) {
          try {
            work.run(writer);
          } catch (SQLException e) {
            log.warn("Dropped a deferred write: {}", e.getMessage());
          }
        }
        writer.commit();
      } catch (SQLException | RuntimeException e) {
        writer.rollback();
        throw e;
      } finally {
        writer.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StorageException("database write failed: " + e.getMessage(), e);
    }
  }

  /** Runs {@code work} in one write transaction; everything or nothing is stored. */
  public <T> T write(SqlWork<T> work) {
    writeLock.lock();
    try {
      commitDeferred(); // earlier deferred writes land first: a person's row before their feedback
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
    flusher.shutdown();
    try {
      flusher.awaitTermination(2, TimeUnit.SECONDS);
      flush();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      log.error("Could not write deferred changes at close", e);
    }
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
