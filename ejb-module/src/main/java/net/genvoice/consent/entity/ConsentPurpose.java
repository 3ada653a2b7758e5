package net.genvoice.consent.entity;

import static net.genvoice.privacy.catalogue.PiCategory.CONTACT;
import static net.genvoice.privacy.catalogue.PiCategory.DEVICE_AND_SESSION;
import static net.genvoice.privacy.catalogue.PiCategory.IDENTITY;
import static net.genvoice.privacy.catalogue.PiCategory.SURVEY;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.genvoice.privacy.catalogue.PiCategory;

/**
 * The catalogue of consent purposes, each with a stable code and the versioned text shown to the
 * customer. Telemarketing and direct mail are opt-out (P12: the policy announces them "until you
 * opt out"); every other purpose needs a consent given in advance (P17, P24, P25).
 */
public enum ConsentPurpose {
  MARKETING_TELEMARKETING(
      "marketing.telemarketing",
      "Marketing",
      "GenVoice may call you to tell you about GenVoice services we think will interest you.",
      true,
      IDENTITY,
      CONTACT),
  MARKETING_DIRECT_MAIL(
      "marketing.direct-mail",
      "Marketing",
      "GenVoice may send you letters about GenVoice services we think will interest you.",
      true,
      IDENTITY,
      CONTACT),
  MARKETING_EMAIL(
      "marketing.email",
      "Marketing",
      "GenVoice may email you about GenVoice services we think will interest you.",
      false,
      CONTACT),
  THIRD_PARTY_MARKETING(
      "third-party.marketing",
      "Third-party marketing",
      "GenVoice may give your name and contact details to other companies so that they can tell"
          + " you about their own products and services.",
      false,
      IDENTITY,
      CONTACT),
  DISCLOSURE(
      "disclosure",
      "Disclosure on consent",
      "GenVoice may disclose the personal information named below to the recipient named below,"
          + " for the purpose named below, and for nothing else.",
      false),
  SURVEY_PARTICIPATION(
      "survey.participation",
      "Service improvement",
      "GenVoice may invite you to surveys; your answers are used only inside GenVoice.",
      false,
      IDENTITY,
      CONTACT,
      SURVEY),
  COOKIES_ANALYTICS(
      "cookies.analytics",
      "Analytics",
      "GenVoice may set cookies that measure how often each part of the website is used.",
      false,
      DEVICE_AND_SESSION),
  COOKIES_PERSONALISATION(
      "cookies.personalisation",
      "Personalisation",
      "GenVoice may set cookies that remember your preferences and recommend features to you.",
      false,
      DEVICE_AND_SESSION),
  COOKIES_BEACONS(
      "cookies.beacons",
      "Analytics",
      "GenVoice may use web beacons to learn which pages and emails are read.",
      false,
      DEVICE_AND_SESSION);

  /** The version of every text above; a changed text gets a new version. */
  public static final String TEXT_VERSION = "2026-11-01";

  private final String code;
  private final String category;
  private final String text;
  private final boolean optOut;
  private final List<PiCategory> piCategories;

  ConsentPurpose(
      String code, String category, String text, boolean optOut, PiCategory... piCategories) {
    this.code = code;
    this.category = category;
    this.text = text;
    this.optOut = optOut;
    this.piCategories = List.of(piCategories);
  }

  public static Optional<ConsentPurpose> byCode(String code) {
    return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
  }

  public String code() {
    return code;
  }

  /** The purpose category of a consent receipt. */
  public String category() {
    return category;
  }

  public String text() {
    return text;
  }

  public String textVersion() {
    return TEXT_VERSION;
  }

  /** P12: granted until withdrawn, by the notice of the privacy policy itself. */
  public boolean isOptOut() {
    return optOut;
  }

  /** Only a disclosure names a recipient, a purpose (its scope) and the data released. */
  public boolean namesRecipient() {
    return this == DISCLOSURE;
  }

  /** P24: whether the consent lets personal information leave GenVoice. */
  public boolean disclosesToThirdParty() {
    return this == DISCLOSURE || this == THIRD_PARTY_MARKETING;
  }

  /** The categories of personal information the purpose uses; a disclosure names its own. */
  public List<PiCategory> piCategories() {
    return piCategories;
  }
}
