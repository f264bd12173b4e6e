package org.rapport.sales.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.rapport.contacts.CustomerService;
import org.rapport.platform.money.Money;
import org.rapport.platform.validation.FieldError;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.Product;
import org.rapport.sales.Products;
import org.rapport.sales.QuoteInput;
import org.rapport.sales.QuoteLine;

/** Checks a quote's input line by line and prices it from the customer's price list. */
final class QuotePricing {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final CustomerService customers;
	private final Products products;

	QuotePricing(CustomerService customers, Products products) {
		this.customers = customers;
		this.products = products;
	}

	/** @throws ValidationException naming every field at fault, lines as lines[N].field (N from 1) */
	List<QuoteLine> lines(QuoteInput input) {
		List<FieldError> errors = new ArrayList<>();
		if (customers.find(input.customerId()).isEmpty()) {
			errors.add(new FieldError("customer", NLS.bind(Messages.Opportunity_noCustomer, input.customerId())));
		}
		Currency currency = null;
		try {
			currency = Currency.getInstance(input.currency());
		} catch (RuntimeException e) {
			errors.add(new FieldError("currency", NLS.bind(Messages.Currency_unknown, input.currency())));
		}
		if (input.validUntil() == null || input.validUntil().isBefore(LocalDate.now())) {
			errors.add(new FieldError("validUntil", Messages.Quote_validUntil));
		}
		if (input.lines().isEmpty()) {
			errors.add(new FieldError("lines", Messages.Quote_noLines));
		}
		List<QuoteLine> lines = new ArrayList<>();
		for (int i = 0; i < input.lines().size(); i++) {
			QuoteInput.Line line = input.lines().get(i);
			String at = "lines[" + (i + 1) + "].";
			Optional<Product> product = products.find(line.productId());
			if (product.isEmpty()) {
				errors.add(new FieldError(at + "product", NLS.bind(Messages.Quote_noProduct, line.productId())));
				continue;
			}
			if (line.quantity() == null || line.quantity().signum() <= 0) {
				errors.add(new FieldError(at + "quantity", NLS.bind(Messages.Quote_badQuantity, i + 1)));
			}
			BigDecimal discount = line.discountPercent() == null ? BigDecimal.ZERO : line.discountPercent();
			if (discount.signum() < 0 || discount.compareTo(HUNDRED) > 0) {
				errors.add(new FieldError(at + "discount", NLS.bind(Messages.Quote_lineDiscount, i + 1)));
			}
			if (currency != null && !product.get().listPrice().currency().equals(currency)) {
				errors.add(new FieldError(at + "product", NLS.bind(Messages.Quote_currency, new Object[] {
						product.get().code(), product.get().listPrice().currency(), currency })));
			}
			if (errors.isEmpty()) {
				Money price = products.price(line.productId(), input.customerId());
				lines.add(new QuoteLine(line.productId(), product.get().name(), line.quantity(), price, discount));
			}
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		return lines;
	}

	static Money total(List<QuoteLine> lines, String currency) {
		Money total = Money.zero(Currency.getInstance(currency));
		for (QuoteLine line : lines) {
			total = total.plus(line.total());
		}
		return total;
	}
}
