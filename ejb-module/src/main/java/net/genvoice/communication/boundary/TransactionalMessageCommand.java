package net.genvoice.communication.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * P13: a transactional message for one customer: its type (invoice-ready, payment-problem,
 * service-notice, security-alert), the channel (email or direct-mail), the subject kept in the log,
 * and the text, which is handed to the provider and not kept.
 */
public record TransactionalMessageCommand(
    @NotBlank @Size(max = 30) String type,
    @NotBlank @Size(max = 30) String channel,
    @NotBlank @Size(max = 200) String subject,
    @NotBlank @Size(max = 10000) String body) {}
