package org.rapport.platform.persistence.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.FieldOption;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.events.EventTopics;
import org.rapport.platform.events.RecordEvents;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.privacy.ErasureReport;
import org.rapport.platform.privacy.PersonalData;
import org.rapport.platform.privacy.PersonalRecord;
import org.rapport.platform.privacy.Privacy;
import org.rapport.platform.security.Action;
import org.rapport.platform.security.SecurityContext;

/**
 * Privacy export and erasure over every module's {@link PersonalData}, plus the platform's own records about the
 * customer's records (audit entries, approval requests).
 */
@Component(service = Privacy.class)
public class JdbcPrivacy implements Privacy {

	/** The module name of the platform's own records, and of the permission checked. */
	static final String PLATFORM = "platform";

	private static final System.Logger LOG = System.getLogger(JdbcPrivacy.class.getName());

	@Reference
	private Database database;

	@Reference
	private SecurityContext security;

	@Reference
	private AuditLog audit;

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	private volatile EventAdmin events;

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
			fieldOption = FieldOption.UPDATE)
	private final List<PersonalData> modules = new CopyOnWriteArrayList<>();

	@Override
	public Path export(long customerId, Path folder, IProgressMonitor monitor) {
		security.checkPermitted(PLATFORM, Action.ADMINISTER);
		PrivacyFiles.prepare(folder);
		List<PersonalData> each = modules();
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Privacy_Export_task, customerId),
				each.size() + 2);
		Map<String, List<PersonalRecord>> found = new LinkedHashMap<>();
		Map<String, String> failed = new LinkedHashMap<>();
		List<PersonalRecord> all = new ArrayList<>();
		for (PersonalData module : each) {
			progress.subTask(module.module());
			try {
				List<PersonalRecord> records = module.export(customerId);
				found.computeIfAbsent(module.module(), m -> new ArrayList<>()).addAll(records);
				all.addAll(records);
			} catch (RuntimeException e) {
				// One module's fault (a vendor's, say) must not withhold what the others hold: it is named instead.
				LOG.log(System.Logger.Level.WARNING, "Privacy export of " + module.module() + " failed", e);
				failed.put(module.module(), message(e));
			}
			progress.worked(1);
		}
		found.computeIfAbsent(PLATFORM, m -> new ArrayList<>())
				.addAll(database.jdbc().read(c -> PlatformRecords.export(c, customerId, all)));
		progress.worked(1);
		Path json = PrivacyFiles.write(folder, customerId, Instant.now(), found, failed);
		int count = found.values().stream().mapToInt(List::size).sum();
		database.jdbc().change(c -> audit.record(c, EXPORT_AUDIT, String.valueOf(customerId), "*", null,
				count + " records" + (failed.isEmpty() ? "" : "; failed: " + String.join(", ", failed.keySet()))));
		progress.worked(1);
		return json;
	}

	@Override
	public ErasureReport erase(long customerId) {
		security.checkPermitted(PLATFORM, Action.ADMINISTER);
		List<PersonalData> each = modules();
		// The records first: the approval requests and audit entries about them are found by type and id.
		List<PersonalRecord> records = new ArrayList<>();
		for (PersonalData module : each) {
			try {
				records.addAll(module.export(customerId));
			} catch (RuntimeException e) {
				throw new DatabaseException(NLS.bind(Messages.Privacy_Erase_readFailed, module.module(), message(e)), e);
			}
		}
		ErasureReport report = database.jdbc().inTransaction(c -> {
			Map<String, Integer> changed = new LinkedHashMap<>();
			for (PersonalData module : each) {
				changed.merge(module.module(), erase(module, c, customerId), Integer::sum);
			}
			changed.put(PLATFORM, PlatformRecords.erase(c, records));
			int kept = PlatformRecords.auditEntriesWithValues(c, records);
			StringBuilder summary = new StringBuilder();
			changed.forEach((module, count) -> summary.append(module).append('=').append(count).append(", "));
			summary.append("audit entries kept=").append(kept);
			audit.record(c, ERASURE_AUDIT, String.valueOf(customerId), "*", null, summary.toString());
			return new ErasureReport(customerId, Instant.now(), changed, kept);
		});
		posted(customerId, records);
		return report;
	}

	/** One module's erasure; any failure names the module, and rolls back what every module did. */
	private static int erase(PersonalData module, Connection c, long customerId) {
		try {
			return module.erase(c, customerId);
		} catch (SQLException e) {
			throw new DatabaseException(NLS.bind(Messages.Privacy_Erase_moduleFailed, module.module(),
					DatabaseException.of(e).getMessage()), e);
		} catch (RuntimeException e) {
			throw new DatabaseException(NLS.bind(Messages.Privacy_Erase_moduleFailed, module.module(), message(e)), e);
		}
	}

	/** After the commit: the erasure, and each changed record on its own topic, so that open views read again. */
	private void posted(long customerId, List<PersonalRecord> records) {
		EventAdmin admin = events;
		if (admin == null) {
			return;
		}
		String user = security.currentLogin();
		Map<String, Object> properties = new HashMap<>();
		properties.put(EventTopics.ID, customerId);
		properties.put(EventTopics.USER, user);
		properties.put(EventTopics.DATA, customerId);
		admin.postEvent(new Event(ERASED_TOPIC, properties));
		Set<String> posted = new LinkedHashSet<>();
		for (PersonalRecord r : records) {
			int dot = r.type().indexOf('.');
			if (dot > 0 && posted.add(r.type() + "#" + r.id())) {
				Object id = r.id().matches("-?\\d{1,18}") ? (Object) Long.valueOf(r.id()) : r.id();
				RecordEvents.post(admin, r.type().substring(0, dot), r.type().substring(dot + 1), EventTopics.UPDATED,
						id, user);
			}
		}
	}

	/** The modules in a fixed order (by name), so that exports compare and errors repeat. */
	private List<PersonalData> modules() {
		List<PersonalData> each = new ArrayList<>(modules);
		each.sort(Comparator.comparing(PersonalData::module));
		return each;
	}

	private static String message(Throwable e) {
		return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
	}
}
