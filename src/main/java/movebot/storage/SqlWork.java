package movebot.storage;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of database work run by {@link Database#read} or {@link Database#write}. */
@FunctionalInterface
public interface SqlWork<T> {
  T run(Connection connection) throws SQLException;
}
