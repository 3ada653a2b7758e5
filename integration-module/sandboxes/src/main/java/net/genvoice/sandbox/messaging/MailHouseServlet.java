package net.genvoice.sandbox.messaging;

import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import java.util.Locale;

/**
 * The mail house's API: {@code POST /mail-house/v1/letters} with {@code reference}, {@code
 * recipient} (name, and the postal address on one line), {@code subject} and {@code text} prints
 * and posts a letter. An address that contains "Nowhere" is undeliverable (422 {@code
 * undeliverable_address}). The destination it records is the address.
 */
@WebServlet("/mail-house/v1/*")
public class MailHouseServlet extends ProviderSandboxServlet {

  @Override
  String resource() {
    return "/letters";
  }

  @Override
  String idPrefix() {
    return "letter_";
  }

  @Override
  String destinationOf(JsonObject message) {
    JsonObject recipient = message.getJsonObject("recipient");
    if (recipient == null
        || recipient.getString("name", null) == null
        || recipient.getString("address", null) == null) {
      return null;
    }
    return recipient.getString("address");
  }

  @Override
  boolean refuses(String destination) {
    return destination.toLowerCase(Locale.ROOT).contains("nowhere");
  }

  @Override
  String refusal() {
    return "undeliverable_address";
  }
}
