package org.rapport.sales.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.EventAdmin;
import org.rapport.contacts.CustomerService;
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.events.EventTopics;
import org.rapport.platform.events.RecordEvents;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.StaleRecordException;
import org.rapport.platform.persistence.Transactions;
import org.rapport.platform.security.Action;
import org.rapport.platform.security.RecordVisibility;
import org.rapport.platform.security.SecurityContext;
import org.rapport.platform.validation.FieldError;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.BuyingContact;
import org.rapport.sales.Opportunities;
import org.rapport.sales.Opportunity;
import org.rapport.sales.OpportunityFilter;
import org.rapport.sales.OpportunityInput;
import org.rapport.sales.SalesProcess;
import org.rapport.sales.SalesProcesses;
import org.rapport.sales.SalesStage;
import org.rapport.sales.StageChange;
import org.rapport.sales.internal.store.FilterSql;
import org.rapport.sales.internal.store.OpportunityEntity;
import org.rapport.sales.internal.store.OpportunityPeople;
import org.rapport.sales.internal.store.OpportunityRows;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/**
 * Opportunities: each one written as an {@link OpportunityEntity} with its stage history and audit row in the same
 * transaction; lists, board columns and the history read in SQL ({@link OpportunityRows}).
 */
@Component(service = Opportunities.class)
public class JdbcOpportunities implements Opportunities {

	private static final String AUDIT_TYPE = "sales.opportunity";

	@Reference
	private Database database;

	@Reference
	private SecurityContext security;

	@Reference
	private RecordVisibility visibility;

	@Reference
	private CustomerService customers;

	@Reference
	private SalesProcesses processes;

	@Reference
	private AuditLog audit;

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	private volatile EventAdmin events;

	@Override
	public Opportunity create(OpportunityInput in) {
		security.checkPermitted(MODULE, Action.CREATE);
		OpportunityChecks.Checked ok = new OpportunityChecks(customers, processes).check(in, LocalDate.now(),
				Messages.Opportunity_closeInPast, true);
		String user = security.currentLogin();
		Instant now = Instant.now();
		long id = Transactions.inTransaction(factory(), em -> {
			OpportunityEntity e = new OpportunityEntity();
			apply(e, in, ok, in.owner() == null || in.owner().isBlank() ? user : in.owner());
			e.stageEntered = Timestamp.from(now);
			e.created = e.stageEntered;
			em.persist(e);
			// The row first: the history row refers to it.
			em.flush();
			Transactions.sql(em, c -> {
				OpportunityRows.entered(c, e.id, e.stageId, now, user);
				audit.record(c, AUDIT_TYPE, String.valueOf(e.id), "*", null, in.name() + " " + in.amount());
				return null;
			});
			return e.id;
		});
		post(id, EventTopics.CREATED);
		return find(id).orElseThrow();
	}

	@Override
	public Opportunity update(long id, int version, OpportunityInput in) {
		security.checkPermitted(MODULE, Action.UPDATE);
		Opportunity before = existing(id);
		LocalDate recorded = LocalDate.ofInstant(before.created(), ZoneId.systemDefault());
		OpportunityChecks.Checked ok = new OpportunityChecks(customers, processes).check(in, recorded,
				NLS.bind(Messages.Opportunity_closeBeforeCreated, recorded), true);
		boolean moved = !ok.stage().id().equals(before.stageId()) || !ok.process().id().equals(before.processId());
		String user = security.currentLogin();
		Instant now = Instant.now();
		change(before, version, (em, e) -> {
			apply(e, in, ok, in.owner() == null || in.owner().isBlank() ? e.owner : in.owner());
			if (moved) {
				e.stageEntered = Timestamp.from(now);
			}
			em.flush();
			Transactions.sql(em, c -> {
				if (moved) {
					OpportunityRows.entered(c, id, e.stageId, now, user);
				}
				audit.record(c, AUDIT_TYPE, String.valueOf(id), "*", before.name() + " " + before.amount(),
						in.name() + " " + in.amount());
				return null;
			});
		});
		post(id, moved ? STAGE_CHANGED : EventTopics.UPDATED);
		return find(id).orElseThrow();
	}

	@Override
	public Opportunity moveTo(long id, int version, String stageId, String lostReason) {
		security.checkPermitted(MODULE, Action.UPDATE);
		Opportunity before = existing(id);
		if (before.version() != version) {
			// Moved or saved by someone else since the card was read: theirs stays, this move is refused.
			throw new StaleRecordException(NLS.bind(Messages.Opportunity_savedMeanwhile, before.name()));
		}
		SalesProcess process = processes.find(before.processId()).orElseThrow();
		SalesStage stage = process.stage(stageId).orElseThrow(() -> new ValidationException(List.of(new FieldError(
				"stage", NLS.bind(Messages.Opportunity_noStage, stageId, process.label())))));
		if (stage.id().equals(before.stageId())) {
			return before;
		}
		boolean lost = stage.outcome() == SalesStage.Outcome.LOST;
		if (lost && (lostReason == null || lostReason.isBlank())) {
			throw new ValidationException(List.of(new FieldError("lostReason", Messages.Opportunity_lostReason)));
		}
		String user = security.currentLogin();
		Instant now = Instant.now();
		change(before, version, (em, e) -> {
			e.stageId = stage.id();
			e.probability = stage.probability();
			e.stageEntered = Timestamp.from(now);
			e.lostReason = lost ? lostReason.strip() : "";
			em.flush();
			Transactions.sql(em, c -> {
				OpportunityRows.entered(c, id, stage.id(), now, user);
				audit.record(c, AUDIT_TYPE, String.valueOf(id), "stage", before.stageId(), stage.id());
				return null;
			});
		});
		post(id, STAGE_CHANGED);
		return find(id).orElseThrow();
	}

	/** Works on the entity in one transaction, refused as stale when its version is no longer the one read. */
	private void change(Opportunity before, int version, BiConsumer<EntityManager, OpportunityEntity> work) {
		String stale = NLS.bind(Messages.Opportunity_savedMeanwhile, before.name());
		try {
			Transactions.change(factory(), em -> {
				OpportunityEntity e = em.find(OpportunityEntity.class, before.id());
				if (e == null) {
					throw notFound(before.id());
				}
				if (e.version != version) {
					throw new StaleRecordException(stale);
				}
				work.accept(em, e);
			});
		} catch (StaleRecordException e) {
			// Saved by someone else between our read and our write: the version check of the UPDATE found it.
			throw e.getCause() == null ? e : new StaleRecordException(stale, e);
		}
	}

	/** The input's fields; the stage's default probability unless the input sets one. */
	private static void apply(OpportunityEntity e, OpportunityInput in, OpportunityChecks.Checked ok, String owner) {
		e.customerId = in.customerId();
		e.name = in.name().strip();
		e.amount = in.amount().amount();
		e.currency = in.amount().currency().getCurrencyCode();
		e.closeDate = in.closeDate();
		e.processId = ok.process().id();
		e.stageId = ok.stage().id();
		e.probability = in.probability() == null ? ok.stage().probability() : in.probability();
		e.owner = owner;
		e.nextStep = OpportunityRows.text(in.nextStep());
		e.competitors = OpportunityRows.text(in.competitors());
		// Why it was lost for a stage that loses it (checked to be given), nothing otherwise (as moveTo keeps it).
		e.lostReason = ok.stage().outcome() == SalesStage.Outcome.LOST ? in.lostReason().strip() : "";
	}

	@Override
	public List<Opportunity> list(OpportunityFilter filter, String stageId, Opportunity after, int limit) {
		security.checkPermitted(MODULE, Action.READ);
		FilterSql where = boardFilter(filter);
		if (stageId != null) {
			where.and("stage_id = ?", stageId);
		}
		if (after != null) {
			where.and("(close_date > ? OR (close_date = ? AND id > ?))", after.closeDate(), after.closeDate(),
					after.id());
		}
		return OpportunityRows.select(database.jdbc(), where, OpportunityRows.BY_CLOSE_DATE, limit);
	}

	@Override
	public Map<String, List<Opportunity>> board(OpportunityFilter filter, List<String> stageIds, int perStage) {
		security.checkPermitted(MODULE, Action.READ);
		return OpportunityRows.board(database.jdbc(), boardFilter(filter), stageIds, perStage);
	}

	/** A board shows one process: the filter's, or the standard one. */
	private FilterSql boardFilter(OpportunityFilter filter) {
		return new FilterSql(filter, filter.processId() == null ? processes.standard().id() : filter.processId(), visible());
	}

	@Override
	public List<Opportunity> stuck(OpportunityFilter filter, int maxProbability, Instant enteredBefore, int limit) {
		security.checkPermitted(MODULE, Action.READ);
		FilterSql where = new FilterSql(filter, filter.processId(), visible());
		stages(where, filter, s -> s.probability() <= maxProbability);
		where.and("stage_entered_at < ?", enteredBefore);
		return OpportunityRows.select(database.jdbc(), where, " ORDER BY stage_entered_at, id", limit);
	}

	@Override
	public List<Opportunity> closing(OpportunityFilter filter, int minProbability, int limit) {
		security.checkPermitted(MODULE, Action.READ);
		FilterSql where = new FilterSql(filter, filter.processId(), visible());
		stages(where, filter, s -> s.probability() >= minProbability);
		return OpportunityRows.select(database.jdbc(), where, OpportunityRows.BY_CLOSE_DATE, limit);
	}

	/** Only open stages that pass the test, of the filter's process or of every process. */
	private void stages(FilterSql where, OpportunityFilter filter, Predicate<SalesStage> test) {
		StringBuilder any = new StringBuilder();
		List<Object> values = new ArrayList<>();
		for (SalesProcess p : processes.list()) {
			if (filter.processId() != null && !p.id().equals(filter.processId())) {
				continue;
			}
			for (SalesStage s : p.stages()) {
				if (s.outcome() == SalesStage.Outcome.OPEN && test.test(s)) {
					any.append(any.isEmpty() ? "" : " OR ").append("(process_id = ? AND stage_id = ?)");
					values.add(p.id());
					values.add(s.id());
				}
			}
		}
		where.and(any.isEmpty() ? "1 = 0" : "(" + any + ")", values.toArray());
	}

	@Override
	public Optional<Opportunity> find(long id) {
		security.checkPermitted(MODULE, Action.READ);
		// One not shared with the reader is, for them, not there.
		return OpportunityRows.find(database.jdbc(), id).filter(o -> visibility.sees(RECORD_TYPE, o.owner()));
	}

	@Override
	public List<Opportunity> ofCustomer(long customerId, int limit) {
		security.checkPermitted(MODULE, Action.READ);
		return OpportunityRows.select(database.jdbc(), new FilterSql(OpportunityFilter.all(), null, visible()).and(
				"customer_id = ?", customerId), " ORDER BY close_date DESC, id DESC", limit);
	}

	@Override
	public List<BuyingContact> contacts(long id) {
		security.checkPermitted(MODULE, Action.READ);
		return new OpportunityPeople(database, audit).contacts(id);
	}

	@Override
	public void contacts(long id, List<BuyingContact> contacts) {
		security.checkPermitted(MODULE, Action.UPDATE);
		existing(id);
		new OpportunityPeople(database, audit).contacts(id, contacts, customers);
		post(id, EventTopics.UPDATED);
	}

	@Override
	public Set<String> signals(long id) {
		security.checkPermitted(MODULE, Action.READ);
		return new OpportunityPeople(database, audit).signals(id);
	}

	@Override
	public void signal(long id, String stageId, int position, boolean ticked) {
		security.checkPermitted(MODULE, Action.UPDATE);
		Opportunity o = existing(id);
		new OpportunityPeople(database, audit).signal(o, processes.find(o.processId()).orElseThrow(), stageId,
				position, ticked);
	}

	private Opportunity existing(long id) {
		return find(id).orElseThrow(() -> notFound(id));
	}

	private static ValidationException notFound(long id) {
		return new ValidationException(List.of(new FieldError("opportunity", NLS.bind(Messages.Opportunity_notFound,
				id))));
	}

	@Override
	public List<StageChange> history(long id) {
		security.checkPermitted(MODULE, Action.READ);
		return OpportunityRows.history(database.jdbc(), id);
	}

	@Override
	public List<FieldError> problems(OpportunityInput input) {
		try {
			new OpportunityChecks(customers, processes).check(input, LocalDate.now(), Messages.Opportunity_closeInPast,
					false);
			return List.of();
		} catch (ValidationException e) {
			return e.errors();
		}
	}

	private EntityManagerFactory factory() {
		return database.entityManagerFactory(OpportunityEntity.class, "org.rapport.sales");
	}

	private void post(long id, String action) {
		RecordEvents.post(events, MODULE, ENTITY, action, id, security.currentLogin());
	}

	/** Whose opportunities the reader sees (their sharing). */
	private java.util.Optional<java.util.Set<String>> visible() {
		return visibility.visibleOwners(Opportunities.RECORD_TYPE);
	}
}
