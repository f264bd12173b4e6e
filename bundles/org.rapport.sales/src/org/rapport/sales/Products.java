package org.rapport.sales;

import java.util.List;
import java.util.Optional;

import org.rapport.platform.money.Money;

/** The products the company sells, their list prices, and the price lists for customer tiers. */
public interface Products {

	String ENTITY = "product";

	/**
	 * Adds a product or changes the one with the same code.
	 *
	 * @throws org.rapport.platform.validation.ValidationException for a missing code or name, a negative price
	 */
	Product save(String code, String name, Money listPrice, boolean active);

	/** Products still sold, by code. */
	default List<Product> list() {
		return list(false);
	}

	/** Products by code, those no longer sold too when asked. */
	List<Product> list(boolean discontinuedToo);

	Optional<Product> find(long id);

	Optional<Product> byCode(String code);

	/**
	 * Sets the price list of a VIP tier (replacing the one it had).
	 *
	 * @throws org.rapport.platform.validation.ValidationException for a percentage outside 0-100
	 */
	void priceList(PriceList list);

	List<PriceList> priceLists();

	/** What a customer pays for one unit before a quote's discount: the list price less the tier's price list. */
	Money price(long productId, long customerId);
}
