package net.genvoice.survey.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.genvoice.customer.control.FieldErrors;
import net.genvoice.platform.error.InvalidInputException;
import net.genvoice.survey.entity.QuestionKind;
import org.junit.jupiter.api.Test;

class SurveyDefinitionsTest {

  @Test
  void acceptsEachKindAndDefaultsToRequired() {
    FieldErrors errors = new FieldErrors();

    var text = SurveyDefinitions.check(0, " How? ", "TEXT", null, null, errors).orElseThrow();
    var rating = SurveyDefinitions.check(1, "Rate us", "RATING", List.of(), false, errors);
    var choice =
        SurveyDefinitions.check(2, "Which?", "CHOICE", List.of(" Calls ", "Texts"), true, errors);

    errors.throwIfAny();
    assertEquals("How?", text.prompt());
    assertTrue(text.required());
    assertFalse(rating.orElseThrow().required());
    assertEquals(QuestionKind.CHOICE, choice.orElseThrow().kind());
    assertEquals(List.of("Calls", "Texts"), choice.orElseThrow().choices());
  }

  @Test
  void refusesEachBadQuestionNamingItsField() {
    FieldErrors errors = new FieldErrors();

    SurveyDefinitions.check(0, "Q", "SLIDER", null, null, errors);
    SurveyDefinitions.check(1, "Q", "CHOICE", List.of("Only one"), null, errors);
    SurveyDefinitions.check(2, "Q", "CHOICE", List.of("Same", "Same"), null, errors);
    SurveyDefinitions.check(3, "Q", "RATING", List.of("1", "2"), null, errors);
    SurveyDefinitions.check(4, "Q", "CHOICE", List.of("A", " "), null, errors);

    var refused = assertThrows(InvalidInputException.class, errors::throwIfAny).fieldErrors();
    assertEquals(
        List.of(
            "questions[0].kind",
            "questions[1].choices",
            "questions[2].choices",
            "questions[3].choices",
            "questions[4].choices"),
        List.copyOf(refused.keySet()));
  }
}
