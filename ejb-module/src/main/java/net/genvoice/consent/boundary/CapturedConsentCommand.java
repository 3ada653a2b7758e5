package net.genvoice.consent.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * P17: a consent given or withdrawn by a customer to a support agent: verbally during a call (with
 * the call's reference) or in a signed document (with the document's reference). The agent records
 * it; it is never a web consent.
 */
public record CapturedConsentCommand(
    @NotBlank @Size(max = 36) String customerId,
    @NotBlank @Size(max = 40) String purpose,
    @Size(max = 100) String recipient,
    @Size(max = 100) String scope,
    @Size(max = 20) List<@Size(max = 40) String> data,
    @NotNull Boolean granted,
    @Size(max = 20) String textVersion,
    @Size(max = 100) String callReference,
    @Size(max = 200) String documentReference) {}
