package net.genvoice.identity.boundary;

import net.genvoice.identity.entity.PrincipalKind;

/** Who a live token belongs to. */
public record TokenHolder(String principalId, PrincipalKind kind) {}
