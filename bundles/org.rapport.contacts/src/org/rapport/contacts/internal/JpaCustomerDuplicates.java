package org.rapport.contacts.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.rapport.contacts.Customer;
import org.rapport.contacts.CustomerDuplicates;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.CustomerReferences;
import org.rapport.contacts.CustomerService;
import org.rapport.contacts.CustomerSummary;
import org.rapport.contacts.DuplicatePair;
import org.rapport.contacts.internal.search.CustomerKeys;
import org.rapport.contacts.internal.search.PhoneKeys;
import org.rapport.contacts.internal.store.CustomerEntity;
import org.rapport.contacts.internal.store.CustomerMapper;
import org.rapport.contacts.internal.store.DuplicateQueries;
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.events.EventTopics;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.Transactions;
import org.rapport.platform.security.Action;
import org.rapport.platform.security.FieldSecurity;
import org.rapport.platform.security.SecurityContext;

/**
 * Duplicate candidates and the review queue in SQL; merging in one transaction with every module's records
 * ({@link CustomerReferences}), announced by an event after it committed.
 */
@Component(service = CustomerDuplicates.class)
public class JpaCustomerDuplicates implements CustomerDuplicates {

	@Reference
	private Database database;

	@Reference
	private SecurityContext security;

	@Reference
	private AuditLog audit;

	@Reference
	private FieldSecurity fieldSecurity;

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	private volatile EventAdmin events;

	/** Every module's customer references: all move with the merge, or the merge does not happen. */
	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	private final List<CustomerReferences> references = new CopyOnWriteArrayList<>();

	@Override
	public List<CustomerSummary> candidatesFor(CustomerInput input) {
		security.checkPermitted(CustomerService.MODULE, Action.READ);
		CustomerKeys keys = CustomerKeys.of(input, PhoneKeys.defaultRegion());
		return database.jdbc().read(c -> DuplicateQueries.candidates(c, keys));
	}

	@Override
	public List<DuplicatePair> reviewQueue(int limit) {
		security.checkPermitted(CustomerService.MODULE, Action.READ);
		return database.jdbc().read(c -> DuplicateQueries.pairs(c, limit));
	}

	@Override
	public Customer merge(long keptId, long mergedId, CustomerInput chosen) {
		security.checkPermitted(CustomerService.MODULE, Action.UPDATE);
		security.checkPermitted(CustomerService.MODULE, Action.DELETE);
		if (keptId == mergedId) {
			throw new IllegalArgumentException(NLS.bind(Messages.Merge_same, keptId));
		}
		String region = PhoneKeys.defaultRegion();
		CustomerValidator.check(chosen, region);
		CustomerFieldSecurity fields = new CustomerFieldSecurity(fieldSecurity);
		Customer result = Transactions.inTransaction(
				database.entityManagerFactory(CustomerEntity.class, "org.rapport.contacts"), em -> {
					CustomerEntity kept = em.find(CustomerEntity.class, keptId);
					CustomerEntity merged = em.find(CustomerEntity.class, mergedId);
					if (kept == null || merged == null) {
						throw new IllegalArgumentException(NLS.bind(Messages.Customer_notFound, kept == null ? keptId : mergedId));
					}
					String mergedName = merged.displayName();
					fields.load(em, kept);
					fields.load(em, merged);
					// Sensitive values the person may not change stay the kept customer's.
					CustomerInput combined = fields.allowed(withEverything(chosen,
							CustomerMapper.toCustomer(merged).input(), kept.owner()),
							CustomerMapper.toCustomer(kept).input());
					CustomerMapper.apply(combined, kept, CustomerKeys.of(combined, region));
					kept.markUpdated(CustomerMapper.nowUtc());
					// Custom values the kept customer lacks come over; the rest go with the merged one.
					em.createNativeQuery("UPDATE contacts_field_value SET customer_id = ? WHERE customer_id = ? AND"
							+ " field_key NOT IN (SELECT k.field_key FROM contacts_field_value k WHERE k.customer_id = ?)")
							.setParameter(1, keptId).setParameter(2, mergedId).setParameter(3, keptId).executeUpdate();
					em.createNativeQuery("UPDATE contacts_segment_member SET customer_id = ? WHERE customer_id = ? AND"
							+ " segment_id NOT IN (SELECT k.segment_id FROM contacts_segment_member k WHERE k.customer_id = ?)")
							.setParameter(1, keptId).setParameter(2, mergedId).setParameter(3, keptId).executeUpdate();
					em.remove(merged);
					em.flush();
					fields.store(em, kept);
					JpaCustomerService.audited(em, c -> {
						for (CustomerReferences module : references) {
							module.repoint(c, mergedId, keptId);
						}
					});
					// Both audit rows commit with the merge, or nothing does.
					JpaCustomerService.audited(em, c -> {
						audit.record(c, CustomerService.AUDIT_TYPE, String.valueOf(mergedId), "*", mergedName,
								NLS.bind(Messages.Merge_into, keptId));
						audit.record(c, CustomerService.AUDIT_TYPE, String.valueOf(keptId), "*", null,
								NLS.bind(Messages.Merge_from, mergedId, mergedName));
					});
					return CustomerMapper.toCustomer(kept);
				});
		post(keptId, mergedId);
		return fields.shown(result);
	}

	/** The chosen values, with every channel and tag of the merged customer that the choice lacks. */
	private static CustomerInput withEverything(CustomerInput chosen, CustomerInput merged, String keptOwner) {
		List<org.rapport.contacts.Channel> channels = new java.util.ArrayList<>(chosen.channels());
		Set<String> known = new HashSet<>();
		chosen.channels().forEach(c -> known.add(c.type() + ":" + c.value().trim()));
		merged.channels().stream().filter(c -> known.add(c.type() + ":" + c.value().trim()))
				.map(c -> new org.rapport.contacts.Channel(c.type(), c.label(), c.value(), false)).forEach(channels::add);
		Set<String> tags = new HashSet<>(chosen.tags());
		tags.addAll(merged.tags());
		return new CustomerInput(chosen.kind(), chosen.name(), chosen.givenName(), chosen.familyName(),
				chosen.accountId(), chosen.company(), chosen.jobTitle(), chosen.accountRole(), chosen.industry(),
				chosen.companySize(), chosen.region(), chosen.city(), chosen.country(), chosen.source(), chosen.stage(),
				chosen.vipTier(), chosen.active(), chosen.owner() == null || chosen.owner().isBlank() ? keptOwner
						: chosen.owner(), channels, tags, chosen.creditLimit(),
				chosen.currency(), chosen.paymentTerms(), chosen.taxId(), chosen.billingAddress());
	}

	private void post(long keptId, long mergedId) {
		EventAdmin admin = events;
		if (admin != null) {
			Map<String, Object> properties = new HashMap<>();
			properties.put(OLD_ID, mergedId);
			properties.put(NEW_ID, keptId);
			properties.put(EventTopics.ID, keptId);
			properties.put(EventTopics.USER, security.currentLogin());
			admin.postEvent(new Event(EventTopics.topic(CustomerService.MODULE, CustomerService.ENTITY, MERGED), properties));
		}
	}
}
