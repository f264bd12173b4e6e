package org.rapport.sales;

import org.rapport.platform.money.Money;

/**
 * Something the company sells.
 *
 * @param code      the company's article code, unique
 * @param listPrice the price before any price list or discount
 */
public record Product(long id, String code, String name, Money listPrice, boolean active) {
}
