/**
 * System tests against the deployed EAR on Payara Server Full, started by the build: over HTTP, in
 * real Chromium and through the database. Nothing here may skip: a missing server, browser or
 * database fails the test with a message saying what is missing.
 */
package net.genvoice.systemtest;
