package net.genvoice.web.consent.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * P17: what a support agent records: the purpose (and for a disclosure its recipient, scope and
 * data), whether the customer gave or withdrew it, the version of the text read out or signed, and
 * the call (verbal) or the signed document (written). There is no channel field: the address says
 * verbal or written, and no address records a web consent.
 */
public record CapturedConsentRequest(
    @NotBlank @Size(max = 40) String purpose,
    @Size(max = 100) String recipient,
    @Size(max = 100) String scope,
    @Size(max = 20) List<@Size(max = 40) String> data,
    @NotNull Boolean granted,
    @Size(max = 20) String textVersion,
    @Size(max = 100) String callReference,
    @Size(max = 200) String documentReference) {}
