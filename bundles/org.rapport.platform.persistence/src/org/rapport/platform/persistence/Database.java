package org.rapport.platform.persistence;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.eclipse.core.runtime.IProgressMonitor;

import jakarta.persistence.EntityManagerFactory;

/**
 * The database of this installation: embedded Derby by default, a Derby network server or PostgreSQL by
 * configuration ({@link DatabaseSettings}). Opening applies every module's migrations; it is slow the first
 * time, so the workbench calls {@link #open} from a job, never on the UI thread.
 */
public interface Database {

	/** Opens the database and applies pending migrations; does nothing when already open. */
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

	/** Writes an online backup into an empty or new folder, while users keep working. */
	void backup(Path folder, IProgressMonitor monitor) throws DatabaseException;

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
	 * Replaces the database with a backup made by {@link #backup}. Open entity manager factories are closed;
	 * modules get new ones after the event {@code org/rapport/platform/database/RESTORED}.
	 */
	void restore(Path folder, IProgressMonitor monitor) throws DatabaseException;
}
