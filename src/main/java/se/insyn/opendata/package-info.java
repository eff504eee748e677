/** Open data stage: every record as JSON beside its page, the whole dataset, a CSV of recommendations, JSON Schemas and a DCAT-AP-SE catalogue. */
package se.insyn.opendata;
