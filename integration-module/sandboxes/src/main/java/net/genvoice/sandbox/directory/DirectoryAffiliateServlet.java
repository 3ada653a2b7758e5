package net.genvoice.sandbox.directory;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import java.util.concurrent.atomic.AtomicInteger;
import net.genvoice.sandbox.common.Answer;
import net.genvoice.sandbox.common.ChargeBook;
import net.genvoice.sandbox.common.JsonSandboxServlet;
import net.genvoice.sandbox.common.SandboxBehaviour.Mode;

/**
 * The business affiliate that publishes phone directory listings, over HTTP/JSON: {@code POST
 * /directory-affiliate/v1/listings} with a name and a phone number answers 201 with a listing id;
 * declining, 422 {@code listing_refused}. Honours {@code Idempotency-Key}.
 */
@WebServlet("/directory-affiliate/v1/*")
public class DirectoryAffiliateServlet extends JsonSandboxServlet {

  private final AtomicInteger listings = new AtomicInteger();

  public DirectoryAffiliateServlet() {
    super("directory-affiliate");
  }

  @Override
  protected Answer handle(String path, JsonObject body, Mode mode) {
    if (!"/listings".equals(path)) {
      return null;
    }
    if (text(body, "name") == null || text(body, "phone") == null) {
      return Answer.error(400, "name and phone are required");
    }
    if (mode == Mode.DECLINE) {
      return Answer.error(422, "listing_refused");
    }
    listings.incrementAndGet();
    return new Answer(
        201,
        Json.createObjectBuilder()
            .add("listingId", "lst_" + ChargeBook.random(8))
            .add("status", "listed")
            .build());
  }

  @Override
  protected void describe(JsonObjectBuilder stats) {
    stats.add("listings", listings.get());
  }
}
