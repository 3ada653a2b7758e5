package net.genvoice.integration.inbound.rest;

import java.util.List;

/**
 * {@code {"requestId", "customerId" or "phoneNumber", "purpose", "fields": [...]}}: checked by the
 * boundary, which names every bad field.
 */
public record CustomerDataRequest(
    String requestId, String customerId, String phoneNumber, String purpose, List<String> fields) {}
