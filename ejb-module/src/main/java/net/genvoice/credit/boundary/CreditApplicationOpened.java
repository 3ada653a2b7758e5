package net.genvoice.credit.boundary;

/** P21: a customer opened a credit application (fired inside the transaction that opens it). */
public record CreditApplicationOpened(String customerId, String applicationId) {}
