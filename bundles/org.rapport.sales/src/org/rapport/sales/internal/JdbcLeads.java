package org.rapport.sales.internal;

import java.io.Reader;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.EventAdmin;
import org.rapport.contacts.CustomerService;
import org.rapport.contacts.engagement.Interactions;
import org.rapport.contacts.engagement.Tasks;
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.events.EventTopics;
import org.rapport.platform.events.RecordEvents;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.Jdbc;
import org.rapport.platform.persistence.StaleRecordException;
import org.rapport.platform.persistence.Transactions;
import org.rapport.platform.security.Action;
import org.rapport.platform.security.SecurityContext;
import org.rapport.platform.validation.FieldError;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.AssignmentStrategy;
import org.rapport.sales.Lead;
import org.rapport.sales.LeadChange;
import org.rapport.sales.LeadConversion;
import org.rapport.sales.LeadInput;
import org.rapport.sales.LeadStatus;
import org.rapport.sales.Leads;
import org.rapport.sales.Opportunities;
import org.rapport.sales.SalesProcess;
import org.rapport.sales.SalesProcesses;
import org.rapport.sales.SalesStage;
import org.rapport.sales.internal.store.LeadEntity;
import org.rapport.sales.internal.store.LeadImport;
import org.rapport.sales.internal.store.LeadStore;
import org.rapport.sales.internal.store.TerritoryRules;

import jakarta.persistence.EntityManagerFactory;

/**
 * Leads: each one written as a {@link LeadEntity} with its history line and audit row in the same transaction, read
 * in SQL ({@link LeadStore}). Files are {@link LeadImport}'s, hand-outs {@link LeadAssignment}'s, the territories
 * {@link TerritoryRules}', conversions {@link LeadConverter}'s.
 */
@Component(service = Leads.class)
public class JdbcLeads implements Leads {

	private static final String AUDIT_TYPE = "sales.lead";

	@Reference
	private Database database;

	@Reference
	private SecurityContext security;

	@Reference
	private IExtensionRegistry registry;

	@Reference
	private Tasks tasks;

	@Reference
	private CustomerService customers;

	@Reference
	private Opportunities opportunities;

	@Reference
	private Interactions interactions;

	@Reference
	private SalesProcesses processes;

	@Reference
	private AuditLog audit;

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	private volatile EventAdmin events;

	@Override
	public Lead create(LeadInput input) {
		security.checkPermitted(Opportunities.MODULE, Action.CREATE);
		List<FieldError> errors = LeadFile.problems(input);
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		String user = security.currentLogin();
		Instant now = Instant.now();
		long id = Transactions.inTransaction(factory(), em -> {
			LeadEntity e = new LeadEntity();
			e.name = input.name().strip();
			e.company = LeadStore.text(input.company());
			e.email = LeadStore.text(input.email());
			e.phone = LeadStore.text(input.phone());
			e.source = LeadStore.source(input);
			e.region = LeadStore.text(input.region());
			e.regionKey = AssignmentStrategy.Team.regionKey(input.region());
			e.status = LeadStatus.NEW;
			e.created = Timestamp.from(now);
			em.persist(e);
			// The row first: the history line refers to it.
			em.flush();
			Transactions.sql(em, c -> {
				LeadStore.changed(c, e.id, LeadStatus.NEW, now, user, "");
				audit.record(c, AUDIT_TYPE, String.valueOf(e.id), "*", null, e.name);
				return null;
			});
			return e.id;
		});
		post(id, EventTopics.CREATED);
		return find(id).orElseThrow();
	}

	@Override
	public Optional<Lead> find(long id) {
		security.checkPermitted(Opportunities.MODULE, Action.READ);
		return LeadStore.find(database.jdbc(), id);
	}

	@Override
	public List<Lead> list(LeadStatus status, String owner, Lead after, int limit) {
		security.checkPermitted(Opportunities.MODULE, Action.READ);
		return LeadStore.list(database.jdbc(), status, owner, after, limit);
	}

	@Override
	public Lead setStatus(long id, int version, LeadStatus status, String reason) {
		security.checkPermitted(Opportunities.MODULE, Action.UPDATE);
		Lead lead = existing(id);
		if (status == LeadStatus.QUALIFIED) {
			throw new ValidationException("status", Messages.Lead_qualifyByConverting);
		}
		if (lead.status() == LeadStatus.QUALIFIED) {
			throw new ValidationException("status", NLS.bind(Messages.Lead_converted, lead.name()));
		}
		if (status == LeadStatus.LOST && (reason == null || reason.isBlank())) {
			throw new ValidationException("reason", Messages.Lead_lostReason);
		}
		String user = security.currentLogin();
		Instant now = Instant.now();
		change(lead, version, e -> {
			e.status = status;
			e.lostReason = status == LeadStatus.LOST ? reason.strip() : "";
		}, c -> {
			LeadStore.changed(c, id, status, now, user, reason);
			audit.record(c, AUDIT_TYPE, String.valueOf(id), "status", lead.status().name(), status.name());
		});
		post(id, EventTopics.UPDATED);
		return find(id).orElseThrow();
	}

	@Override
	public List<LeadChange> history(long id) {
		security.checkPermitted(Opportunities.MODULE, Action.READ);
		return LeadStore.history(database.jdbc(), id);
	}

	@Override
	public Lead convert(long id, int version, LeadConversion conversion) {
		security.checkPermitted(Opportunities.MODULE, Action.UPDATE);
		Lead lead = existing(id);
		if (lead.version() != version) {
			// Before the person and the opportunity are made: a lead saved meanwhile makes nothing.
			throw new StaleRecordException(NLS.bind(Messages.Lead_savedMeanwhile, lead.name()));
		}
		LeadConverter.Converted made = new LeadConverter(customers, opportunities, interactions).convert(lead,
				history(id), conversion);
		String user = security.currentLogin();
		Instant now = Instant.now();
		// The version read before converting: a lead saved by someone else meanwhile is not overwritten.
		change(lead, version, e -> {
			e.status = LeadStatus.QUALIFIED;
			e.customerId = made.personId();
			e.opportunityId = made.opportunityId();
		}, c -> {
			LeadStore.changed(c, id, LeadStatus.QUALIFIED, now, user, "");
			audit.record(c, AUDIT_TYPE, String.valueOf(id), "status", lead.status().name(),
					LeadStatus.QUALIFIED.name());
		});
		post(id, EventTopics.UPDATED);
		return find(id).orElseThrow();
	}

	/**
	 * Saves the lead's edit and, in the same transaction, its SQL part (the history line and the audit row); refused
	 * as stale when its version is not the one read.
	 */
	private void change(Lead before, int version, Consumer<LeadEntity> edit, Jdbc.Change rows) {
		String stale = NLS.bind(Messages.Lead_savedMeanwhile, before.name());
		try {
			Transactions.change(factory(), em -> {
				LeadEntity e = em.find(LeadEntity.class, before.id());
				if (e == null) {
					throw notFound(before.id());
				}
				if (e.version != version) {
					throw new StaleRecordException(stale);
				}
				edit.accept(e);
				em.flush();
				Transactions.sql(em, c -> {
					rows.run(c);
					return null;
				});
			});
		} catch (StaleRecordException e) {
			// Saved by someone else between our read and our write: the version check of the UPDATE found it.
			throw e.getCause() == null ? e : new StaleRecordException(stale, e);
		}
	}

	@Override
	public int importLeads(Reader csv, String fileName, IProgressMonitor monitor) {
		security.checkPermitted(Opportunities.MODULE, Action.IMPORT);
		int added = new LeadImport(database, audit).read(csv, fileName, security.currentLogin(), monitor);
		post(-1, EventTopics.CREATED);
		return added;
	}

	@Override
	public Map<String, Integer> assign(List<Lead> leads, String strategyId, List<String> people) {
		security.checkPermitted(Opportunities.MODULE, Action.UPDATE);
		List<String[]> closed = new ArrayList<>();
		for (SalesProcess p : processes.list()) {
			p.stages().stream().filter(s -> s.outcome() != SalesStage.Outcome.OPEN)
					.forEach(s -> closed.add(new String[] { p.id(), s.id() }));
		}
		Map<String, Integer> counts = new LeadAssignment(database, audit, registry, tasks, closed).assign(leads,
				strategyId, people, territoryRules().byKey());
		post(-1, EventTopics.UPDATED);
		return counts;
	}

	@Override
	public Map<String, String> strategies() {
		Map<String, String> found = new LinkedHashMap<>();
		for (IConfigurationElement e : registry.getConfigurationElementsFor("org.rapport.sales.assignmentStrategies")) {
			found.put(e.getAttribute("id"), e.getAttribute("label"));
		}
		return found;
	}

	@Override
	public Map<String, String> territories() {
		security.checkPermitted(Opportunities.MODULE, Action.READ);
		return territoryRules().byRegion();
	}

	@Override
	public void territory(String region, String login) {
		security.checkPermitted(Opportunities.MODULE, Action.ADMINISTER);
		territoryRules().set(region, login);
	}

	private TerritoryRules territoryRules() {
		return new TerritoryRules(database, audit);
	}

	private Lead existing(long id) {
		return find(id).orElseThrow(() -> notFound(id));
	}

	private static ValidationException notFound(long id) {
		return new ValidationException("lead", NLS.bind(Messages.Lead_notFound, id));
	}

	private EntityManagerFactory factory() {
		return database.entityManagerFactory(LeadEntity.class, "org.rapport.sales");
	}

	private void post(long id, String action) {
		RecordEvents.post(events, Opportunities.MODULE, ENTITY, action, id, security.currentLogin());
	}
}
