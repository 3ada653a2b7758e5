package net.genvoice.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import net.genvoice.communication.control.CallOrder;
import net.genvoice.communication.control.Deliveries;
import net.genvoice.communication.control.DeliveryOutcome;
import net.genvoice.communication.control.DialerGateway;
import net.genvoice.communication.control.EmailGateway;
import net.genvoice.communication.control.EmailOrder;
import net.genvoice.communication.control.LetterOrder;
import net.genvoice.communication.control.MailHouseGateway;

/**
 * Stands for the dialer, the mail house and the email service in the in-container tests (the real
 * gateways and their sandboxes are tested at system level); the EJB module does not deploy without
 * them. Each port's stand-in (nested) names the provider's seeded registry entry and checks the
 * release an order carries, as the real gateways do. It records every order it is given and
 * delivers it, unless told to fail a destination (a number, an address's first line, an email) or
 * to hold every order until released, which lets a test act while a campaign is being sent.
 */
@ApplicationScoped
public class RecordingMessaging {

  /** What to answer for a destination. */
  public enum Answer {
    REJECT,
    FAIL
  }

  /** The providers' entries in the recipient registry, as migration V75 seeds them. */
  public static final String DIALER = "dialer";

  public static final String MAIL_HOUSE = "mail-house";
  public static final String EMAIL_SERVICE = "email-service";

  private final List<Object> received = new CopyOnWriteArrayList<>();
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();
  private final BlockingQueue<Object> held = new LinkedBlockingQueue<>();
  private volatile CountDownLatch gate;

  /** The dialer: records the call, checked against the dialer's release. */
  @ApplicationScoped
  public static class Dialer implements DialerGateway {

    @Inject RecordingMessaging providers;

    @Override
    public String recipientId() {
      return DIALER;
    }

    @Override
    public DeliveryOutcome call(CallOrder order) {
      order.callee().requireFor(DIALER, Deliveries.PURPOSE, CallOrder.FIELDS, Set.of());
      return providers.answer(order, order.phone());
    }
  }

  /** The mail house: records the letter, checked against the mail house's release. */
  @ApplicationScoped
  public static class MailHouse implements MailHouseGateway {

    @Inject RecordingMessaging providers;

    @Override
    public String recipientId() {
      return MAIL_HOUSE;
    }

    @Override
    public DeliveryOutcome post(LetterOrder order) {
      order.addressee().requireFor(MAIL_HOUSE, Deliveries.PURPOSE, LetterOrder.FIELDS, Set.of());
      return providers.answer(order, lineOne(order));
    }
  }

  /** The email service: records the email, checked against the email service's release. */
  @ApplicationScoped
  public static class Email implements EmailGateway {

    @Inject RecordingMessaging providers;

    @Override
    public String recipientId() {
      return EMAIL_SERVICE;
    }

    @Override
    public DeliveryOutcome send(EmailOrder order) {
      order.recipient().requireFor(EMAIL_SERVICE, Deliveries.PURPOSE, EmailOrder.FIELDS, Set.of());
      return providers.answer(order, order.to());
    }
  }

  /** Answers every later order for this destination so. */
  public void answer(String destination, Answer answer) {
    answers.put(destination, answer);
  }

  /** Every later order waits (at most 60 s) until {@link #release()}. */
  public void hold() {
    held.clear();
    gate = new CountDownLatch(1);
  }

  /** The first order that is waiting; fails the test if none arrives in time. */
  public Object awaitHeld(Duration timeout) throws InterruptedException {
    Object order = held.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (order == null) {
      throw new AssertionError("No order reached the provider within " + timeout);
    }
    return order;
  }

  public void release() {
    CountDownLatch open = gate;
    gate = null;
    if (open != null) {
      open.countDown();
    }
  }

  public List<CallOrder> callsTo(String phone) {
    return of(CallOrder.class).stream().filter(call -> call.phone().equals(phone)).toList();
  }

  public List<LetterOrder> lettersTo(String line1) {
    return of(LetterOrder.class).stream().filter(letter -> lineOne(letter).equals(line1)).toList();
  }

  public List<EmailOrder> emailsTo(String address) {
    return of(EmailOrder.class).stream().filter(email -> email.to().equals(address)).toList();
  }

  /** Every order received, in order of arrival. */
  public List<Object> orders() {
    return List.copyOf(received);
  }

  private static String lineOne(LetterOrder letter) {
    String address = letter.address();
    int comma = address.indexOf(',');
    return comma < 0 ? address : address.substring(0, comma);
  }

  private <T> List<T> of(Class<T> type) {
    return received.stream().filter(type::isInstance).map(type::cast).toList();
  }

  DeliveryOutcome answer(Object order, String destination) {
    CountDownLatch waiting = gate;
    if (waiting != null) {
      held.add(order);
      try {
        waiting.await(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return DeliveryOutcome.failed("interrupted");
      }
    }
    received.add(order);
    Answer answer = answers.get(destination);
    if (answer == Answer.REJECT) {
      return DeliveryOutcome.rejected("refused by the test");
    }
    if (answer == Answer.FAIL) {
      return DeliveryOutcome.failed("unavailable in the test");
    }
    return DeliveryOutcome.delivered("test-" + received.size());
  }
}
