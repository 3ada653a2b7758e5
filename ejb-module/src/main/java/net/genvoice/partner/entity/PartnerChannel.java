package net.genvoice.partner.entity;

/** Through which inbound web service a partner called. */
public enum PartnerChannel {
  SOAP,
  REST
}
