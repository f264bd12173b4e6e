package org.rapport.contacts.internal;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.rapport.contacts.ConcurrentEditException;
import org.rapport.contacts.Customer;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.CustomerQuery;
import org.rapport.contacts.CustomerService;
import org.rapport.contacts.CustomerSummary;
import org.rapport.contacts.internal.search.CustomerKeys;
import org.rapport.contacts.internal.search.CustomerSearch;
import org.rapport.contacts.internal.search.PhoneKeys;
import org.rapport.contacts.internal.store.CustomerEntity;
import org.rapport.contacts.internal.store.CustomerMapper;
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.events.EventTopics;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.Jdbc;
import org.rapport.platform.persistence.Rows;
import org.rapport.platform.persistence.StaleRecordException;
import org.rapport.platform.persistence.Transactions;
import org.rapport.platform.security.Action;
import org.rapport.platform.security.FieldSecurity;
import org.rapport.platform.security.SecurityContext;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/** Customers in the contacts tables: permissions, validation, audit and events around every change. */
@Component(service = CustomerService.class)
public class JpaCustomerService implements CustomerService {

	private static final String NOTE_INTERACTION = "UPDATE contacts_customer SET last_interaction_at = ? WHERE id = ?"
			+ " AND (last_interaction_at IS NULL OR last_interaction_at < ?)";
	/** Ids per IN list when reading names. */
	private static final int NAMES_CHUNK = 500;

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

	@Override
	public Customer create(CustomerInput input) {
		security.checkPermitted(MODULE, Action.CREATE);
		String region = PhoneKeys.defaultRegion();
		CustomerFieldSecurity fields = new CustomerFieldSecurity(fieldSecurity);
		CustomerInput owned = fields.allowed(withOwner(input, security.currentLogin()), null);
		CustomerValidator.check(owned, region);
		CustomerKeys keys = CustomerKeys.of(owned, region);
		Customer created = Transactions.inTransaction(factory(), em -> {
			CustomerEntity e = new CustomerEntity();
			CustomerMapper.apply(owned, e, keys);
			e.markCreated(CustomerMapper.nowUtc(), security.currentLogin());
			em.persist(e);
			em.flush();
			fields.store(em, e);
			Customer made = CustomerMapper.toCustomer(e);
			audited(em, c -> audit.record(c, AUDIT_TYPE, String.valueOf(made.id()), "*", null, made.name()));
			return made;
		});
		post(EventTopics.CREATED, created.id());
		return fields.shown(created);
	}

	@Override
	public Customer update(long id, int version, CustomerInput input) {
		security.checkPermitted(MODULE, Action.UPDATE);
		CustomerFieldSecurity fields = new CustomerFieldSecurity(fieldSecurity);
		String region = PhoneKeys.defaultRegion();
		CustomerValidator.check(input, region);
		CustomerKeys keys = CustomerKeys.of(input, region);
		Customer saved;
		try {
			saved = Transactions.inTransaction(factory(), em -> {
				CustomerEntity e = em.find(CustomerEntity.class, id);
				if (e == null) {
					throw new IllegalArgumentException(NLS.bind(Messages.Customer_notFound, id));
				}
				if (e.version() != version) {
					throw conflict(e);
				}
				fields.load(em, e);
				Customer before = CustomerMapper.toCustomer(e);
				Map<String, String> old = CustomerMapper.auditValues(before.input(), before.name());
				// An input without owner keeps the customer's owner; fields the user may not change keep theirs.
				CustomerInput owned = fields.allowed(withOwner(input, e.owner()), before.input());
				CustomerMapper.apply(owned, e, keys);
				e.markUpdated(CustomerMapper.nowUtc());
				Map<String, String[]> changes = new LinkedHashMap<>();
				CustomerMapper.auditValues(owned, keys.displayName()).forEach((field, value) -> {
					if (!Objects.equals(old.get(field), value)) {
						changes.put(field, new String[] { old.get(field), value });
					}
				});
				em.flush();
				fields.store(em, e);
				// The audit rows commit with the change, or neither does.
				audited(em, c -> {
					for (Map.Entry<String, String[]> change : changes.entrySet()) {
						audit.record(c, AUDIT_TYPE, String.valueOf(id), change.getKey(),
								CustomerFieldSecurity.audited(change.getKey(), change.getValue()[0]),
								CustomerFieldSecurity.audited(change.getKey(), change.getValue()[1]));
					}
				});
				return CustomerMapper.toCustomer(e);
			});
		} catch (ConcurrentEditException e) {
			throw e;
		} catch (StaleRecordException e) {
			// Someone saved between our read and our write: say who was saved when, as for a stale version.
			throw find(id).map(current -> conflictOf(current, e)).orElseThrow(() -> e);
		}
		post(EventTopics.UPDATED, id);
		return fields.shown(saved);
	}

	@Override
	public Optional<Customer> find(long id) {
		security.checkPermitted(MODULE, Action.READ);
		CustomerFieldSecurity fields = new CustomerFieldSecurity(fieldSecurity);
		return Transactions.inTransaction(factory(), em -> Optional.ofNullable(em.find(CustomerEntity.class, id)).map(e -> {
			fields.load(em, e);
			return CustomerMapper.toCustomer(e);
		})).map(fields::shown);
	}

	@Override
	public void noteInteraction(long id, Instant at) {
		security.checkPermitted(MODULE, Action.READ);
		database.jdbc().change(c -> Rows.update(c, NOTE_INTERACTION, at, id, at));
	}

	@Override
	public Map<Long, String> names(Collection<Long> ids) {
		security.checkPermitted(MODULE, Action.READ);
		List<Long> all = List.copyOf(new LinkedHashSet<>(ids));
		if (all.isEmpty()) {
			return new HashMap<>();
		}
		return database.jdbc().read(c -> {
			Map<Long, String> names = new HashMap<>();
			for (int from = 0; from < all.size(); from += NAMES_CHUNK) {
				List<Long> chunk = all.subList(from, Math.min(all.size(), from + NAMES_CHUNK));
				Rows.query(c, "SELECT id, display_name FROM contacts_customer WHERE id IN ("
						+ "?, ".repeat(chunk.size() - 1) + "?)", chunk, rs -> Map.entry(rs.getLong(1), rs.getString(2)))
						.forEach(name -> names.put(name.getKey(), name.getValue()));
			}
			return names;
		});
	}

	@Override
	public void noteInteractions(Map<Long, Instant> latest) {
		security.checkPermitted(MODULE, Action.READ);
		database.jdbc().change(c -> {
			try (PreparedStatement st = c.prepareStatement(NOTE_INTERACTION)) {
				int pending = 0;
				for (Map.Entry<Long, Instant> e : latest.entrySet()) {
					Rows.bind(st, List.of(e.getValue(), e.getKey(), e.getValue()));
					st.addBatch();
					if (++pending % 1000 == 0) {
						st.executeBatch();
					}
				}
				st.executeBatch();
			}
		});
	}

	@Override
	public List<CustomerSummary> search(CustomerQuery query) {
		security.checkPermitted(MODULE, Action.READ);
		return database.jdbc().read(c -> CustomerSearch.page(c, query));
	}

	/** Runs the audit part of a change on the connection of the entity manager's transaction: one commit for both. */
	static void audited(EntityManager em, Jdbc.Change sql) {
		Transactions.sql(em, c -> {
			sql.run(c);
			return null;
		});
	}

	private static CustomerInput withOwner(CustomerInput in, String owner) {
		if (in.owner() != null && !in.owner().isBlank()) {
			return in;
		}
		return new CustomerInput(in.kind(), in.name(), in.givenName(), in.familyName(), in.accountId(), in.company(),
				in.jobTitle(), in.accountRole(), in.industry(), in.companySize(), in.region(), in.city(), in.country(),
				in.source(), in.stage(), in.vipTier(), in.active(), owner, in.channels(),
				in.tags(), in.creditLimit(), in.currency(), in.paymentTerms(), in.taxId(), in.billingAddress());
	}

	private static ConcurrentEditException conflict(CustomerEntity e) {
		return conflictOf(CustomerMapper.toCustomer(e), null);
	}

	private static ConcurrentEditException conflictOf(Customer current, Throwable cause) {
		String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
				.format(current.updated().atZone(ZoneId.systemDefault()));
		return new ConcurrentEditException(NLS.bind(Messages.Conflict_savedMeanwhile, current.name(), when), cause);
	}

	private EntityManagerFactory factory() {
		return database.entityManagerFactory(CustomerEntity.class, "org.rapport.contacts");
	}

	private void post(String action, long id) {
		EventAdmin admin = events;
		if (admin != null) {
			Map<String, Object> properties = new HashMap<>();
			properties.put(EventTopics.ID, id);
			properties.put(EventTopics.USER, security.currentLogin());
			properties.put(EventTopics.DATA, id);
			admin.postEvent(new Event(EventTopics.topic(MODULE, ENTITY, action), properties));
		}
	}
}
