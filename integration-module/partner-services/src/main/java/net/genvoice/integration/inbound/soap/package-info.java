/**
 * The affiliate SOAP service (JAX-WS, code-first; the WSDL is served at {@code
 * /partner/AffiliateService?wsdl}): a thin endpoint over {@link
 * net.genvoice.partner.boundary.PartnerRequests}. The XML types here never leave this package; a
 * refusal is the declared fault {@code refusal} whose faultcode is the stable reason code.
 */
@XmlSchema(namespace = PartnerRefusals.NAMESPACE)
package net.genvoice.integration.inbound.soap;

import jakarta.xml.bind.annotation.XmlSchema;
import net.genvoice.integration.inbound.access.PartnerRefusals;
