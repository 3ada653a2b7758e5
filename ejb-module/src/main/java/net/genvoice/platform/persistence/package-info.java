/**
 * The one database of GenVoice: its data source (H2 by default, MySQL by setting) and the Flyway
 * migrations that own its schema. No business logic lives here.
 */
package net.genvoice.platform.persistence;
