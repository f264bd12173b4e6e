package org.rapport.sales;

/** Where a lead stands. */
public enum LeadStatus {
	NEW, CONTACTED, INTENT, QUALIFIED, LOST
}
