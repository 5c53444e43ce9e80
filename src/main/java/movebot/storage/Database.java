package movebot.storage;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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
  private static final Logger log = LoggerFactory.getLogger(Database.class);
  private static final int BUSY_TIMEOUT_MS = 5_000;
  private static final int SQLITE_BUSY = 5;
  private static final int SQLITE_LOCKED = 6;
  private static final int SQLITE_READONLY = 8;
  private static final int SQLITE_FULL = 13;
  private static final int SQLITE_CANTOPEN = 14;
  static final Duration FLUSH_EVERY = Duration.ofMillis(50);

  private final Path file;
  private final Connection writer;
  private final Connection reader;
  private final ReentrantLock writeLock = new ReentrantLock();
  private final ReentrantLock readLock = new ReentrantLock();
  private final ConcurrentLinkedQueue<SqlWork<?>> deferred = new ConcurrentLinkedQueue<>();
  private final ScheduledExecutorService flusher;
  private long lastFlushErrorLog; // only the flusher thread uses it

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
      checkWritable(writer);
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
      throw new StorageException("cannot open database " + absolute + ": " + explain(absolute, e), e);
    } catch (FileSystemException e) { // no permission, read-only file system, not a folder
      throw new StorageException(
          "cannot create database " + absolute + ": " + (e.getReason() == null ? "permission denied" : e.getReason())
              + " (" + e.getFile() + "). movebot must be able to create and write files in "
              + absolute.getParent() + ".", e);
    } catch (IOException e) {
      throw new StorageException("cannot create database " + absolute + ": " + e, e);
    }
  }

  /**
   * SQLite's message, and for the failures an operator can fix, what to do about them. The
   * result code may sit on a wrapped exception (a failed migration wraps the original).
   */
  static String explain(Path file, SQLException error) {
    int code = 0;
    for (Throwable t = error; t != null && code == 0; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        code = sql.getErrorCode() & 0xff; // the primary result code, also of an extended one
      }
    }
    String hint =
        switch (code) {
          case SQLITE_BUSY, SQLITE_LOCKED -> "the database is locked by another process (waited "
              + BUSY_TIMEOUT_MS / 1000 + " s); close whatever holds it, such as an sqlite3 shell"
              + " with an open transaction or a second movebot";
          case SQLITE_READONLY -> "the database is read-only; movebot must be able to write " + file
              + " and create its -wal and -shm files in " + file.getParent();
          case SQLITE_CANTOPEN -> "SQLite cannot open or create its files; movebot must be able to write " + file
              + " and create its -wal and -shm files in " + file.getParent();
          case SQLITE_FULL -> "the disk is full (or the database reached its size limit); free some space";
          default -> null;
        };
    return hint == null ? error.getMessage() : hint + " (" + error.getMessage() + ")";
  }

  /**
   * SQLite opens a file it may not write read-only without a word, and an up-to-date schema
   * needs no write, so without this a read-only file would fail only at the first write. Writes
   * the header's version unchanged and rolls back: a real write that leaves no trace.
   */
  private static void checkWritable(Connection writer) throws SQLException {
    int version = Migrations.userVersion(writer);
    try (Statement st = writer.createStatement()) {
      st.execute("BEGIN IMMEDIATE");
      try {
        st.execute("PRAGMA user_version = " + version);
      } finally {
        st.execute("ROLLBACK");
      }
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
    } catch (SQLException e) {
      throw new StorageException("database write failed: " + explain(file, e), e);
    } finally {
      writeLock.unlock();
    }
  }

  /** The timer's flush: while writes keep failing (a lock, a full disk) it says so once a minute, not 20 times a second. */
  private void flushQuietly() {
    try {
      flush();
      lastFlushErrorLog = 0;
    } catch (RuntimeException e) {
      long now = System.nanoTime();
      if (lastFlushErrorLog == 0 || now - lastFlushErrorLog > TimeUnit.MINUTES.toNanos(1)) {
        lastFlushErrorLog = now;
        log.error("Could not write {} deferred changes; will keep trying: {}", deferred.size(), e.getMessage());
      }
    }
  }

  /**
   * Called with the write lock held. Each deferred write stands alone: one failing skips only
   * itself. If the transaction cannot even begin (locked, full), the writes stay queued.
   */
  private void commitDeferred() throws SQLException {
    if (deferred.isEmpty()) {
      return;
    }
    try (Statement control = writer.createStatement()) {
      control.execute("BEGIN IMMEDIATE");
      boolean committed = false;
      try {
        for (SqlWork<?> work = deferred.peek(); work != null; work = deferred.peek()) {
          try {
            work.run(writer);
          } catch (SQLException | RuntimeException e) {
            log.warn("Dropped a deferred write: {}", e.getMessage());
          }
          deferred.poll();
        }
        control.execute("COMMIT");
        committed = true;
      } finally {
        if (!committed) {
          rollback(control);
        }
      }
    }
  }

  /**
   * Runs {@code work} in one write transaction; everything or nothing is stored.
   *
   * <p>The transaction is begun and ended with explicit statements rather than the driver's
   * auto-commit switch: sqlite-jdbc turns auto-commit off before its {@code BEGIN} runs, so a
   * {@code BEGIN} that failed (the database locked by another process) left the connection
   * without a transaction but believing it had one, and every later write failed.
   */
  public <T> T write(SqlWork<T> work) {
    writeLock.lock();
    try (Statement control = writer.createStatement()) {
      commitDeferred(); // earlier deferred writes land first: a person's row before their feedback
      control.execute("BEGIN IMMEDIATE"); // waits up to the busy timeout for another writer
      boolean committed = false;
      try {
        T result = work.run(writer);
        control.execute("COMMIT");
        committed = true;
        return result;
      } finally {
        if (!committed) {
          rollback(control);
        }
      }
    } catch (SQLException e) {
      throw new StorageException("database write failed: " + explain(file, e), e);
    } finally {
      writeLock.unlock();
    }
  }

  /** Ends a failed transaction; SQLite may have rolled it back already (e.g. after SQLITE_FULL). */
  private static void rollback(Statement control) {
    try {
      control.execute("ROLLBACK");
    } catch (SQLException e) {
      if (!String.valueOf(e.getMessage()).contains("no transaction is active")) {
        log.warn("Could not roll back a failed write: {}", e.getMessage());
      }
    }
  }

  /** Runs read-only {@code work} on the reader connection. */
  public <T> T read(SqlWork<T> work) {
    readLock.lock();
    try {
      return work.run(reader);
    } catch (SQLException e) {
      throw new StorageException("database read failed: " + explain(file, e), e);
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
      log.error("Could not write deferred changes at close: {}", e.getMessage());
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
