package net.genvoice.sandbox.messaging;

import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;

/**
 * The telemarketing dialer's API: {@code POST /dialer/v1/calls} with {@code reference}, {@code
 * phone} (E.164) and {@code script} queues a call. Numbers ending in 0000 are unreachable (422
 * {@code number_unreachable}).
 */
@WebServlet("/dialer/v1/*")
public class DialerServlet extends ProviderSandboxServlet {

  @Override
  String resource() {
    return "/calls";
  }

  @Override
  String idPrefix() {
    return "call_";
  }

  @Override
  String destinationOf(JsonObject message) {
    return message.getString("phone", null);
  }

  @Override
  boolean refuses(String phone) {
    return phone.endsWith("0000");
  }

  @Override
  String refusal() {
    return "number_unreachable";
  }
}
