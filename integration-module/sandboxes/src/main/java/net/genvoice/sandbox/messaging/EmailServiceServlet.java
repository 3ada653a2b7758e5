package net.genvoice.sandbox.messaging;

import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import java.util.Locale;

/**
 * The email service's API: {@code POST /email/v1/messages} with {@code reference}, {@code to} (the
 * address), {@code name} (the addressee's), {@code subject} and {@code text} sends an email.
 * Addresses at bounce.example are rejected (422 {@code mailbox_rejected}).
 */
@WebServlet("/email/v1/*")
public class EmailServiceServlet extends ProviderSandboxServlet {

  @Override
  String resource() {
    return "/messages";
  }

  @Override
  String idPrefix() {
    return "email_";
  }

  @Override
  String destinationOf(JsonObject message) {
    return message.getString("to", null);
  }

  @Override
  boolean refuses(String to) {
    return to.toLowerCase(Locale.ROOT).endsWith("@bounce.example");
  }

  @Override
  String refusal() {
    return "mailbox_rejected";
  }
}
