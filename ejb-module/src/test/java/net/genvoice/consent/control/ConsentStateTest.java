package net.genvoice.consent.control;

import static net.genvoice.consent.entity.ConsentPurpose.COOKIES_ANALYTICS;
import static net.genvoice.consent.entity.ConsentPurpose.DISCLOSURE;
import static net.genvoice.consent.entity.ConsentPurpose.MARKETING_DIRECT_MAIL;
import static net.genvoice.consent.entity.ConsentPurpose.MARKETING_EMAIL;
import static net.genvoice.consent.entity.ConsentPurpose.MARKETING_TELEMARKETING;
import static net.genvoice.consent.entity.ConsentPurpose.THIRD_PARTY_MARKETING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.genvoice.consent.entity.ConsentEvent;
import net.genvoice.consent.entity.ConsentEvidence;
import net.genvoice.consent.entity.ConsentKey;
import net.genvoice.consent.entity.ConsentPurpose;
import net.genvoice.privacy.catalogue.PiCategory;
import org.junit.jupiter.api.Test;

/** P12, P17, P24: the current state is the latest event per key; nothing else decides it. */
class ConsentStateTest {

  private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");
  private final List<ConsentEvent> history = new ArrayList<>();

  @Test
  void telemarketingAndDirectMailHoldUntilWithdrawnEverythingElseOnlyOnceGiven() {
    ConsentState nothing = ConsentState.of(history);

    assertTrue(nothing.isGranted(MARKETING_TELEMARKETING, null, null), "P12 opt-out");
    assertTrue(nothing.isGranted(MARKETING_DIRECT_MAIL, null, null), "P12 opt-out");
    assertFalse(nothing.isGranted(MARKETING_EMAIL, null, null));
    assertFalse(nothing.isGranted(THIRD_PARTY_MARKETING, null, null), "P24");
    assertFalse(nothing.isGranted(COOKIES_ANALYTICS, null, null));
    assertFalse(nothing.isGranted(DISCLOSURE, "acme", "credit check"), "P17");
  }

  @Test
  void theLatestEventWinsWhateverTheOrderOfTheHistory() {
    add(MARKETING_EMAIL, null, null, true, 1);
    add(MARKETING_EMAIL, null, null, false, 3);
    add(MARKETING_EMAIL, null, null, true, 2);

    ConsentState state = ConsentState.of(history);

    assertFalse(state.isGranted(MARKETING_EMAIL, null, null));
    assertEquals(3, state.latestOf(key(MARKETING_EMAIL)).get().sequence());
  }

  @Test
  void anOptOutWithdrawnThenGivenAgainHoldsAgain() {
    add(MARKETING_TELEMARKETING, null, null, false, 1);
    assertFalse(ConsentState.of(history).isGranted(MARKETING_TELEMARKETING, null, null));

    add(MARKETING_TELEMARKETING, null, null, true, 2);
    assertTrue(ConsentState.of(history).isGranted(MARKETING_TELEMARKETING, null, null));
  }

  @Test
  void eachDisclosureRecipientAndScopeHasItsOwnState() {
    add(DISCLOSURE, "acme", "credit check", true, 1);
    add(DISCLOSURE, "acme", "marketing study", true, 2);
    add(DISCLOSURE, "acme", "marketing study", false, 3);

    ConsentState state = ConsentState.of(history);

    assertTrue(state.isGranted(DISCLOSURE, "acme", "credit check"));
    assertFalse(state.isGranted(DISCLOSURE, "acme", "marketing study"));
    assertFalse(state.isGranted(DISCLOSURE, "globex", "credit check"), "other recipient");
    assertFalse(state.isGranted(DISCLOSURE, "acme", null), "a disclosure needs its scope");
    assertEquals(2, state.latest().size());
  }

  @Test
  void aPurposeWithoutRecipientIgnoresTheRecipientAskedFor() {
    add(THIRD_PARTY_MARKETING, null, null, true, 1);

    assertTrue(ConsentState.of(history).isGranted(THIRD_PARTY_MARKETING, "acme", null));
  }

  @Test
  void eventsOfTheSameInstantAreOrderedByTheirPlaceInTheHistory() {
    add(MARKETING_EMAIL, null, null, true, 1);
    add(MARKETING_EMAIL, null, null, false, 2);
    List<ConsentEvent> reversed = new ArrayList<>(history);
    java.util.Collections.reverse(reversed);

    assertFalse(ConsentState.of(history).isGranted(key(MARKETING_EMAIL)));
    assertFalse(ConsentState.of(reversed).isGranted(key(MARKETING_EMAIL)), "same instant, T0");
  }

  @Test
  void theEventOffersNoWayToChangeIt() {
    List<String> mutators =
        Arrays.stream(ConsentEvent.class.getDeclaredMethods())
            .filter(m -> Modifier.isPublic(m.getModifiers()))
            .map(Method::getName)
            .filter(name -> name.startsWith("set") || name.startsWith("change"))
            .toList();

    assertEquals(List.of(), mutators, "append-only: no setter on ConsentEvent");
  }

  private static ConsentKey key(ConsentPurpose purpose) {
    return ConsentKey.of(purpose, null, null);
  }

  private void add(
      ConsentPurpose purpose, String recipient, String scope, boolean granted, long sequence) {
    history.add(
        new ConsentEvent(
            "c-1",
            sequence,
            ConsentKey.of(purpose, recipient, scope),
            purpose.namesRecipient() ? List.of(PiCategory.CONTACT) : List.of(),
            granted,
            ConsentEvidence.web(purpose.text(), ConsentPurpose.TEXT_VERSION, "203.0.113.0"),
            T0));
  }
}
