package net.genvoice.identity.boundary;

import java.util.Set;
import net.genvoice.identity.entity.PrincipalKind;

/** A verified principal: its id (the caller name), its display name, its kind and its roles. */
public record SignedIn(String id, String displayName, PrincipalKind kind, Set<String> roles) {}
