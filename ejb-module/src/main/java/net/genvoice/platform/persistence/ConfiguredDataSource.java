package net.genvoice.platform.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The physical data source behind the container's connection pool. It reads the database URL, user
 * and password from MicroProfile Config ({@code genvoice.db.url} or the environment variable {@code
 * GENVOICE_DB_URL}, and so on) each time the pool opens a connection, so that one EAR runs on the
 * embedded H2 database by default and on MySQL by setting, with the driver chosen from the URL.
 */
public class ConfiguredDataSource implements DataSource {

  private static final Map<String, String> DRIVERS =
      Map.of("jdbc:h2:", "org.h2.Driver", "jdbc:mysql:", "com.mysql.cj.jdbc.Driver");

  private PrintWriter logWriter;
  private int loginTimeout;

  @Override
  public Connection getConnection() throws SQLException {
    DatabaseSettings settings = DatabaseSettings.from(config());
    return getConnection(settings.user(), settings.password());
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    DatabaseSettings settings = DatabaseSettings.from(config());
    Properties properties = new Properties();
    if (user != null && !user.isEmpty()) {
      properties.setProperty("user", user);
    }
    if (password != null) {
      properties.setProperty("password", password);
    }
    Connection connection = driverFor(settings.url()).connect(settings.url(), properties);
    if (connection == null) {
      throw new SQLException(
          "The driver refused the configured database URL " + settings.safeUrl());
    }
    return connection;
  }

  private static Config config() {
    return ConfigProvider.getConfig(ConfiguredDataSource.class.getClassLoader());
  }

  private static Driver driverFor(String url) throws SQLException {
    String className =
        DRIVERS.entrySet().stream()
            .filter(entry -> url.startsWith(entry.getKey()))
            .map(Map.Entry::getValue)
            .findFirst()
            .orElseThrow(() -> new SQLException("Unsupported database URL (H2 or MySQL): " + url));
    try {
      return (Driver)
          Class.forName(className, true, ConfiguredDataSource.class.getClassLoader())
              .getDeclaredConstructor()
              .newInstance();
    } catch (ReflectiveOperationException e) {
      throw new SQLException("JDBC driver " + className + " is not available", e);
    }
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public void setLoginTimeout(int seconds) {
    this.loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("Not a wrapper of " + type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
