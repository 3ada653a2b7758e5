package net.genvoice.partner.boundary;

import java.util.List;

/**
 * A partner's request for a customer's data, as either web service received it: the partner's own
 * id of the request, the customer by GenVoice customer id or by phone number (E.164, as for number
 * porting; exactly one of the two), the purpose (an affiliate asks for {@code PERFORM_SERVICE}) and
 * the fields by their wire names ({@code customer.name} ...).
 */
public record CustomerDataCommand(
    String requestId, String customerId, String phoneNumber, String purpose, List<String> fields) {}
