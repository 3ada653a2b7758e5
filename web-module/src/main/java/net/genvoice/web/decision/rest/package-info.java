/** P22: the signed-in customer's automated decisions over REST (role "customer"). */
package net.genvoice.web.decision.rest;
