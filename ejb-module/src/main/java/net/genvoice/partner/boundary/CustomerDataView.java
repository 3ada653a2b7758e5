package net.genvoice.partner.boundary;

import java.util.Map;

/**
 * The answer to a permitted request: the ledger's id of the release and the values of exactly the
 * permitted fields that GenVoice holds for the customer, by wire name (P19: nothing else, not even
 * the customer id when the partner asked by phone number).
 */
public record CustomerDataView(String requestId, String releaseId, Map<String, String> data) {}
