/**
 * MicroProfile Health checks: GenVoice is ready only when its schema is migrated and its database
 * answers.
 */
package net.genvoice.platform.health;
