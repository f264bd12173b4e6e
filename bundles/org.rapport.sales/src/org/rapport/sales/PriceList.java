package org.rapport.sales;

import java.math.BigDecimal;

import org.rapport.contacts.VipTier;

/**
 * Prices for the customers of a VIP tier: the list price less a percentage.
 *
 * @param tier            the customers it applies to
 * @param discountPercent taken off every list price, 0 to 100
 */
public record PriceList(String name, VipTier tier, BigDecimal discountPercent) {
}
