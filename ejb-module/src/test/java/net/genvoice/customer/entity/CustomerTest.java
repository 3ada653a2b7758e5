package net.genvoice.customer.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CustomerTest {

  private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
  private static final PostalAddress ADDRESS =
      new PostalAddress("1 Main St", null, "Springfield", "IL", "62701", "US");

  private static Customer customer() {
    return new Customer(
        "Ada Lovelace", "ada@example.com", "+14155550100", "hash", ADDRESS, null, NOW);
  }

  @Test
  void firstPaymentMethodBecomesDefaultAndDefaultCanMove() {
    Customer customer = customer();
    PaymentMethod card =
        customer.add(PaymentMethod.card("tok_1", CardBrand.VISA, "1111", 12, 2030, ADDRESS, NOW));
    PaymentMethod paypal = customer.add(PaymentMethod.payPal("ada@example.com", NOW));
    assertTrue(card.isDefault());
    assertFalse(paypal.isDefault());

    customer.chooseDefault(paypal);
    assertFalse(card.isDefault());
    assertTrue(paypal.isDefault());
  }

  @Test
  void removingTheDefaultPromotesTheNextOne() {
    Customer customer = customer();
    PaymentMethod card =
        customer.add(PaymentMethod.card("tok_1", CardBrand.VISA, "1111", 12, 2030, ADDRESS, NOW));
    PaymentMethod paypal = customer.add(PaymentMethod.payPal("ada@example.com", NOW));
    customer.remove(card);
    assertEquals(1, customer.paymentMethods().size());
    assertTrue(paypal.isDefault());
  }

  @Test
  void seatHolderIsLinkedToThePayerAndCanBeClosed() {
    Customer payer = customer();
    Customer seat =
        new Customer(
            "Grace Hopper", "grace@example.com", "+14155550101", "hash", ADDRESS, payer, NOW);
    assertTrue(seat.isSeatHolder());
    assertFalse(payer.isSeatHolder());
    seat.close();
    assertFalse(seat.isActive());
    assertEquals(CustomerStatus.CLOSED, seat.status());
  }
}
