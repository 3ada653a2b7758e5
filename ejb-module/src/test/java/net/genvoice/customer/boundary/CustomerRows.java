package net.genvoice.customer.boundary;

import java.util.Map;
import java.util.stream.Collectors;
import net.genvoice.testing.DatabaseRows;

/** The stored rows of one customer, read with plain JDBC. */
final class CustomerRows {

  private CustomerRows() {}

  static Map<String, Object> customer(DatabaseRows db, String customerId) {
    return db.single("SELECT * FROM customer WHERE id = ?", customerId);
  }

  /** Payment method id to its is_default flag. */
  static Map<String, Boolean> defaults(DatabaseRows db, String customerId) {
    return db
        .query("SELECT id, is_default FROM payment_method WHERE customer_id = ?", customerId)
        .stream()
        .collect(
            Collectors.toMap(
                row -> (String) row.get("id"), row -> (Boolean) row.get("is_default")));
  }
}
