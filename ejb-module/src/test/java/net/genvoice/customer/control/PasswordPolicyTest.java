package net.genvoice.customer.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** P03: weak passwords are refused at sign-up. */
class PasswordPolicyTest {

  private static final String COMMON =
      "This password is too common; choose one that is harder to guess";
  private static final String PERSONAL =
      "The password must not contain your name, email address or phone number";

  private final PasswordPolicy policy = new PasswordPolicy();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "lantern orbit pickle meadow",
        "Tr0ub4dor&3-wide-lemur",
        "vanilla-kayak-metronome",
        "zq8#Lm2!vR0p",
        "Blue-Cactus-88-Drift"
      })
  void acceptsStrongPasswords(String password) {
    assertEquals(
        Optional.empty(), policy.problemWith(password, "Jane Doe", "jane.doe@example.com"));
  }

  @Test
  void requiresAPassword() {
    assertEquals(Optional.of("A password is required"), policy.problemWith(null));
    assertEquals(Optional.of("A password is required"), policy.problemWith(""));
  }

  @Test
  void enforcesTheLengthBounds() {
    String tooShort = "k8#Vq2!mZr4";
    assertEquals(PasswordPolicy.MIN_LENGTH - 1, tooShort.length());
    assertEquals(
        Optional.of("The password must have at least 12 characters"), policy.problemWith(tooShort));
    assertEquals(Optional.empty(), policy.problemWith(tooShort + "w"));

    String longest = "k8#Vq2!mZr4w".repeat(10) + "k8#Vq2!m";
    assertEquals(PasswordPolicy.MAX_LENGTH, longest.length());
    assertEquals(Optional.empty(), policy.problemWith(longest));
    assertEquals(
        Optional.of("The password must have at most 128 characters"),
        policy.problemWith(longest + "x"));
  }

  @Test
  void countsCharactersNotUtf16Units() {
    String elevenEmoji = "\uD83D\uDD12".repeat(11);
    assertEquals(
        Optional.of("The password must have at least 12 characters"),
        policy.problemWith(elevenEmoji));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "passwordpassword",
        "PasswordPassword",
        "123456789012",
        "qwertyuiopasdfgh",
        "iloveyou1234",
        "ILoveYou123456",
        "password1234!",
        "Password123456!!",
        "!!!password2024",
        "P@ssw0rd123456",
        "p4ssw0rd-2025!!",
        "Welcome2025!!",
        "letmein123456",
        "dragon!!!!!!!!",
        "1qaz2wsx3edc4rfv",
        "Summer2025!!!",
        "111111111111",
        "trustno1trustno1",
        "correcthorsebatterystaple",
        "Correct Horse Battery Staple",
        "pass word pass word"
      })
  void refusesCommonPasswordsAndTheirPaddedVariants(String password) {
    assertEquals(Optional.of(COMMON), policy.problemWith(password));
  }

  @Test
  void refusesPasswordsContainingPersonalValues() {
    assertEquals(
        Optional.of(PERSONAL),
        policy.problemWith("Zq8#Bartholomew!", "Bartholomew Smith", "b.smith@example.com"));
    assertEquals(
        Optional.of(PERSONAL),
        policy.problemWith("my-JSMITH-is-strong", "John Smith", "jsmith@example.com"));
    assertEquals(
        Optional.of(PERSONAL),
        policy.problemWith("call-4155550132-now", "+14155550132", "4155550132"));
  }

  @Test
  void ignoresShortAndMissingPersonalValues() {
    assertEquals(Optional.empty(), policy.problemWith("Zq8#kayak-Li-Wu!", "Li Wu", "li@wu.io"));
    assertEquals(Optional.empty(), policy.problemWith("Zq8#kayak-metronome", (String) null));
    assertEquals(Optional.empty(), policy.problemWith("Zq8#kayak-metronome", (String[]) null));
    assertEquals(Optional.empty(), policy.problemWith("Zq8#kayak-metronome"));
  }

  @Test
  void messagesNeverContainThePassword() {
    String password = "jane.doe-secret!";
    Optional<String> problem = policy.problemWith(password, "jane.doe@example.com");
    assertTrue(problem.isPresent());
    assertFalse(problem.get().contains(password));
  }

  @Test
  void theBlockListHasAtLeastFiveHundredEntries() {
    assertTrue(CommonPasswords.size() >= 500, "only " + CommonPasswords.size());
  }
}
