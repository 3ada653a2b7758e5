package net.genvoice.testing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import net.genvoice.disclosure.outbound.ReleasedData;
import net.genvoice.payment.control.CardDeclinedException;
import net.genvoice.payment.control.CardDetails;
import net.genvoice.payment.control.CardToken;
import net.genvoice.payment.control.Money;
import net.genvoice.payment.control.PaymentGateway;
import net.genvoice.payment.control.ProviderReceipt;
import net.genvoice.platform.error.ProviderUnavailableException;

/**
 * Stands for the card provider in the in-container tests: the real gateway and its sandbox are
 * tested at system level. It is the only {@link PaymentGateway} in a test archive (the EJB module
 * alone does not deploy without one). It records the cards it was released, answers {@code
 * tok_test_<n>}, declines numbers ending in 0002 and is unreachable for numbers ending in 0010.
 */
@ApplicationScoped
public class RecordingPaymentGateway implements PaymentGateway {

  public static final String DECLINED_SUFFIX = "0002";
  public static final String UNAVAILABLE_SUFFIX = "0010";

  private final List<CardDetails> received = new CopyOnWriteArrayList<>();
  private final AtomicInteger issued = new AtomicInteger();

  @Override
  public String recipientId() {
    return "card-provider";
  }

  @Override
  public CardToken tokenize(ReleasedData released) {
    CardDetails card = CardDetails.of(released);
    received.add(card);
    if (card.number().endsWith(DECLINED_SUFFIX)) {
      throw new CardDeclinedException("do not honour");
    }
    if (card.number().endsWith(UNAVAILABLE_SUFFIX)) {
      throw new ProviderUnavailableException("card payment provider");
    }
    return new CardToken("tok_test_" + issued.incrementAndGet(), card.lastFour());
  }

  @Override
  public void verify(ReleasedData card, String idempotencyKey) {}

  @Override
  public ProviderReceipt authorize(ReleasedData instrument, Money amount, String idempotencyKey) {
    return new ProviderReceipt("auth_" + idempotencyKey, "authorized");
  }

  @Override
  public ProviderReceipt capture(
      ReleasedData instrument, String authorizationId, Money amount, String idempotencyKey) {
    return new ProviderReceipt("ch_" + idempotencyKey, "captured");
  }

  @Override
  public ProviderReceipt refund(
      ReleasedData instrument, String chargeId, Money amount, String idempotencyKey) {
    return new ProviderReceipt("re_" + idempotencyKey, "refunded");
  }

  /** Every card this gateway was given with this number, oldest first. */
  public List<CardDetails> receivedWithNumber(String number) {
    return received.stream().filter(card -> card.number().equals(number)).toList();
  }
}
