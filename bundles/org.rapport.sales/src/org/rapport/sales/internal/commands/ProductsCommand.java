package org.rapport.sales.internal.commands;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.apache.felix.service.command.Function;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.contacts.VipTier;
import org.rapport.platform.headless.AdminCommand;
import org.rapport.platform.headless.UsageException;
import org.rapport.platform.money.Money;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.security.Role;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.PriceList;
import org.rapport.sales.Products;
import org.rapport.sales.Quotes;
import org.rapport.sales.internal.Messages;

/**
 * {@code products list | set CODE NAME PRICE CURRENCY | price-list TIER PERCENT [NAME] | discount-limit ROLE PERCENT}:
 * the catalogue, the price lists of the VIP tiers and the discounts each role may give without approval.
 */
@Component(service = Function.class, property = { "osgi.command.scope=rapport", "osgi.command.function=products" })
public class ProductsCommand extends AdminCommand {

	@Reference
	private Database database;

	@Reference
	private Products products;

	@Reference
	private Quotes quotes;

	@Override
	protected int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		String action = args.isEmpty() ? "list" : args.get(0);
		boolean valid = switch (action) {
		case "list" -> args.size() <= 1;
		case "set" -> args.size() == 5;
		case "price-list" -> args.size() == 3 || args.size() == 4;
		case "discount-limit" -> args.size() == 3;
		default -> false;
		};
		if (!valid) {
			throw new UsageException(Messages.Products_usage);
		}
		if (!open(database, err)) {
			return REJECTED;
		}
		try {
			switch (action) {
			case "set" -> {
				var p = products.save(args.get(1), args.get(2), money(args.get(3), args.get(4)), true);
				out.println(p.code() + "\t" + p.name() + "\t" + p.listPrice());
			}
			case "price-list" -> {
				VipTier tier = parse(VipTier.class, args.get(1));
				products.priceList(new PriceList(args.size() == 4 ? args.get(3) : tier.name(), tier, number(args.get(2))));
				out.println(NLS.bind(Messages.Products_priceList, tier, args.get(2)));
			}
			case "discount-limit" -> {
				Role role = role(args.get(1));
				quotes.discountLimit(role, number(args.get(2)));
				out.println(NLS.bind(Messages.Products_limit, role, args.get(2)));
			}
			default -> {
				products.list().forEach(p -> out.println(p.code() + "\t" + p.name() + "\t" + p.listPrice()));
				products.priceLists().forEach(l -> out.println("price-list\t" + l.tier() + "\t"
						+ l.discountPercent().toPlainString() + "%"));
				quotes.discountLimits().forEach((role, max) -> out.println("discount-limit\t" + role + "\t"
						+ max.toPlainString() + "%"));
			}
			}
		} catch (ValidationException e) {
			return rejected(e, err);
		}
		return OK;
	}

	private static Money money(String amount, String currency) throws UsageException {
		try {
			return Money.of(amount, currency.toUpperCase(Locale.ROOT));
		} catch (RuntimeException e) {
			throw new UsageException(Messages.Products_usage);
		}
	}

	private static BigDecimal number(String text) throws UsageException {
		try {
			return new BigDecimal(text);
		} catch (NumberFormatException e) {
			throw new UsageException(Messages.Products_usage);
		}
	}

	private static Role role(String name) throws UsageException {
		try {
			return Role.valueOf(name.replace('-', '_'));
		} catch (IllegalArgumentException e) {
			throw new UsageException(Messages.Products_usage);
		}
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String name) throws UsageException {
		try {
			return Enum.valueOf(type, name.toUpperCase(Locale.ROOT).replace('-', '_'));
		} catch (IllegalArgumentException e) {
			throw new UsageException(Messages.Products_usage);
		}
	}

	@Override
	public String usage() {
		return Messages.Products_usage;
	}
}
