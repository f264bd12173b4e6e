package org.rapport.sales;

/** Where a lead stands. QUALIFIED is reached by converting it; a lost lead keeps its reason. */
public enum LeadStatus {
	NEW, CONTACTED, INTENT, QUALIFIED, LOST;

	/** Still worth working on. */
	public boolean open() {
		return this == NEW || this == CONTACTED || this == INTENT;
	}
}
