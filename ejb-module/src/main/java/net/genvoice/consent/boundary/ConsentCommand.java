package net.genvoice.consent.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A customer's own grant on the web (P17): the purpose code, for a disclosure its recipient, scope
 * (the purpose of the disclosure) and data categories, and the version of the text they were shown.
 * {@code subject}, when sent, must be the caller: nobody gives consent for someone else.
 */
public record ConsentCommand(
    @NotBlank @Size(max = 40) String purpose,
    @Size(max = 100) String recipient,
    @Size(max = 100) String scope,
    @Size(max = 20) List<@Size(max = 40) String> data,
    @NotBlank @Size(max = 20) String textVersion,
    @Size(max = 36) String subject) {}
