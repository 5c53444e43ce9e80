package movebot.storage;

/** The database could not be opened or used; the message says which file and what to do. */
public final class StorageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StorageException(String message, Throwable cause) {
    super(message, cause);
  }
}
