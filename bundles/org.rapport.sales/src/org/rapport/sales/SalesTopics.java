package org.rapport.sales;

/**
 * The event topics the sales services post on, for parts and vendor modules that follow sales records (each matches
 * every action: {@code CREATED}, {@code UPDATED}, {@code DELETED}; the event carries the record id).
 */
public final class SalesTopics {

	public static final String OPPORTUNITIES = "org/rapport/sales/" + Opportunities.ENTITY + "/*";
	public static final String LEADS = "org/rapport/sales/" + Leads.ENTITY + "/*";
	public static final String QUOTES = "org/rapport/sales/" + Quotes.ENTITY + "/*";
	public static final String ORDERS = "org/rapport/sales/" + Orders.ENTITY + "/*";
	public static final String CONTRACTS = "org/rapport/sales/" + Contracts.ENTITY + "/*";
	public static final String PRODUCTS = "org/rapport/sales/" + Products.ENTITY + "/*";
	public static final String EXPENSES = "org/rapport/sales/" + Expenses.ENTITY + "/*";
	/** A sales process or its stages changed. */
	public static final String PROCESSES = SalesProcesses.CHANGED_TOPIC;

	private SalesTopics() {
	}
}
