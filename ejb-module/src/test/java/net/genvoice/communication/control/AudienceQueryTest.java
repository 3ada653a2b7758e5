package net.genvoice.communication.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import net.genvoice.communication.entity.Channel;
import org.junit.jupiter.api.Test;

/**
 * P12: the shape of the audience statements: one statement each, a placeholder for every parameter,
 * the lists of each channel and no others. What they select is proven against the database in
 * CampaignsIT.
 */
class AudienceQueryTest {

  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

  @Test
  void everyStatementHasAPlaceholderPerParameter() {
    for (Channel channel : Channel.values()) {
      for (AudienceQuery.Statement statement :
          new AudienceQuery.Statement[] {
            AudienceQuery.everyone(channel, NOW),
            AudienceQuery.everyone(channel, NOW, AudienceQuery.Source.RECORDS),
            AudienceQuery.audience(channel, NOW),
            AudienceQuery.audience(channel, NOW, AudienceQuery.Source.RECORDS),
            AudienceQuery.countsByReason(channel, NOW),
            AudienceQuery.reasonFor(channel, NOW, "c-1"),
            AudienceQuery.insertMessages("k-1", channel, "Hello", NOW)
          }) {
        assertEquals(
            statement.parameters().size(),
            statement.sql().chars().filter(c -> c == '?').count(),
            statement.sql());
        assertFalse(statement.sql().contains(";"), "one statement: " + statement.sql());
      }
    }
  }

  @Test
  void eachChannelConsultsItsOwnConsentAndLists() {
    String telemarketing = AudienceQuery.everyone(Channel.TELEMARKETING, NOW).sql();
    assertTrue(telemarketing.contains("consent_state e ON e.subject_id = c.id"));
    assertTrue(telemarketing.contains("'MARKETING_TELEMARKETING'"));
    assertTrue(telemarketing.contains("phone_suppression"));
    assertFalse(telemarketing.contains("direct_mail_suppression"));

    String directMail = AudienceQuery.everyone(Channel.DIRECT_MAIL, NOW).sql();
    assertTrue(directMail.contains("'MARKETING_DIRECT_MAIL'"));
    assertTrue(directMail.contains("direct_mail_suppression"));
    assertFalse(directMail.contains("phone_suppression"));

    String email = AudienceQuery.everyone(Channel.EMAIL, NOW).sql();
    assertTrue(email.contains("'MARKETING_EMAIL'"));
    assertFalse(email.contains("phone_suppression") || email.contains("direct_mail_suppression"));
  }

  @Test
  void theAudienceReadsTheDerivedTablesAndTheSendTimeCheckTheRecords() {
    for (Channel channel : Channel.values()) {
      for (AudienceQuery.Statement derived :
          List.of(
              AudienceQuery.audience(channel, NOW),
              AudienceQuery.countsByReason(channel, NOW),
              AudienceQuery.insertMessages("k-1", channel, "Hello", NOW))) {
        assertTrue(derived.sql().contains("consent_state"), derived.sql());
        assertFalse(derived.sql().contains("consent_event"), derived.sql());
        assertFalse(derived.sql().contains("do_not_call_entry"), derived.sql());
      }
      String atSend = AudienceQuery.reasonFor(channel, NOW, "c-1").sql();
      assertTrue(atSend.contains("consent_event"), atSend);
      assertFalse(atSend.contains("consent_state") || atSend.contains("phone_suppression"), atSend);
    }
    String callCheck = AudienceQuery.reasonFor(Channel.TELEMARKETING, NOW, "c-1").sql();
    assertTrue(callCheck.contains("do_not_call_entry"));
    assertTrue(callCheck.contains("national_registry_number"));
  }

  @Test
  void theInsertWritesTheCampaignAndTheSubjectAsParameters() {
    AudienceQuery.Statement insert =
        AudienceQuery.insertMessages("k-1", Channel.EMAIL, "Robert'); DROP TABLE x; --", NOW);

    assertEquals("k-1", insert.parameters().get(0));
    assertEquals("Robert'); DROP TABLE x; --", insert.parameters().get(1));
    assertFalse(insert.sql().contains("Robert"));
  }
}
