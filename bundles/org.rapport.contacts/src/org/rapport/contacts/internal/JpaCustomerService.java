package org.rapport.contacts.internal;

import java.sql.SQLException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
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
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.events.EventTopics;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.Transactions;
import org.rapport.platform.security.Action;
import org.rapport.platform.security.SecurityContext;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;

/** Customers in the contacts tables: permissions, validation, audit and events around every change. */
@Component(service = CustomerService.class)
public class JpaCustomerService implements CustomerService {

	@Reference
	private Database database;

	@Reference
	private SecurityContext security;

	@Reference
	private AuditLog audit;

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	private volatile EventAdmin events;

	@Override
	public Customer create(CustomerInput input) {
		security.checkPermitted(MODULE, Action.CREATE);
		String region = PhoneKeys.defaultRegion();
		CustomerInput owned = withOwner(input, security.currentUser().login());
		CustomerValidator.check(owned, region);
		CustomerKeys keys = CustomerKeys.of(owned, region);
		Customer created = Transactions.inTransaction(factory(), em -> {
			CustomerEntity e = new CustomerEntity();
			CustomerMapper.apply(owned, e, keys);
			e.created = CustomerMapper.nowUtc();
			e.updated = e.created;
			e.createdBy = security.currentUser().login();
			em.persist(e);
			em.flush();
			return CustomerMapper.toCustomer(e);
		});
		audit.record(AUDIT_TYPE, String.valueOf(created.id()), "*", null, created.name());
		post(EventTopics.CREATED, created.id());
		return created;
	}

	@Override
	public Customer update(long id, int version, CustomerInput input) {
		security.checkPermitted(MODULE, Action.UPDATE);
		String region = PhoneKeys.defaultRegion();
		CustomerValidator.check(input, region);
		CustomerKeys keys = CustomerKeys.of(input, region);
		Map<String, String[]> changes = new java.util.LinkedHashMap<>();
		Customer saved;
		try {
			saved = Transactions.inTransaction(factory(), em -> {
				CustomerEntity e = em.find(CustomerEntity.class, id);
				if (e == null) {
					throw new IllegalArgumentException(NLS.bind(Messages.Customer_notFound, id));
				}
				if (e.version != version) {
					throw conflict(e);
				}
				Customer before = CustomerMapper.toCustomer(e);
				Map<String, String> old = CustomerMapper.auditValues(before.input(), before.name());
				// An input without owner keeps the customer's owner.
				CustomerInput owned = withOwner(input, e.owner);
				CustomerMapper.apply(owned, e, keys);
				e.updated = CustomerMapper.nowUtc();
				CustomerMapper.auditValues(owned, keys.displayName()).forEach((field, value) -> {
					if (!Objects.equals(old.get(field), value)) {
						changes.put(field, new String[] { old.get(field), value });
					}
				});
				em.flush();
				return CustomerMapper.toCustomer(e);
			});
		} catch (RollbackException | OptimisticLockException e) {
			// Someone saved between our read and our write.
			throw find(id).map(JpaCustomerService::conflictOf).orElseThrow(() -> e);
		}
		changes.forEach((field, values) -> audit.record(AUDIT_TYPE, String.valueOf(id), field, values[0], values[1]));
		post(EventTopics.UPDATED, id);
		return saved;
	}

	@Override
	public Optional<Customer> find(long id) {
		security.checkPermitted(MODULE, Action.READ);
		return Transactions.inTransaction(factory(),
				em -> Optional.ofNullable(em.find(CustomerEntity.class, id)).map(CustomerMapper::toCustomer));
	}

	@Override
	public void noteInteraction(long id, java.time.Instant at) {
		security.checkPermitted(MODULE, Action.READ);
		try (java.sql.Connection c = database.dataSource().getConnection(); java.sql.PreparedStatement st = c.prepareStatement(
				"UPDATE contacts_customer SET last_interaction_at = ? WHERE id = ?"
						+ " AND (last_interaction_at IS NULL OR last_interaction_at < ?)")) {
			java.sql.Timestamp when = java.sql.Timestamp.from(at);
			st.setTimestamp(1, when);
			st.setLong(2, id);
			st.setTimestamp(3, when);
			st.executeUpdate();
		} catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
	}

	@Override
	public java.util.Map<Long, String> names(java.util.Collection<Long> ids) {
		security.checkPermitted(MODULE, Action.READ);
		java.util.Map<Long, String> names = new java.util.HashMap<>();
		List<Long> all = List.copyOf(new java.util.LinkedHashSet<>(ids));
		try (java.sql.Connection c = database.dataSource().getConnection()) {
			for (int from = 0; from < all.size(); from += 500) {
				List<Long> chunk = all.subList(from, Math.min(all.size(), from + 500));
				try (java.sql.PreparedStatement st = c.prepareStatement("SELECT id, display_name FROM contacts_customer"
						+ " WHERE id IN (" + "?, ".repeat(chunk.size() - 1) + "?)")) {
					for (int i = 0; i < chunk.size(); i++) {
						st.setLong(i + 1, chunk.get(i));
					}
					try (java.sql.ResultSet rs = st.executeQuery()) {
						while (rs.next()) {
							names.put(rs.getLong(1), rs.getString(2));
						}
					}
				}
			}
		} catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
		return names;
	}

	@Override
	public void noteInteractions(java.util.Map<Long, java.time.Instant> latest) {
		security.checkPermitted(MODULE, Action.READ);
		try (java.sql.Connection c = database.dataSource().getConnection(); java.sql.PreparedStatement st = c.prepareStatement(
				"UPDATE contacts_customer SET last_interaction_at = ? WHERE id = ?"
						+ " AND (last_interaction_at IS NULL OR last_interaction_at < ?)")) {
			c.setAutoCommit(false);
			int pending = 0;
			for (java.util.Map.Entry<Long, java.time.Instant> e : latest.entrySet()) {
				java.sql.Timestamp when = java.sql.Timestamp.from(e.getValue());
				st.setTimestamp(1, when);
				st.setLong(2, e.getKey());
				st.setTimestamp(3, when);
				st.addBatch();
				if (++pending % 1000 == 0) {
					st.executeBatch();
				}
			}
			st.executeBatch();
			c.commit();
		} catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
	}

	@Override
	public List<CustomerSummary> search(CustomerQuery query) {
		security.checkPermitted(MODULE, Action.READ);
		try {
			return CustomerSearch.page(database.dataSource(), query);
		} catch (SQLException e) {
			throw new IllegalStateException("Customer search failed: " + e.getMessage(), e);
		}
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
		return conflictOf(CustomerMapper.toCustomer(e));
	}

	private static ConcurrentEditException conflictOf(Customer current) {
		String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
				.format(current.updated().atZone(ZoneId.systemDefault()));
		return new ConcurrentEditException(NLS.bind(Messages.Conflict_savedMeanwhile, current.name(), when));
	}

	private EntityManagerFactory factory() {
		return database.entityManagerFactory(CustomerEntity.class, "org.rapport.contacts");
	}

	private void post(String action, long id) {
		EventAdmin admin = events;
		if (admin != null) {
			Map<String, Object> properties = new HashMap<>();
			properties.put(EventTopics.ID, id);
			properties.put(EventTopics.USER, security.currentUser().login());
			properties.put(EventTopics.DATA, id);
			admin.postEvent(new Event(EventTopics.topic(MODULE, ENTITY, action), properties));
		}
	}
}
