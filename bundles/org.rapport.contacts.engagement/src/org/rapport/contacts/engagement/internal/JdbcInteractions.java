package org.rapport.contacts.engagement.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.EventAdmin;
import org.rapport.contacts.CustomerService;
import org.rapport.contacts.engagement.Interaction;
import org.rapport.contacts.engagement.InteractionInput;
import org.rapport.contacts.engagement.InteractionType;
import org.rapport.contacts.engagement.Interactions;
import org.rapport.contacts.engagement.Priority;
import org.rapport.contacts.engagement.TaskInput;
import org.rapport.contacts.engagement.Tasks;
import org.rapport.contacts.engagement.internal.store.EngagementUnit;
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.events.EventTopics;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.Jdbc;
import org.rapport.platform.persistence.Rows;
import org.rapport.platform.security.Action;
import org.rapport.platform.security.SecurityContext;
import org.rapport.platform.validation.FieldError;
import org.rapport.platform.validation.ValidationException;

/** Interactions in engagement_interaction, read newest first from the customer's index. */
@Component(service = Interactions.class)
public class JdbcInteractions implements Interactions {

	public static final String COLUMNS = "id, customer_id, interaction_type, happened_at, minutes, channel,"
			+ " participants, outcome, next_step, recorded_by";

	@Reference
	private Database database;

	@Reference
	private SecurityContext security;

	@Reference
	private CustomerService customers;

	@Reference
	private Tasks tasks;

	@Reference
	private AuditLog audit;

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	private volatile EventAdmin events;

	@Override
	public Interaction record(InteractionInput in) {
		security.checkPermitted(CustomerService.MODULE, Action.UPDATE);
		List<FieldError> errors = problems(in, customers);
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		String user = security.currentLogin();
		List<String> participants = participants(in, user);
		Jdbc jdbc = database.jdbc();
		long id = jdbc.inTransaction(c -> insert(jdbc, c, audit, in, participants, user));
		customers.noteInteraction(in.customerId(), in.at());
		Events.post(events, ENTITY, EventTopics.CREATED, id, user);
		if (in.followUp() != null) {
			String title = in.nextStep() == null || in.nextStep().isBlank() ? Messages.Interaction_followUp : in.nextStep();
			tasks.create(new TaskInput(title, in.customerId(), in.followUp(), Priority.NORMAL, user));
		}
		return new Interaction(id, in.customerId(), in.type(), in.at(), in.minutes(), blank(in.channel()), participants,
				blank(in.outcome()), blank(in.nextStep()), user);
	}

	/** What {@link #record} refuses in an interaction, each fault named; nothing read is written. */
	static List<FieldError> problems(InteractionInput in, CustomerService customers) {
		List<FieldError> errors = new ArrayList<>();
		if (customers.find(in.customerId()).isEmpty()) {
			errors.add(new FieldError("customer", NLS.bind(Messages.Interaction_noCustomer, in.customerId())));
		}
		if (in.type() == null) {
			errors.add(new FieldError("type", Messages.Interaction_noType));
		}
		if (in.at() == null) {
			errors.add(new FieldError("at", Messages.Interaction_noTime));
		}
		if (in.minutes() < 0 || in.minutes() > 24 * 60) {
			errors.add(new FieldError("minutes", NLS.bind(Messages.Interaction_badMinutes, in.minutes())));
		}
		if (in.followUp() != null && in.at() != null && in.followUp().isBefore(in.at())) {
			errors.add(new FieldError("followUp", Messages.Interaction_followUpBefore));
		}
		return errors;
	}

	/** Who took part: those named, else the one recording it. */
	static List<String> participants(InteractionInput in, String user) {
		return in.participants().isEmpty() ? List.of(user) : in.participants();
	}

	/**
	 * Writes a checked interaction and its audit row in the caller's transaction (an appointment held writes its
	 * meeting with the appointment's change); returns its id. Noting it on the customer and posting it are the
	 * caller's, after the commit.
	 */
	static long insert(Jdbc jdbc, Connection c, AuditLog audit, InteractionInput in, List<String> participants,
			String user) throws SQLException {
		long made = jdbc.nextId(c, EngagementUnit.SEQUENCE);
		Rows.update(c, "INSERT INTO engagement_interaction (" + COLUMNS + ", created_at)"
				+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", made, in.customerId(), in.type(), in.at(), in.minutes(),
				blank(in.channel()), String.join(",", participants), blank(in.outcome()), blank(in.nextStep()), user,
				Instant.now());
		audit.record(c, CustomerService.AUDIT_TYPE, String.valueOf(in.customerId()), ENTITY, null,
				in.type() + " " + in.at() + (in.outcome() == null ? "" : ": " + in.outcome()));
		return made;
	}

	@Override
	public List<Interaction> of(long customerId, Instant before, int limit, Set<InteractionType> types) {
		security.checkPermitted(CustomerService.MODULE, Action.READ);
		List<Object> params = new ArrayList<>(List.of(customerId));
		StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM engagement_interaction WHERE customer_id = ?");
		if (before != null) {
			sql.append(" AND happened_at <= ?");
			params.add(before);
		}
		if (!types.isEmpty()) {
			sql.append(" AND interaction_type IN (").append(String.join(", ", Collections.nCopies(types.size(), "?")))
					.append(")");
			types.forEach(t -> params.add(t.name()));
		}
		sql.append(" ORDER BY happened_at DESC, id DESC FETCH FIRST ")
				.append(Math.max(1, Math.min(limit, 1000))).append(" ROWS ONLY");
		return database.jdbc().query(sql.toString(), params, JdbcInteractions::interaction);
	}

	static Interaction interaction(ResultSet rs) throws SQLException {
		String participants = rs.getString(7);
		return new Interaction(rs.getLong(1), rs.getLong(2), InteractionType.valueOf(rs.getString(3)),
				Rows.instant(rs, 4), rs.getInt(5), blank(rs.getString(6)),
				participants == null || participants.isBlank() ? List.of() : List.of(participants.split(",")),
				blank(rs.getString(8)), blank(rs.getString(9)), rs.getString(10));
	}

	private static String blank(String s) {
		return s == null ? "" : s.strip();
	}

	@Override
	public Map<String, Map<InteractionType, Integer>> activity(Instant from, Instant to) {
		security.checkPermitted(CustomerService.MODULE, Action.READ);
		Map<String, Map<InteractionType, Integer>> counts = new TreeMap<>();
		for (Object[] row : database.jdbc().query("SELECT recorded_by, interaction_type, COUNT(*)"
				+ " FROM engagement_interaction WHERE happened_at >= ? AND happened_at < ?"
				+ " GROUP BY recorded_by, interaction_type", List.of(from, to),
				rs -> new Object[] { rs.getString(1), InteractionType.valueOf(rs.getString(2)), rs.getInt(3) })) {
			counts.computeIfAbsent((String) row[0], k -> new EnumMap<>(InteractionType.class))
					.put((InteractionType) row[1], (Integer) row[2]);
		}
		return counts;
	}
}
