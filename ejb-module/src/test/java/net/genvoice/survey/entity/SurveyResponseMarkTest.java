package net.genvoice.survey.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.genvoice.disclosure.control.PolicyEngine;
import net.genvoice.disclosure.control.RegistrySnapshot;
import net.genvoice.disclosure.entity.Decision;
import net.genvoice.disclosure.entity.DenialReason;
import net.genvoice.disclosure.entity.DisclosableField;
import net.genvoice.disclosure.entity.DisclosureRequest;
import net.genvoice.disclosure.entity.FieldSet;
import net.genvoice.disclosure.entity.LegalBasis;
import net.genvoice.disclosure.entity.Purpose;
import net.genvoice.privacy.catalogue.PersonalData;
import net.genvoice.privacy.catalogue.PersonalDataCatalogue;
import net.genvoice.privacy.catalogue.PiCategory;
import org.junit.jupiter.api.Test;

/**
 * P14: a survey response carries the internal-only mark, its answers are of the category SURVEY,
 * the only field a release could name them by is {@code SURVEY_ANSWERS}, and the policy engine
 * refuses that field on every purpose and basis, even with consent.
 */
class SurveyResponseMarkTest {

  @Test
  void everyNewResponseIsMarkedInternalOnly() {
    SurveyResponse response =
        new SurveyResponse(
            "survey", "customer", List.of(new SurveyAnswer("q", "Fine")), Instant.now());

    assertTrue(response.isInternalOnly());
  }

  @Test
  void theAnswersAreSurveyDataAndMapOnlyToTheInternalOnlyField() throws NoSuchFieldException {
    assertEquals(PiCategory.SURVEY, tagOf(SurveyResponse.class.getDeclaredField("answers")));
    assertEquals(PiCategory.SURVEY, tagOf(SurveyAnswer.class.getDeclaredField("answer")));
    assertEquals(DisclosableField.SURVEY_ANSWERS, SurveyResponse.DISCLOSED_AS);

    Set<DisclosableField> surveyFields =
        Arrays.stream(DisclosableField.values())
            .filter(field -> field.category() == PiCategory.SURVEY)
            .collect(Collectors.toSet());
    assertEquals(Set.of(DisclosableField.SURVEY_ANSWERS), surveyFields, "no other name for them");
    assertTrue(SurveyResponse.DISCLOSED_AS.internalOnly());
  }

  @Test
  void everyPersistentSurveyFieldIsOfTheSurveyEntities() {
    List<String> surveyTagged =
        PersonalDataCatalogue.fieldsByCategory(
                List.of(
                    SurveyResponse.class, SurveyAnswer.class, Survey.class, SurveyQuestion.class))
            .get(PiCategory.SURVEY);
    assertEquals(
        List.of(
            SurveyResponse.class.getName() + ".customerId",
            SurveyResponse.class.getName() + ".submittedAt",
            SurveyResponse.class.getName() + ".answers",
            SurveyAnswer.class.getName() + ".answer"),
        surveyTagged);
  }

  @Test
  void thePolicyEngineRefusesTheAnswersOnEveryPurposeAndBasis() {
    PolicyEngine engine = new PolicyEngine((subject, recipient, purpose) -> true, subject -> true);
    FieldSet fields = FieldSet.of(SurveyResponse.DISCLOSED_AS, DisclosableField.CUSTOMER_NAME);
    for (Purpose purpose : Purpose.values()) {
      for (LegalBasis basis : LegalBasis.values()) {
        Decision decision =
            engine.decide(
                new DisclosureRequest(
                    "customer", "anyone", purpose, basis, fields, "REF-1", "A court"),
                RegistrySnapshot.EMPTY);
        assertFalse(decision.isPermitted(), purpose + " on " + basis);
        DenialReason expected =
            purpose == Purpose.SALE
                ? DenialReason.SALE_NEVER_PERMITTED
                : DenialReason.INTERNAL_ONLY_DATA;
        assertEquals(expected, decision.reason().orElseThrow(), purpose + " on " + basis);
      }
    }
  }

  private static PiCategory tagOf(Field field) {
    return field.getAnnotation(PersonalData.class).value();
  }
}
