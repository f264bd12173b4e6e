package org.rapport.contacts.internal.commands;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import org.apache.felix.service.command.Function;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.contacts.Customer;
import org.rapport.contacts.CustomerDuplicates;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.CustomerService;
import org.rapport.contacts.internal.Messages;
import org.rapport.platform.headless.AdminCommand;
import org.rapport.platform.headless.UsageException;
import org.rapport.platform.persistence.Database;

/**
 * {@code merge-contacts KEEP OTHER}: merges customer OTHER into KEEP. KEEP's values win; its empty fields take
 * OTHER's; every channel and tag of OTHER is kept.
 */
@Component(service = Function.class, property = { "osgi.command.scope=rapport",
		"osgi.command.function=merge-contacts" })
public class MergeContactsCommand extends AdminCommand {

	@Reference
	private Database database;

	@Reference
	private CustomerService customers;

	@Reference
	private CustomerDuplicates duplicates;

	@Override
	protected int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		Options options = new Options(args, Set.of());
		if (options.positional().size() != 2) {
			throw new UsageException(Messages.Merge_usage);
		}
		long keep = id(options.positional().get(0));
		long other = id(options.positional().get(1));
		if (!open(database, err)) {
			return REJECTED;
		}
		Customer kept = customers.find(keep).orElse(null);
		Customer merged = customers.find(other).orElse(null);
		if (kept == null || merged == null) {
			err.println(NLS.bind(Messages.Customer_notFound, kept == null ? keep : other));
			return REJECTED;
		}
		Customer result = duplicates.merge(keep, other, filled(kept.input(), merged.input()));
		out.println(NLS.bind(Messages.Merge_done, new Object[] { other, keep, result.name() }));
		return OK;
	}

	/** The kept customer's values, its empty fields filled from the other's. */
	static CustomerInput filled(CustomerInput a, CustomerInput b) {
		return new CustomerInput(a.kind(), or(a.name(), b.name()), or(a.givenName(), b.givenName()),
				or(a.familyName(), b.familyName()), a.accountId() != null ? a.accountId() : b.accountId(),
				or(a.company(), b.company()), or(a.jobTitle(), b.jobTitle()),
				a.accountRole() != null ? a.accountRole() : b.accountRole(), or(a.industry(), b.industry()),
				or(a.companySize(), b.companySize()), or(a.region(), b.region()), or(a.city(), b.city()),
				or(a.country(), b.country()), or(a.source(), b.source()), a.stage(),
				a.vipTier().compareTo(b.vipTier()) >= 0 ? a.vipTier() : b.vipTier(), a.active() || b.active(), a.owner(),
				a.channels(), a.tags(), a.creditLimit() != null ? a.creditLimit() : b.creditLimit(),
				or(a.currency(), b.currency()), or(a.paymentTerms(), b.paymentTerms()), or(a.taxId(), b.taxId()),
				or(a.billingAddress(), b.billingAddress()));
	}

	private static String or(String a, String b) {
		return a == null || a.isBlank() ? b : a;
	}

	private static long id(String text) throws UsageException {
		try {
			return Long.parseLong(text);
		} catch (NumberFormatException e) {
			throw new UsageException(Messages.Merge_usage);
		}
	}

	@Override
	public String usage() {
		return Messages.Merge_usage;
	}
}
