/**
 * System tests of GenVoice's partner integrations: the sandboxes over their own protocols, and
 * GenVoice's real gateways and policy engine calling them (P19-P23).
 */
package net.genvoice.partners;
