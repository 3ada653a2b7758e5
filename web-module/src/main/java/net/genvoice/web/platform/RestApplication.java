package net.genvoice.web.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The customer REST API, versioned under {@code /api/v1}. Payara's MicroProfile OpenAPI builds the
 * document at {@code /openapi} from the JAX-RS annotations of this WAR; the info comes from here.
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "GenVoice API",
            version = "v1",
            description =
                "The GenVoice customer API. Errors are RFC 9457 application/problem+json.",
            contact = @Contact(name = "GenVoice support", email = "support@genvoice.net")))
public class RestApplication extends Application {}
