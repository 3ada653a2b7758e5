package net.genvoice.identity.entity;

/** What a token is for: an API bearer token, or the portal's opt-in "remember me" (P27). */
public enum TokenPurpose {
  API,
  REMEMBER_ME
}
