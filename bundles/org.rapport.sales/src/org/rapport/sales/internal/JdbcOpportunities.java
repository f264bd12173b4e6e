package org.rapport.sales.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
import org.rapport.platform.money.Money;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.security.Action;
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

/** Opportunities in sales_opportunity, every stage entered in sales_stage_history. */
@Component(service = Opportunities.class)
public class JdbcOpportunities implements Opportunities {

	private static final String COLUMNS = "id, version, customer_id, name, amount, currency, close_date, process_id,"
			+ " stage_id, probability, owner_login, stage_entered_at, next_step, competitors, created_at, lost_reason";

	@Reference
	private Database database;

	@Reference
	private SecurityContext security;

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
		SalesProcess process = ok.process();
		SalesStage stage = ok.stage();
		String user = security.currentUser().login();
		String owner = in.owner() == null || in.owner().isBlank() ? user : in.owner();
		int probability = in.probability() == null ? stage.probability() : in.probability();
		Instant now = Instant.now();
		long id;
		try (Connection c = database.dataSource().getConnection()) {
			c.setAutoCommit(false);
			id = new SalesIds(database.info().kind()).next(c);
			try (PreparedStatement st = c.prepareStatement("INSERT INTO sales_opportunity (" + COLUMNS
					+ ") VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
				st.setLong(1, id);
				st.setLong(2, in.customerId());
				st.setString(3, in.name().strip());
				st.setBigDecimal(4, in.amount().amount());
				st.setString(5, in.amount().currency().getCurrencyCode());
				st.setObject(6, java.sql.Date.valueOf(in.closeDate()));
				st.setString(7, process.id());
				st.setString(8, stage.id());
				st.setInt(9, probability);
				st.setString(10, owner);
				st.setTimestamp(11, Timestamp.from(now));
				st.setString(12, text(in.nextStep()));
				st.setString(13, text(in.competitors()));
				st.setTimestamp(14, Timestamp.from(now));
				st.setString(15, lostReason(stage, in));
				st.executeUpdate();
			}
			history(c, id, 0, stage.id(), now, user);
			c.commit();
		} catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
		audit.record("sales.opportunity", String.valueOf(id), "*", null, in.name() + " " + in.amount());
		post(id, EventTopics.CREATED);
		return find(id).orElseThrow();
	}

	@Override
	public Opportunity update(long id, int version, OpportunityInput in) {
		security.checkPermitted(MODULE, Action.UPDATE);
		Opportunity before = find(id).orElseThrow(() -> new ValidationException(List.of(new FieldError("opportunity",
				NLS.bind(Messages.Opportunity_notFound, id)))));
		LocalDate recorded = LocalDate.ofInstant(before.created(), java.time.ZoneId.systemDefault());
		OpportunityChecks.Checked ok = new OpportunityChecks(customers, processes).check(in, recorded,
				NLS.bind(Messages.Opportunity_closeBeforeCreated, recorded), true);
		boolean moved = !ok.stage().id().equals(before.stageId()) || !ok.process().id().equals(before.processId());
		Instant now = Instant.now();
		try (Connection c = database.dataSource().getConnection()) {
			c.setAutoCommit(false);
			try (PreparedStatement st = c.prepareStatement("UPDATE sales_opportunity SET customer_id = ?, name = ?,"
					+ " amount = ?, currency = ?, close_date = ?, process_id = ?, stage_id = ?, probability = ?,"
					+ " owner_login = ?, next_step = ?, competitors = ?, stage_entered_at = ?, lost_reason = ?,"
					+ " version = version + 1 WHERE id = ? AND version = ?")) {
				st.setLong(1, in.customerId());
				st.setString(2, in.name().strip());
				st.setBigDecimal(3, in.amount().amount());
				st.setString(4, in.amount().currency().getCurrencyCode());
				st.setObject(5, java.sql.Date.valueOf(in.closeDate()));
				st.setString(6, ok.process().id());
				st.setString(7, ok.stage().id());
				st.setInt(8, in.probability() == null ? ok.stage().probability() : in.probability());
				st.setString(9, in.owner() == null || in.owner().isBlank() ? before.owner() : in.owner());
				st.setString(10, text(in.nextStep()));
				st.setString(11, text(in.competitors()));
				st.setTimestamp(12, Timestamp.from(moved ? now : before.stageEntered()));
				st.setString(13, lostReason(ok.stage(), in));
				st.setLong(14, id);
				st.setInt(15, version);
				if (st.executeUpdate() == 0) {
					c.rollback();
					throw new ValidationException(List.of(new FieldError("version", Messages.Opportunity_changedMeanwhile)));
				}
			}
			if (moved) {
				history(c, id, history(id).size(), ok.stage().id(), now, security.currentUser().login());
			}
			c.commit();
		} catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
		audit.record("sales.opportunity", String.valueOf(id), "*", before.name() + " " + before.amount(),
				in.name() + " " + in.amount());
		post(id, moved ? STAGE_CHANGED : EventTopics.UPDATED);
		return find(id).orElseThrow();
	}

	@Override
	public List<Opportunity> list(OpportunityFilter filter, String stageId, Opportunity after, int limit) {
		security.checkPermitted(MODULE, Action.READ);
		String process = filter.processId() == null ? processes.standard().id() : filter.processId();
		FilterSql where = new FilterSql(filter, process);
		if (stageId != null) {
			where.and("stage_id = ?", stageId);
		}
		if (after != null) {
			java.sql.Date day = java.sql.Date.valueOf(after.closeDate());
			where.and("(close_date > ? OR (close_date = ? AND id > ?))", day, day, after.id());
		}
		return select(where, " ORDER BY close_date, id", limit);
	}

	@Override
	public List<Opportunity> stuck(OpportunityFilter filter, int maxProbability, Instant enteredBefore, int limit) {
		FilterSql where = new FilterSql(filter, filter.processId());
		stages(where, filter, s -> s.probability() <= maxProbability);
		where.and("stage_entered_at < ?", Timestamp.from(enteredBefore));
		return select(where, " ORDER BY stage_entered_at, id", limit);
	}

	@Override
	public List<Opportunity> closing(OpportunityFilter filter, int minProbability, int limit) {
		FilterSql where = new FilterSql(filter, filter.processId());
		stages(where, filter, s -> s.probability() >= minProbability);
		return select(where, " ORDER BY close_date, id", limit);
	}

	/** Only open stages that pass the test, of the filter's process or of every process. */
	private void stages(FilterSql where, OpportunityFilter filter, java.util.function.Predicate<SalesStage> test) {
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

	private List<Opportunity> select(FilterSql where, String order, int limit) {
		security.checkPermitted(MODULE, Action.READ);
		List<Opportunity> found = new ArrayList<>();
		try (Connection c = database.dataSource().getConnection(); PreparedStatement st = c.prepareStatement("SELECT "
				+ COLUMNS + " FROM sales_opportunity" + where.where() + order + " FETCH FIRST " + Math.max(1, limit)
				+ " ROWS ONLY")) {
			where.bind(st);
			try (ResultSet rs = st.executeQuery()) {
				while (rs.next()) {
					found.add(opportunity(rs));
				}
			}
		} catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
		return found;
	}

	/** Why it was lost for a stage that loses it (checked to be given), nothing otherwise (as moveTo keeps it). */
	private static String lostReason(SalesStage stage, OpportunityInput in) {
		return stage.outcome() == SalesStage.Outcome.LOST ? in.lostReason().strip() : "";
	}

	@Override
	public Opportunity moveTo(long id, String stageId, String lostReason) {
		security.checkPermitted(MODULE, Action.UPDATE);
		Opportunity before = find(id).orElseThrow(() -> new ValidationException(List.of(new FieldError("opportunity",
				NLS.bind(Messages.Opportunity_notFound, id)))));
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
		Instant now = Instant.now();
		try (Connection c = database.dataSource().getConnection()) {
			c.setAutoCommit(false);
			try (PreparedStatement st = c.prepareStatement("UPDATE sales_opportunity SET stage_id = ?, probability = ?,"
					+ " stage_entered_at = ?, lost_reason = ?, version = version + 1 WHERE id = ?")) {
				st.setString(1, stage.id());
				st.setInt(2, stage.probability());
				st.setTimestamp(3, Timestamp.from(now));
				st.setString(4, lost ? lostReason.strip() : "");
				st.setLong(5, id);
				st.executeUpdate();
			}
			history(c, id, history(id).size(), stage.id(), now, security.currentUser().login());
			c.commit();
		} catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
		audit.record("sales.opportunity", String.valueOf(id), "stage", before.stageId(), stage.id());
		post(id, STAGE_CHANGED);
		return find(id).orElseThrow();
	}

	@Override
	public Optional<Opportunity> find(long id) {
		security.checkPermitted(MODULE, Action.READ);
		try (Connection c = database.dataSource().getConnection();
				PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM sales_opportunity WHERE id = ?")) {
			st.setLong(1, id);
			try (ResultSet rs = st.executeQuery()) {
				return rs.next() ? Optional.of(opportunity(rs)) : Optional.empty();
			}
		} catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
	}

	@Override
	public List<Opportunity> ofCustomer(long customerId, int limit) {
		return select(new FilterSql(OpportunityFilter.all(), null).and("customer_id = ?", customerId),
				" ORDER BY close_date DESC, id DESC", limit);
	}

	@Override
	public List<BuyingContact> contacts(long id) {
		security.checkPermitted(MODULE, Action.READ);
		return new OpportunityPeople(database).contacts(id);
	}

	@Override
	public void contacts(long id, List<BuyingContact> contacts) {
		security.checkPermitted(MODULE, Action.UPDATE);
		existing(id);
		new OpportunityPeople(database).contacts(id, contacts, customers);
		audit.record("sales.opportunity", String.valueOf(id), "contacts", null, contacts.toString());
		post(id, EventTopics.UPDATED);
	}

	@Override
	public java.util.Set<String> signals(long id) {
		security.checkPermitted(MODULE, Action.READ);
		return new OpportunityPeople(database).signals(id);
	}

	@Override
	public void signal(long id, String stageId, int position, boolean ticked) {
		security.checkPermitted(MODULE, Action.UPDATE);
		Opportunity o = existing(id);
		new OpportunityPeople(database).signal(o, processes.find(o.processId()).orElseThrow(), stageId, position,
				ticked);
		audit.record("sales.opportunity", String.valueOf(id), "signal " + stageId + "#" + position, null,
				String.valueOf(ticked));
	}

	private Opportunity existing(long id) {
		return find(id).orElseThrow(() -> new ValidationException(List.of(new FieldError("opportunity",
				NLS.bind(Messages.Opportunity_notFound, id)))));
	}

	@Override
	public List<StageChange> history(long id) {
		security.checkPermitted(MODULE, Action.READ);
		List<StageChange> changes = new ArrayList<>();
		try (Connection c = database.dataSource().getConnection(); PreparedStatement st = c.prepareStatement(
				"SELECT stage_id, entered_at, changed_by FROM sales_stage_history WHERE opportunity_id = ? ORDER BY position")) {
			st.setLong(1, id);
			try (ResultSet rs = st.executeQuery()) {
				while (rs.next()) {
					changes.add(new StageChange(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3)));
				}
			}
		} catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
		return changes;
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

	private static String text(String value) {
		return value == null ? "" : value.strip();
	}

	private static void history(Connection c, long id, int position, String stage, Instant at, String user)
			throws SQLException {
		try (PreparedStatement st = c.prepareStatement("INSERT INTO sales_stage_history (opportunity_id, position,"
				+ " stage_id, entered_at, changed_by) VALUES (?, ?, ?, ?, ?)")) {
			st.setLong(1, id);
			st.setInt(2, position);
			st.setString(3, stage);
			st.setTimestamp(4, Timestamp.from(at));
			st.setString(5, user);
			st.executeUpdate();
		}
	}

	static Opportunity opportunity(ResultSet rs) throws SQLException {
		return new Opportunity(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getString(4),
				new Money(rs.getBigDecimal(5), java.util.Currency.getInstance(rs.getString(6))),
				rs.getDate(7).toLocalDate(), rs.getString(8), rs.getString(9), rs.getInt(10), rs.getString(11),
				rs.getTimestamp(12).toInstant(), text(rs.getString(13)), text(rs.getString(14)),
				rs.getTimestamp(15).toInstant(), text(rs.getString(16)));
	}


	private void post(long id, String action) {
		RecordEvents.post(events, MODULE, ENTITY, action, id, security.currentUser().login());
	}
}
