package net.genvoice.integration.fraud;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.genvoice.disclosure.entity.DisclosableField;
import net.genvoice.disclosure.entity.Purpose;
import net.genvoice.disclosure.outbound.ReleasedData;
import net.genvoice.fraud.control.FraudAssessment;
import net.genvoice.fraud.control.FraudScreeningGateway;
import net.genvoice.fraud.control.ScreeningSubject;
import net.genvoice.integration.partner.JsonPayload;
import net.genvoice.integration.partner.PartnerFailures;
import net.genvoice.integration.partner.PartnerRefusedException;
import net.genvoice.platform.error.ProviderUnavailableException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The fraud-prevention service over its REST API ({@link FraudServiceClient}): screens a sign-up or
 * a payment method with whichever of its fields the release permits, and nothing else (P20, P23).
 */
@Stateless
public class FraudServiceGateway implements FraudScreeningGateway {

  static final String SERVICE = "fraud-prevention service";
  static final JsonPayload SCREENING =
      JsonPayload.naming(
          Map.of(
              DisclosableField.CUSTOMER_NAME, "name",
              DisclosableField.CUSTOMER_EMAIL, "email",
              DisclosableField.CUSTOMER_PHONE, "phone",
              DisclosableField.CUSTOMER_ADDRESS, "address",
              DisclosableField.SESSION_IP_ADDRESS, "ipAddress",
              DisclosableField.PAYMENT_BRAND, "cardBrand",
              DisclosableField.PAYMENT_LAST4, "cardLast4",
              DisclosableField.PAYMENT_BILLING_ADDRESS, "billingAddress",
              DisclosableField.PAYPAL_ACCOUNT, "paypalAccount"));

  @Inject FraudServiceClient client;

  @Inject
  @ConfigProperty(name = "genvoice.fraud.recipient", defaultValue = "fraud-service")
  String recipientId;

  @Override
  public String recipientId() {
    return recipientId;
  }

  @Override
  public FraudAssessment screen(ReleasedData subject, ScreeningSubject what) {
    subject.requireFor(recipientId, Purpose.PREVENT_FRAUD, Set.of(), SCREENING.fields());
    JsonObject body =
        SCREENING
            .of(subject)
            .add("subject", what.name().toLowerCase(Locale.ROOT).replace('_', '-'))
            .build();
    try {
      JsonObject answer = client.post("screenings", body, UUID.randomUUID().toString());
      return new FraudAssessment(
          answer.getString("screeningId"),
          answer.getInt("score"),
          FraudAssessment.Recommendation.valueOf(
              answer.getString("recommendation").toUpperCase(Locale.ROOT)),
          answer.getJsonArray("reasons").getValuesAs(JsonString.class).stream()
              .map(JsonString::getString)
              .toList());
    } catch (PartnerRefusedException e) {
      throw new ProviderUnavailableException(SERVICE);
    } catch (RuntimeException e) {
      throw PartnerFailures.isUnavailability(e) ? PartnerFailures.unavailable(SERVICE, e) : e;
    }
  }
}
