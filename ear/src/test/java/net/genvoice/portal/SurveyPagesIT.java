package net.genvoice.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import net.genvoice.systemtest.Database;
import net.genvoice.systemtest.StaffAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * P14 in headless Chromium: marketing staff write and open a survey on their page (a bad row is
 * refused beside its field, nothing written); a customer is invited only after agreeing to take
 * part on My consents, answers on the survey page (a missing answer is refused beside its
 * question), and finds the answers, used only inside GenVoice, on their surveys page.
 */
class SurveyPagesIT {

  private static final String STAFF_SURVEYS = "/staff/area/marketing/surveys.xhtml";

  private PortalBrowser marketer;
  private PortalBrowser customer;

  @BeforeEach
  void openBrowsers() {
    marketer = new PortalBrowser();
    customer = new PortalBrowser();
  }

  @AfterEach
  void closeBrowsers() {
    marketer.close();
    customer.close();
  }

  @Test
  void staffWriteAndOpenASurveyAndAParticipantAnswersItOnThePage() throws SQLException {
    String title = "Your calls " + UUID.randomUUID().toString().substring(0, 8);
    var marketing = StaffAccounts.create("marketing");
    marketer.signInStaff(marketing.username(), marketing.password());
    marketer.submit(By.id("marketing-surveys"));
    assertEquals(STAFF_SURVEYS, marketer.path());

    marketer.type("createSurvey:title", title);
    marketer.type("createSurvey:row0:prompt", "How clear are your calls?");
    marketer.choose("createSurvey:row0:kind", "RATING");
    marketer.type("createSurvey:row2:prompt", "Which do you use most?");
    marketer.choose("createSurvey:row2:kind", "CHOICE");
    marketer.type("createSurvey:row2:choices", "Calls");
    marketer.submit(By.id("createSurvey:submit"));

    assertEquals(STAFF_SURVEYS, marketer.path());
    assertTrue(
        marketer.messageBeside("createSurvey:row2:choices").contains("choices"),
        marketer.messageBeside("createSurvey:row2:choices"));
    assertEquals(0, count("SELECT COUNT(*) FROM survey WHERE title = ?", title), "nothing written");

    marketer.type("createSurvey:row2:choices", "Calls\nTexts\nVoicemail");
    marketer.submit(By.id("createSurvey:submit"));
    assertEquals(STAFF_SURVEYS + "?saved=created", marketer.path());
    marketer.submit(By.cssSelector("[aria-label='Open the survey " + title + "']"));
    assertEquals(STAFF_SURVEYS + "?saved=opened", marketer.path());

    customer.signUpWithCard(PortalBrowser.uniqueEmail("survey"), "4111 1111 1111 1111");
    customer.submit(By.id("my-surveys"));
    assertTrue(customer.driver.findElement(By.id("no-participation")).isDisplayed());
    assertTrue(customer.driver.findElements(By.linkText("Answer")).isEmpty(), "not invited");
    customer.open("/account/consents.xhtml");
    customer.submit(By.cssSelector("[aria-label='Give consent: Surveys']"));
    customer.open("/account/surveys.xhtml");
    customer.submit(By.cssSelector("[aria-label='Answer the survey " + title + "']"));
    assertTrue(customer.path().startsWith("/account/survey.xhtml?survey="), customer.path());

    customer
        .driver
        .findElement(By.cssSelector("input[name='answerSurvey:q2'][value='Texts']"))
        .click();
    customer.submit(By.id("answerSurvey:submit"));
    assertTrue(
        customer.messageBeside("answerSurvey:q1").contains("Answer this question"),
        customer.messageBeside("answerSurvey:q1"));
    String surveyId = surveyIdOf(title);
    assertEquals(0, count("SELECT COUNT(*) FROM survey_response WHERE survey_id = ?", surveyId));

    customer.driver.findElement(By.cssSelector("input[name='answerSurvey:q1'][value='4']")).click();
    customer.submit(By.id("answerSurvey:submit"));

    assertEquals("/account/surveys.xhtml?saved=answered", customer.path());
    String answers =
        customer.driver.findElement(By.cssSelector("article.survey-response")).getText();
    assertTrue(answers.contains(title), answers);
    assertTrue(answers.contains("Used only inside GenVoice."), answers);
    assertTrue(answers.contains("How clear are your calls?") && answers.contains("4"), answers);
    assertTrue(answers.contains("Texts"), answers);
    assertEquals(
        1,
        count(
            "SELECT COUNT(*) FROM survey_response WHERE survey_id = ? AND internal_only = TRUE",
            surveyId));
    marketer.open(STAFF_SURVEYS);
    String row =
        marketer
            .driver
            .findElement(By.xpath("//tr[td[@class='survey-title' and text()='" + title + "']]"))
            .getText();
    assertTrue(row.endsWith("OPEN 1"), "open, one answer: " + row);
    assertEquals(
        1,
        marketer
            .driver
            .findElements(By.cssSelector("[aria-label='Close the survey " + title + "']"))
            .size());
    assertFalse(customer.driver.getPageSource().contains("answerSurvey:q1"), "no form left");
    assertEquals(403, customer.status(STAFF_SURVEYS), "customers are not marketing staff");
  }

  private static String surveyIdOf(String title) throws SQLException {
    try (Connection connection = Database.connect();
        PreparedStatement query =
            connection.prepareStatement("SELECT id FROM survey WHERE title = ?")) {
      query.setString(1, title);
      try (ResultSet result = query.executeQuery()) {
        assertTrue(result.next());
        return result.getString(1);
      }
    }
  }

  private static long count(String sql, String parameter) throws SQLException {
    try (Connection connection = Database.connect();
        PreparedStatement query = connection.prepareStatement(sql)) {
      query.setString(1, parameter);
      try (ResultSet result = query.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    }
  }
}
