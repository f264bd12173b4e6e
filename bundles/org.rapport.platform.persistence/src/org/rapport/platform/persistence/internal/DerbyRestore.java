package org.rapport.platform.persistence.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.rapport.platform.persistence.Backup;
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.persistence.DatabaseSettings;
import org.rapport.platform.persistence.internal.MigrationPlan.Changelog;

/**
 * The first half of a restore, which changes nothing the user has: the backup is restored into {@code db.restoring}
 * beside the database and checked there. Its files must match the checksums written with it; it must be a Rapport
 * database (the platform's migrations applied) and no newer than the installed modules (no change set they do not
 * declare); an older one gets the pending migrations; every table is read. A backup of an unencrypted database is
 * encrypted when the database it replaces is. Whatever fails, the copy is removed and the database is as it was.
 */
final class DerbyRestore {

	private final DatabaseSettings settings;
	private final DataFolder data;
	private final List<Changelog> plan;
	private final BundleContext context;

	/**
	 * @param settings the embedded database's settings, with the boot password when it is encrypted
	 */
	DerbyRestore(DatabaseSettings settings, DataFolder data, List<Changelog> plan, BundleContext context) {
		this.settings = settings;
		this.data = data;
		this.plan = plan;
		this.context = context;
	}

	/**
	 * Leaves a checked copy of the backup in {@code db.restoring}, shut down and ready to be swapped in.
	 *
	 * @return what the copy holds ({@code kept} is not known yet)
	 */
	PreparedRestore prepare(Path folder, IProgressMonitor monitor) throws DatabaseException {
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Restore_task, folder), 10);
		// The copy may be the first database Derby boots in this run (the database itself being gone).
		DataSources.logInDataFolder(settings.home());
		Properties marker = BackupCatalog.marker(folder);
		Path copy = folder.resolve(DataFolder.DATABASE);
		if (marker == null || !Files.isRegularFile(copy.resolve("service.properties"))) {
			throw new DatabaseException(NLS.bind(Messages.Restore_notBackup, folder));
		}
		boolean checksums = BackupManifest.present(marker);
		if (checksums) {
			progress.subTask(Messages.Restore_checkingFiles);
			BackupManifest.check(folder, copy, marker);
		}
		progress.worked(2);
		boolean encryptedBackup = DerbyBackup.encrypted(copy);
		if (encryptedBackup && !settings.encrypted()) {
			throw new DatabaseException(NLS.bind(Messages.Restore_encryptedBackup, folder, settings.home()));
		}
		DataFolder.deleteQuietly(data.restoring());
		DatabaseCopy restored = null;
		try {
			restored = DatabaseCopy.restore(folder, data.restoring(), settings.user(),
					encryptedBackup ? settings.password() : "");
			if (settings.encrypted() && !encryptedBackup) {
				restored = restored.encrypted(settings.password());
			}
			progress.worked(2);
			check(folder, restored, progress.split(4));
			DatabaseCopy.Contents contents = restored.read(!checksums);
			progress.worked(2);
			restored.close();
			Backup backup = BackupCatalog.read(folder).orElseThrow();
			return new PreparedRestore(backup, contents);
		} catch (RuntimeException e) {
			if (restored != null) {
				restored.close();
			}
			DataFolder.deleteQuietly(data.restoring());
			throw e;
		}
	}

	/** A checked copy in {@code db.restoring}. */
	record PreparedRestore(Backup backup, DatabaseCopy.Contents contents) {
	}

	/** A Rapport database no newer than the installed modules, brought up to them. */
	private void check(Path folder, DatabaseCopy restored, IProgressMonitor monitor) throws DatabaseException {
		Map<String, Set<String>> applied = restored.appliedChangeSets();
		Changelog platform = plan.stream().filter(c -> c.id().equals("org.rapport.platform")).findFirst().orElse(null);
		if (applied == null || platform == null || !applied.containsKey(platform.path())) {
			throw new DatabaseException(NLS.bind(Messages.Restore_foreign, folder));
		}
		for (Changelog changelog : plan) {
			Set<String> unknown = new HashSet<>(applied.getOrDefault(changelog.path(), Set.of()));
			unknown.removeAll(MigrationCheck.declared(changelog, context, null));
			if (!unknown.isEmpty()) {
				throw new DatabaseException(NLS.bind(Messages.Restore_newer, new Object[] { folder, unknown.size(),
						changelog.id(), unknown.stream().sorted().findFirst().orElseThrow() }));
			}
		}
		try {
			new MigrationRunner(context).apply(plan, restored.dataSource(), monitor);
		} catch (DatabaseException e) {
			throw new DatabaseException(NLS.bind(Messages.Restore_notMigrated, folder, e.getMessage()), e);
		}
		Map<String, Set<String>> after = restored.appliedChangeSets();
		for (Changelog changelog : plan) {
			Set<String> pending = new HashSet<>(MigrationCheck.declared(changelog, context, "derby"));
			pending.removeAll(after.getOrDefault(changelog.path(), Set.of()));
			if (!pending.isEmpty()) {
				throw new DatabaseException(NLS.bind(Messages.Restore_notMigrated, folder,
						changelog.id() + ": " + String.join(", ", pending.stream().sorted().toList())));
			}
		}
	}
}
