package org.rapport.platform.persistence;

import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import org.eclipse.core.runtime.IProgressMonitor;

import jakarta.persistence.EntityManagerFactory;

/**
 * The database of this installation: embedded Derby by default, a Derby network server or PostgreSQL by
 * configuration ({@link DatabaseSettings}). Opening applies every module's migrations; it is slow the first
 * time, so the workbench calls {@link #open} from a job, never on the UI thread.
 */
public interface Database {

	/**
	 * Opens the database and applies pending migrations; does nothing when already open. An embedded database is
	 * created only in a data folder that never held one: where one was created before (the data folder keeps the
	 * file {@code database.created}) and its database is now missing or cannot be opened, this throws an exception
	 * that names the folder and the backups to restore, and never puts an empty database in its place.
	 */
	void open(IProgressMonitor monitor) throws DatabaseException;

	boolean isOpen();

	/**
	 * Uses other settings from now on (after the user chose another database); closes the current connection
	 * and its entity manager factories. Call {@link #open} next.
	 */
	void configure(DatabaseSettings settings);

	/** The settings in use. */
	DatabaseSettings settings();

	/** What is connected; product and change sets are filled once open. */
	DatabaseInfo info();

	/** Connections for plain JDBC (bulk loads, reports). Throws IllegalStateException unless open. */
	DataSource dataSource();

	/**
	 * The one JDBC layer of the open database: transactions that always roll back on failure, ids by the rule of
	 * {@link Sequences}, rows read by {@link Rows}, errors as {@link DatabaseException}. Throws IllegalStateException
	 * unless open; a new one after every opening (and restore), so that no id block outlives its database.
	 */
	Jdbc jdbc();

	/**
	 * The factory of a module's persistence unit, built once with the class loader of the bundle that owns
	 * {@code unitOwner} (where its META-INF/persistence.xml and entities are).
	 */
	EntityManagerFactory entityManagerFactory(Class<?> unitOwner, String unitName);

	/**
	 * Writes an online backup into an empty or new folder while users keep working, then verifies it: every file is
	 * read back and its SHA-256 recorded, and a trial restore of it into a scratch folder is opened and its key tables
	 * read. The backup is listed by {@link #backups} from then on; a backup that fails the check is removed.
	 *
	 * @return the backup, verified
	 */
	Backup backup(Path folder, IProgressMonitor monitor) throws DatabaseException;

	/**
	 * The backups of the embedded database of this data folder that {@link #backup} made, in its {@code backups}
	 * folder or elsewhere, newest first; those deleted or moved since are left out. Needs no open database.
	 */
	List<Backup> backups();

	/**
	 * Encrypts the embedded database (AES, 256-bit key) with a boot password that is asked at every start from now
	 * on; a database not created yet is created encrypted. Its backups are encrypted too. The settings file records
	 * that it is encrypted, never the password. The database is open again afterwards.
	 *
	 * @throws DatabaseException on a server, on a database encrypted already, or for a boot password shorter than 10
	 *                           characters or holding ; or =
	 */
	void encrypt(String bootPassword, IProgressMonitor monitor) throws DatabaseException;

	/**
	 * Replaces the embedded database with a backup made by {@link #backup}. The backup is first restored into a new
	 * folder beside the database and checked there: its files against the checksums written with it, its migrations
	 * (a backup of another program, or of a newer version than the installed modules know, is refused; an older one
	 * is brought up to date) and every table read. Only then is it swapped in; the data it replaces is kept as
	 * {@code db.before-restore-DATE} until Rapport next starts successfully. A backup that fails a check changes
	 * nothing, and the exception says why; so does a database another program has open. Works on a data folder whose
	 * database is missing or broken, and needs the boot password of an encrypted database as {@link #open} does (a
	 * backup of an unencrypted database is encrypted on the way in). Open entity manager factories are closed;
	 * modules get new ones after the event {@code org/rapport/platform/database/RESTORED}.
	 *
	 * @return what was restored, and where the replaced data is kept
	 */
	RestoredBackup restore(Path folder, IProgressMonitor monitor) throws DatabaseException;
}
