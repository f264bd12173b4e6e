package org.rapport.platform.persistence.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.FieldOption;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.rapport.platform.events.EventTopics;
import org.rapport.platform.persistence.Backup;
import org.rapport.platform.persistence.ConnectionGuard;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.persistence.DatabaseInfo;
import org.rapport.platform.persistence.DatabaseKind;
import org.rapport.platform.persistence.DatabaseSettings;
import org.rapport.platform.persistence.Jdbc;
import org.rapport.platform.persistence.RestoredBackup;
import org.rapport.platform.persistence.SqlDialect;
import org.rapport.platform.security.RecordTypes;
import org.rapport.platform.security.Roles;

import jakarta.persistence.EntityManagerFactory;

/** The database of this installation, opened on request with every module's migrations applied. */
@Component(service = Database.class)
public class DatabaseService implements Database {

	private static final System.Logger LOG = System.getLogger(DatabaseService.class.getName());

	@Reference
	private IExtensionRegistry extensionRegistry;

	@Reference
	private RecordTypes recordTypes;

	@Reference
	private Roles roles;

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	private volatile EventAdmin eventAdmin;

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, fieldOption = FieldOption.UPDATE)
	private final List<ConnectionGuard> guards = new CopyOnWriteArrayList<>();

	private final Map<String, EntityManagerFactory> factories = new ConcurrentHashMap<>();
	/** Data kept by a restore in this run: removed at the next start, not at the reopening right after. */
	private final Set<Path> keptThisRun = ConcurrentHashMap.newKeySet();
	/** Whether this service is restoring, and so holds the data folder already. */
	private boolean restoring;
	private BundleContext context;
	private volatile DatabaseSettings settings;
	private volatile DataSource dataSource;
	private volatile Jdbc jdbc;
	private volatile DatabaseInfo info;

	@Activate
	void activate(BundleContext bundleContext) {
		this.context = bundleContext;
		Path home = DatabaseSettings.defaultHome();
		try {
			settings = DatabaseSettings.load(home);
		} catch (IOException | IllegalArgumentException e) {
			LOG.log(System.Logger.Level.ERROR, "Unreadable " + home.resolve(DatabaseSettings.FILE) + ", using embedded", e);
			settings = DatabaseSettings.embedded(home);
		}
		info = new DatabaseInfo(settings.kind(), settings.location(), settings.user());
	}

	@Override
	public synchronized void configure(DatabaseSettings newSettings) {
		close();
		keptThisRun.clear();
		settings = newSettings;
		info = new DatabaseInfo(settings.kind(), settings.location(), settings.user());
	}

	@Override
	public synchronized void open(IProgressMonitor monitor) throws DatabaseException {
		if (dataSource != null) {
			return;
		}
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Database_opening, settings.location()), 10);
		// The embedded database is created only in a data folder that never held one (see DataFolder).
		DataFolder data = settings.kind() == DatabaseKind.EMBEDDED ? new DataFolder(settings.home()) : null;
		try {
			boolean creating = false;
			if (data != null) {
				try (DataFolder.RestoreLock held = restoring ? null : data.lock()) {
					data.recover().ifPresent(keptThisRun::add);
				}
				data.requireDatabase();
				creating = data.mayCreate();
			}
			DatabaseSettings signIn = settings.kind() == DatabaseKind.POSTGRESQL ? ServerPassword.resolve(settings)
					: settings.encrypted() ? BootPassword.resolve(settings) : settings;
			DataSource candidate = data == null ? DataSources.create(signIn)
					: DataSources.embedded(signIn, creating ? "create" : "open");
			Session session;
			try {
				session = Session.of(candidate, signIn);
			} catch (DatabaseException e) {
				throw data == null || creating ? e : data.broken(e);
			}
			progress.worked(2);
			List<MigrationPlan.Changelog> plan = plan();
			Map<String, Integer> applied;
			if (session.administrator()) {
				applied = new MigrationRunner(context).apply(plan, candidate, progress.split(8));
			} else {
				applied = MigrationCheck.applied(plan, candidate, session.login(), context);
			}
			DataSource guarded = new GuardedDataSource(candidate, () -> guards);
			Jdbc opened = new Jdbc(guarded, SqlDialect.of(settings.kind()));
			if (session.administrator()) {
				FirstAdministrator.ensure(opened, settings.kind() == DatabaseKind.EMBEDDED ? settings.embeddedFolder()
						: null, settings.kind() == DatabaseKind.POSTGRESQL ? session.login() : null);
				SharingDefaults.ensure(opened, recordTypes.all());
				if (settings.kind() == DatabaseKind.POSTGRESQL) {
					opened.change(c -> new ServerSecurity(session.database(), roles.all()).install(c, recordTypes.all()));
				}
			}
			if (data != null) {
				DatabaseSettings.ownerOnly(settings.home(), "rwx------");
				data.opened(keptThisRun, kept -> progress.subTask(NLS.bind(Messages.DataFolder_removingKept, kept)));
			}
			settings = signIn;
			info = new DatabaseInfo(settings.kind(), settings.location(), session.login(), session.product(), applied,
					session.administrator(), session.passwordChangeRequired(opened));
			jdbc = opened;
			dataSource = guarded;
			post(EventTopics.DATABASE_OPENED, info);
		} catch (IOException e) {
			throw new DatabaseException(NLS.bind(Messages.Connection_failed, settings.location(), e.getMessage()), e);
		} catch (DatabaseException e) {
			post(EventTopics.DATABASE_FAILED, e.getMessage());
			throw e;
		}
	}

	@Override
	public boolean isOpen() {
		return dataSource != null;
	}

	@Override
	public DatabaseSettings settings() {
		return settings;
	}

	@Override
	public DatabaseInfo info() {
		return info;
	}

	@Override
	public DataSource dataSource() {
		DataSource current = dataSource;
		if (current == null) {
			throw new IllegalStateException(Messages.Database_notOpen);
		}
		return current;
	}

	@Override
	public Jdbc jdbc() {
		Jdbc current = jdbc;
		if (current == null) {
			throw new IllegalStateException(Messages.Database_notOpen);
		}
		return current;
	}

	@Override
	public EntityManagerFactory entityManagerFactory(Class<?> unitOwner, String unitName) {
		DataSource current = dataSource();
		return factories.computeIfAbsent(unitName, name -> PersistenceUnits.create(unitOwner, name, current,
				settings.kind()));
	}

	@Override
	public Backup backup(Path folder, IProgressMonitor monitor) throws DatabaseException {
		requireEmbedded();
		return DerbyBackup.backup(dataSource(), settings, folder, monitor);
	}

	@Override
	public List<Backup> backups() {
		return settings.kind() == DatabaseKind.EMBEDDED ? BackupCatalog.list(settings.home()) : List.of();
	}

	/** Checks the backup in a copy beside the database while it stays open; only a good copy replaces it. */
	@Override
	public synchronized RestoredBackup restore(Path folder, IProgressMonitor monitor) throws DatabaseException {
		requireEmbedded();
		DatabaseSettings signIn = settings.encrypted() ? BootPassword.resolve(settings) : settings;
		DataFolder data = new DataFolder(settings.home());
		try (DataFolder.RestoreLock held = data.lock()) {
			restoring = true;
			return restore(data, signIn, folder, monitor);
		} finally {
			restoring = false;
		}
	}

	private RestoredBackup restore(DataFolder data, DatabaseSettings signIn, Path folder, IProgressMonitor monitor)
			throws DatabaseException {
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Restore_task, folder), 10);
		boolean wasOpen = isOpen();
		if (!wasOpen) {
			data.requireUnused(signIn);
		}
		data.recover().ifPresent(keptThisRun::add);
		DerbyRestore.PreparedRestore prepared = new DerbyRestore(signIn, data, plan(), context).prepare(folder,
				progress.split(6));
		close();
		Path kept;
		try {
			data.requireUnused(signIn);
			kept = data.swap();
		} catch (DatabaseException e) {
			DataFolder.deleteQuietly(data.restoring());
			if (wasOpen) {
				reopen(e);
			}
			throw e;
		}
		if (kept != null) {
			keptThisRun.add(kept);
		}
		settings = signIn;
		try {
			open(progress.split(4));
		} catch (DatabaseException e) {
			throw kept == null ? e
					: new DatabaseException(NLS.bind(Messages.Restore_notOpened, e.getMessage(), kept), e);
		}
		post(EventTopics.DATABASE_RESTORED, info);
		return new RestoredBackup(prepared.backup(), prepared.contents().tables(), prepared.contents().rows(), kept);
	}

	/** Opens the database a failed restore left in place, as it was before. */
	private void reopen(DatabaseException failure) {
		try {
			open(null);
		} catch (DatabaseException again) {
			failure.addSuppressed(again);
		}
	}

	private List<MigrationPlan.Changelog> plan() throws DatabaseException {
		return MigrationPlan.read(extensionRegistry.getConfigurationElementsFor(MigrationPlan.EXTENSION_POINT));
	}

	@Override
	public synchronized void encrypt(String bootPassword, IProgressMonitor monitor) throws DatabaseException {
		requireEmbedded();
		if (settings.encrypted()) {
			throw new DatabaseException(NLS.bind(Messages.Encryption_already, settings.location()));
		}
		BootPassword.check(bootPassword);
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Encryption_task, settings.location()), 3);
		close();
		DatabaseSettings encrypted = settings.encryptedWith(bootPassword);
		BootPassword.encrypt(encrypted);
		progress.worked(2);
		try {
			encrypted.save();
		} catch (IOException e) {
			throw new DatabaseException(NLS.bind(Messages.Encryption_settingsNotSaved, settings.home(), e.getMessage()),
					e);
		}
		settings = encrypted;
		open(progress.split(1));
		jdbc.change(c -> AuditChain.append(c, jdbc.dialect(), info.user(), "platform.database", settings.location(),
				"encrypted", "false", "true"));
	}

	private void requireEmbedded() throws DatabaseException {
		if (settings.kind() != DatabaseKind.EMBEDDED) {
			throw new DatabaseException(NLS.bind(Messages.Backup_serverOnly, settings.kind().key()));
		}
	}

	@Deactivate
	synchronized void close() {
		factories.values().forEach(EntityManagerFactory::close);
		factories.clear();
		if (dataSource != null && settings.kind() == DatabaseKind.EMBEDDED) {
			DerbyBackup.shutdown(settings);
		}
		dataSource = null;
		jdbc = null;
	}

	private void post(String topic, Object data) {
		EventAdmin admin = eventAdmin;
		if (admin != null) {
			Map<String, Object> properties = new HashMap<>();
			properties.put(EventTopics.DATA, data);
			admin.postEvent(new Event(topic, properties));
		}
	}
}
