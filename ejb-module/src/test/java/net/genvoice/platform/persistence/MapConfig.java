package net.genvoice.platform.persistence;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.Converter;

/** A MicroProfile Config of fixed string values, for plain unit tests without a container. */
final class MapConfig implements Config {

  private final Map<String, String> values;

  MapConfig(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  @Override
  public <T> T getValue(String name, Class<T> type) {
    return getOptionalValue(name, type).orElseThrow(() -> new NoSuchElementException(name));
  }

  @Override
  public <T> Optional<T> getOptionalValue(String name, Class<T> type) {
    if (type != String.class) {
      throw new IllegalArgumentException("MapConfig holds strings only, asked for " + type);
    }
    return Optional.ofNullable(values.get(name)).map(type::cast);
  }

  @Override
  public ConfigValue getConfigValue(String name) {
    throw new UnsupportedOperationException("MapConfig has no config values with sources");
  }

  @Override
  public Iterable<String> getPropertyNames() {
    return values.keySet();
  }

  @Override
  public Iterable<ConfigSource> getConfigSources() {
    return List.of();
  }

  @Override
  public <T> Optional<Converter<T>> getConverter(Class<T> forType) {
    return Optional.empty();
  }

  @Override
  public <T> T unwrap(Class<T> type) {
    throw new IllegalArgumentException("MapConfig unwraps to nothing");
  }
}
