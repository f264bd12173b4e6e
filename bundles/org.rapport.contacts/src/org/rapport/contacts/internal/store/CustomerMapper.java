package org.rapport.contacts.internal.store;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.rapport.contacts.Channel;
import org.rapport.contacts.Customer;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.internal.search.CustomerKeys;

/** Copies between what users enter and the stored row, and lists field values for the audit log. */
public final class CustomerMapper {

	private CustomerMapper() {
	}

	public static void apply(CustomerInput in, CustomerEntity e, CustomerKeys keys) {
		e.kind = in.kind();
		e.displayName = keys.displayName();
		e.givenName = trim(in.givenName());
		e.familyName = trim(in.familyName());
		e.accountId = in.accountId();
		e.company = trim(in.company());
		e.jobTitle = trim(in.jobTitle());
		e.accountRole = in.accountRole();
		e.industry = trim(in.industry());
		e.companySize = trim(in.companySize());
		e.region = trim(in.region());
		e.city = trim(in.city());
		e.country = in.country() == null || in.country().isBlank() ? null : in.country().trim().toUpperCase(Locale.ROOT);
		e.source = trim(in.source());
		e.stage = in.stage();
		e.vipTier = in.vipTier();
		e.active = in.active();
		e.owner = trim(in.owner());
		e.creditLimit = in.creditLimit();
		e.currency = in.currency() == null || in.currency().isBlank() ? null : in.currency().trim().toUpperCase(Locale.ROOT);
		e.paymentTerms = trim(in.paymentTerms());
		e.taxId = trim(in.taxId());
		e.billingAddress = trim(in.billingAddress());
		e.primaryEmail = keys.primaryEmail();
		e.primaryPhone = keys.primaryPhone();
		e.sortKey = keys.sortKey();
		e.nameKey = keys.nameKey();
		e.name2Key = keys.name2Key();
		e.pinyinKey = keys.pinyinKey();
		e.initialsKey = keys.initialsKey();
		e.emailKey = keys.emailKey();
		e.phoneKey = keys.phoneKey();
		e.phoneIntlKey = keys.phoneIntlKey();
		e.companyKey = keys.companyKey();
		e.channels.clear();
		for (int i = 0; i < in.channels().size(); i++) {
			e.channels.add(new ChannelEntity(e, i, in.channels().get(i)));
		}
		e.tags.clear();
		in.tags().stream().map(String::trim).forEach(e.tags::add);
	}

	public static Customer toCustomer(CustomerEntity e) {
		List<Channel> channels = new ArrayList<>();
		e.channels.stream().sorted((a, b) -> Integer.compare(a.position(), b.position()))
				.forEach(c -> channels.add(c.toChannel()));
		CustomerInput input = new CustomerInput(e.kind, e.kind == org.rapport.contacts.CustomerKind.ACCOUNT ? e.displayName : null,
				e.givenName, e.familyName, e.accountId, e.company, e.jobTitle, e.accountRole, e.industry, e.companySize,
				e.region, e.city, e.country, e.source, e.stage, e.vipTier, e.active, e.owner, channels,
				new TreeSet<>(e.tags), e.creditLimit, e.currency, e.paymentTerms, e.taxId, e.billingAddress);
		return new Customer(e.id, e.version, e.displayName, input, e.created.toInstant(ZoneOffset.UTC),
				e.updated.toInstant(ZoneOffset.UTC), e.createdBy);
	}

	/** Field values as the audit log records them. */
	public static Map<String, String> auditValues(CustomerInput in, String displayName) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("name", displayName);
		values.put("givenName", in.givenName());
		values.put("familyName", in.familyName());
		values.put("accountId", in.accountId() == null ? null : in.accountId().toString());
		values.put("company", in.company());
		values.put("jobTitle", in.jobTitle());
		values.put("accountRole", in.accountRole() == null ? null : in.accountRole().name());
		values.put("industry", in.industry());
		values.put("companySize", in.companySize());
		values.put("region", in.region());
		values.put("city", in.city());
		values.put("country", in.country());
		values.put("source", in.source());
		values.put("stage", in.stage().name());
		values.put("vipTier", in.vipTier().name());
		values.put("active", String.valueOf(in.active()));
		values.put("owner", in.owner());
		values.put("channels", in.channels().stream().map(c -> c.type() + ":" + c.value() + (c.primary() ? "*" : ""))
				.reduce((a, b) -> a + ", " + b).orElse(""));
		values.put("tags", String.join(", ", new TreeSet<>(in.tags())));
		values.put("creditLimit", in.creditLimit() == null ? null : in.creditLimit().toPlainString());
		values.put("currency", in.currency());
		values.put("paymentTerms", in.paymentTerms());
		values.put("taxId", in.taxId());
		values.put("billingAddress", in.billingAddress());
		return values;
	}

	public static LocalDateTime nowUtc() {
		return LocalDateTime.now(ZoneOffset.UTC);
	}

	private static String trim(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}
}
