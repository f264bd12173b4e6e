package org.rapport.sales;

/** What an expense was for. */
public enum ExpenseKind {
	ENTERTAINMENT, TRAVEL, GIFT, OTHER
}
