package org.rapport.sales.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.rapport.contacts.Channel;
import org.rapport.contacts.ChannelType;
import org.rapport.contacts.Customer;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.CustomerKind;
import org.rapport.contacts.CustomerService;
import org.rapport.contacts.LifecycleStage;
import org.rapport.contacts.VipTier;
import org.rapport.contacts.engagement.InteractionInput;
import org.rapport.contacts.engagement.InteractionType;
import org.rapport.contacts.engagement.Interactions;
import org.rapport.platform.validation.FieldError;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.Lead;
import org.rapport.sales.LeadChange;
import org.rapport.sales.LeadConversion;
import org.rapport.sales.Opportunities;
import org.rapport.sales.Opportunity;
import org.rapport.sales.OpportunityInput;

/**
 * Turns a lead into a person (linked to its account) and an opportunity, through the services of contacts and of
 * opportunities; marking the lead converted is the caller's. Everything that could be refused is checked before the
 * first record is written: the opportunity by {@link Opportunities#problems}, the person by creating it first (the
 * account, which needs only a name, follows and the person is linked to it).
 */
final class LeadConverter {

	/** What the lead became: the person, and the opportunity when one was opened. */
	record Converted(long personId, Long opportunityId) {
	}

	private final CustomerService customers;
	private final Opportunities opportunities;
	private final Interactions interactions;

	LeadConverter(CustomerService customers, Opportunities opportunities, Interactions interactions) {
		this.customers = customers;
		this.opportunities = opportunities;
		this.interactions = interactions;
	}

	Converted convert(Lead lead, List<LeadChange> history, LeadConversion conversion) {
		List<FieldError> errors = new ArrayList<>();
		if (!lead.status().open()) {
			errors.add(new FieldError("status", NLS.bind(Messages.Lead_notOpen, lead.name(), lead.status())));
		}
		if (conversion.accountId() != null && customers.find(conversion.accountId()).filter(c -> c.input().kind()
				== CustomerKind.ACCOUNT).isEmpty()) {
			errors.add(new FieldError("account", NLS.bind(Messages.Lead_noAccount, conversion.accountId())));
		}
		if (conversion.personId() != null && customers.find(conversion.personId()).isEmpty()) {
			errors.add(new FieldError("person", NLS.bind(Messages.Opportunity_noCustomer, conversion.personId())));
		}
		OpportunityInput wanted = conversion.opportunity();
		if (wanted != null) {
			errors.addAll(opportunities.problems(forCustomer(wanted, 0)));
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		Long account = conversion.accountId();
		long person;
		if (conversion.personId() != null) {
			person = conversion.personId();
		} else {
			Customer made = customers.create(person(lead, account));
			person = made.id();
			if (account == null && !lead.company().isBlank()) {
				account = customers.create(account(lead)).id();
				Customer fresh = customers.find(person).orElseThrow();
				customers.update(person, fresh.version(), linked(fresh.input(), account, lead.company()));
			}
		}
		Opportunity opened = wanted == null ? null
				: opportunities.create(forCustomer(wanted, account != null ? account : person));
		interactions.record(new InteractionInput(person, InteractionType.NOTE, Instant.now(), 0, lead.source(),
				List.of(), note(lead, history, opened), "", null));
		return new Converted(person, opened == null ? null : opened.id());
	}

	private static OpportunityInput forCustomer(OpportunityInput o, long customerId) {
		return new OpportunityInput(customerId, o.name(), o.amount(), o.closeDate(), o.processId(), o.stageId(),
				o.probability(), o.owner(), o.nextStep(), o.competitors());
	}

	/** The lead's source, dates and statuses, so the customer's timeline tells where they came from. */
	private static String note(Lead lead, List<LeadChange> history, Opportunity opened) {
		ZoneId zone = ZoneId.systemDefault();
		String statuses = history.stream().map(h -> h.status() + " " + LocalDate.ofInstant(h.at(), zone) + " ("
				+ h.by() + (h.reason().isEmpty() ? "" : ": " + h.reason()) + ")").collect(Collectors.joining(", "));
		return NLS.bind(Messages.Lead_note, new Object[] { lead.name(), lead.source(),
				LocalDate.ofInstant(lead.created(), zone), statuses, opened == null ? "-" : opened.name() });
	}

	private static CustomerInput person(Lead lead, Long account) {
		String name = lead.name().strip();
		int space = name.lastIndexOf(' ');
		List<Channel> channels = new ArrayList<>();
		if (!lead.email().isBlank()) {
			channels.add(new Channel(ChannelType.EMAIL, "", lead.email(), true));
		}
		if (!lead.phone().isBlank()) {
			channels.add(new Channel(ChannelType.MOBILE, "", lead.phone(), true));
		}
		return new CustomerInput(CustomerKind.PERSON, null, space < 0 ? name : name.substring(0, space),
				space < 0 ? "" : name.substring(space + 1), account, blankToNull(lead.company()), null, null, null,
				null, blankToNull(lead.region()), null, null, lead.source(), LifecycleStage.PROSPECT, VipTier.NONE, true,
				lead.owner(), channels, Set.of(), null, null, null, null, null);
	}

	private static CustomerInput account(Lead lead) {
		return new CustomerInput(CustomerKind.ACCOUNT, lead.company(), null, null, null, null, null, null, null, null,
				blankToNull(lead.region()), null, null, lead.source(), LifecycleStage.PROSPECT, VipTier.NONE, true,
				lead.owner(), List.of(), Set.of(), null, null, null, null, null);
	}

	private static CustomerInput linked(CustomerInput p, long account, String company) {
		return new CustomerInput(p.kind(), p.name(), p.givenName(), p.familyName(), account, company, p.jobTitle(),
				p.accountRole(), p.industry(), p.companySize(), p.region(), p.city(), p.country(), p.source(), p.stage(),
				p.vipTier(), p.active(), p.owner(), p.channels(), p.tags(), p.creditLimit(), p.currency(),
				p.paymentTerms(), p.taxId(), p.billingAddress());
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}
}
