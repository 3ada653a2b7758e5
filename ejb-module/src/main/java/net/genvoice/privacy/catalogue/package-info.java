/**
 * P02: the one catalogue of personal-information categories. Every persisted field of every entity
 * is tagged {@link net.genvoice.privacy.catalogue.PersonalData} with its category or {@link
 * net.genvoice.privacy.catalogue.NotPersonal}; export, erasure, masking and disclosure filtering
 * read these tags.
 */
package net.genvoice.privacy.catalogue;
