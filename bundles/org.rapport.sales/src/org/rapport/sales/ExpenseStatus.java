package org.rapport.sales;

/** Where an expense claim stands. */
public enum ExpenseStatus {
	AWAITING_APPROVAL, APPROVED, REJECTED
}
