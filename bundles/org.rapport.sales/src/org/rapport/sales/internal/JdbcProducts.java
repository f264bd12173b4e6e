package org.rapport.sales.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.contacts.CustomerService;
import org.rapport.contacts.VipTier;
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.money.Money;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.Jdbc;
import org.rapport.platform.persistence.Rows;
import org.rapport.platform.security.Action;
import org.rapport.platform.security.SecurityContext;
import org.rapport.platform.validation.FieldError;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.Opportunities;
import org.rapport.sales.PriceList;
import org.rapport.sales.Product;
import org.rapport.sales.Products;

/** Products in sales_product, a price list per VIP tier in sales_price_list. */
@Component(service = Products.class)
public class JdbcProducts implements Products {

	private static final String COLUMNS = "id, code, name, list_price, currency, active";
	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
	private static final Rows.Reader<Product> PRODUCT = rs -> new Product(rs.getLong(1), rs.getString(2),
			rs.getString(3), new Money(rs.getBigDecimal(4), Currency.getInstance(rs.getString(5))), rs.getBoolean(6));

	@Reference
	private Database database;

	@Reference
	private SecurityContext security;

	@Reference
	private CustomerService customers;

	@Reference
	private AuditLog audit;

	@Override
	public Product save(String code, String name, Money listPrice, boolean active) {
		security.checkPermitted(Opportunities.MODULE, Action.ADMINISTER);
		List<FieldError> errors = new ArrayList<>();
		if (code == null || code.isBlank() || code.strip().length() > 60) {
			errors.add(new FieldError("code", Messages.Product_code));
		}
		if (name == null || name.isBlank()) {
			errors.add(new FieldError("name", Messages.Product_name));
		}
		if (listPrice == null || listPrice.isNegative()) {
			errors.add(new FieldError("listPrice", Messages.Product_price));
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		Jdbc jdbc = database.jdbc();
		jdbc.change(c -> {
			Optional<Product> existing = Rows.first(c, "SELECT " + COLUMNS + " FROM sales_product WHERE code = ?",
					List.of(code.strip()), PRODUCT);
			String currency = listPrice.currency().getCurrencyCode();
			if (existing.isPresent()) {
				Rows.update(c, "UPDATE sales_product SET name = ?, list_price = ?, currency = ?, active = ?"
						+ " WHERE id = ?", name.strip(), listPrice.amount(), currency, active, existing.get().id());
			} else {
				Rows.update(c, "INSERT INTO sales_product (id, code, name, list_price, currency, active)"
						+ " VALUES (?, ?, ?, ?, ?, ?)", jdbc.nextId(c, "sales_seq"), code.strip(), name.strip(),
						listPrice.amount(), currency, active);
			}
			audit.record(c, "sales.product", code.strip(), "*",
					existing.map(p -> p.name() + " " + p.listPrice()).orElse(null), name.strip() + " " + listPrice);
		});
		return byCode(code.strip()).orElseThrow();
	}

	@Override
	public List<Product> list(boolean discontinuedToo) {
		return discontinuedToo ? read("SELECT " + COLUMNS + " FROM sales_product ORDER BY code", List.of())
				: read("SELECT " + COLUMNS + " FROM sales_product WHERE active = ? ORDER BY code", List.of(Boolean.TRUE));
	}

	@Override
	public Optional<Product> find(long id) {
		return read("SELECT " + COLUMNS + " FROM sales_product WHERE id = ?", List.of(id)).stream().findFirst();
	}

	@Override
	public Optional<Product> byCode(String code) {
		return read("SELECT " + COLUMNS + " FROM sales_product WHERE code = ?", List.of(code)).stream().findFirst();
	}

	@Override
	public void priceList(PriceList list) {
		security.checkPermitted(Opportunities.MODULE, Action.ADMINISTER);
		if (list.discountPercent() == null || list.discountPercent().signum() < 0
				|| list.discountPercent().compareTo(HUNDRED) > 0) {
			throw new ValidationException("discountPercent", Messages.Quote_badDiscount);
		}
		database.jdbc().change(c -> {
			Rows.update(c, "DELETE FROM sales_price_list WHERE vip_tier = ?", list.tier());
			Rows.update(c, "INSERT INTO sales_price_list (vip_tier, name, discount_percent) VALUES (?, ?, ?)",
					list.tier(), list.name(), list.discountPercent());
			audit.record(c, "sales.priceList", list.tier().name(), "discount", null,
					list.discountPercent().toPlainString());
		});
	}

	@Override
	public List<PriceList> priceLists() {
		return database.jdbc().query("SELECT name, vip_tier, discount_percent FROM sales_price_list ORDER BY vip_tier",
				List.of(), rs -> new PriceList(rs.getString(1), VipTier.valueOf(rs.getString(2)), rs.getBigDecimal(3)));
	}

	@Override
	public Money price(long productId, long customerId) {
		Product product = find(productId).orElseThrow(() -> new ValidationException("product",
				NLS.bind(Messages.Quote_noProduct, productId)));
		VipTier tier = customers.find(customerId).map(c -> c.input().vipTier()).orElse(VipTier.NONE);
		BigDecimal off = priceLists().stream().filter(l -> l.tier() == tier).map(PriceList::discountPercent).findFirst()
				.orElse(BigDecimal.ZERO);
		BigDecimal price = product.listPrice().amount().subtract(product.listPrice().amount().multiply(off)
				.divide(HUNDRED)).setScale(2, RoundingMode.HALF_UP);
		return new Money(price, product.listPrice().currency());
	}

	private List<Product> read(String sql, List<?> params) {
		security.checkPermitted(Opportunities.MODULE, Action.READ);
		return database.jdbc().query(sql, params, PRODUCT);
	}
}
