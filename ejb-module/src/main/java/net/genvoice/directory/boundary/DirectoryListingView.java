package net.genvoice.directory.boundary;

/** A published listing: the affiliate's id for it. */
public record DirectoryListingView(String listingId, String status) {}
