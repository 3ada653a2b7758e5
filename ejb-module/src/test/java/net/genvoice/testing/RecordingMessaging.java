package net.genvoice.testing;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import net.genvoice.communication.control.CallOrder;
import net.genvoice.communication.control.DeliveryOutcome;
import net.genvoice.communication.control.DialerGateway;
import net.genvoice.communication.control.EmailGateway;
import net.genvoice.communication.control.EmailOrder;
import net.genvoice.communication.control.LetterOrder;
import net.genvoice.communication.control.MailHouseGateway;

/**
 * Stands for the dialer, the mail house and the email service in the in-container tests (the real
 * gateways and their sandboxes are tested at system level); the EJB module does not deploy without
 * them. It records every order it is given and delivers it, unless told to fail a destination (a
 * number, an address line, an email) or to hold every order until released, which lets a test act
 * while a campaign is being sent.
 */
@ApplicationScoped
public class RecordingMessaging implements DialerGateway, MailHouseGateway, EmailGateway {

  /** What to answer for a destination. */
  public enum Answer {
    REJECT,
    FAIL
  }

  private final List<Object> received = new CopyOnWriteArrayList<>();
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();
  private final BlockingQueue<Object> held = new LinkedBlockingQueue<>();
  private volatile CountDownLatch gate;

  @Override
  public DeliveryOutcome call(CallOrder order) {
    return answer(order, order.phone());
  }

  @Override
  public DeliveryOutcome post(LetterOrder order) {
    return answer(order, order.address().line1());
  }

  @Override
  public DeliveryOutcome send(EmailOrder order) {
    return answer(order, order.to());
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
    return of(LetterOrder.class).stream()
        .filter(letter -> letter.address().line1().equals(line1))
        .toList();
  }

  public List<EmailOrder> emailsTo(String address) {
    return of(EmailOrder.class).stream().filter(email -> email.to().equals(address)).toList();
  }

  private <T> List<T> of(Class<T> type) {
    return received.stream().filter(type::isInstance).map(type::cast).toList();
  }

  private DeliveryOutcome answer(Object order, String destination) {
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
