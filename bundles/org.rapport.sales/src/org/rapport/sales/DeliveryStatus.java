package org.rapport.sales;

/** Where an order's goods are. */
public enum DeliveryStatus {
	NOT_SHIPPED, SHIPPED, DELIVERED, RETURNED
}
