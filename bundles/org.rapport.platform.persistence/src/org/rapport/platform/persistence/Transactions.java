package org.rapport.platform.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;
import java.util.function.Function;

import org.rapport.platform.persistence.internal.DatabaseErrors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.PersistenceException;

/**
 * Runs JPA work in one resource-local transaction, rolled back when it throws. A stale {@code @Version} comes out as
 * {@link StaleRecordException}, a database error as {@link DatabaseException}, both with a message a user can read.
 */
public final class Transactions {

	private Transactions() {
	}

	public static <T> T inTransaction(EntityManagerFactory factory, Function<EntityManager, T> work) {
		EntityManager em = factory.createEntityManager();
		EntityTransaction tx = em.getTransaction();
		try {
			tx.begin();
			T result = work.apply(em);
			tx.commit();
			return result;
		} catch (PersistenceException e) {
			throw DatabaseErrors.translate(e);
		} finally {
			if (tx.isActive()) {
				tx.rollback();
			}
			em.close();
		}
	}

	/** {@link #inTransaction} for work without a result. */
	public static void change(EntityManagerFactory factory, Consumer<EntityManager> work) {
		inTransaction(factory, em -> {
			work.accept(em);
			return null;
		});
	}

	/**
	 * The JDBC connection of the entity manager's open transaction, for the SQL part of mixed work (the audit row, a
	 * bulk statement) so that it commits or rolls back with the entities.
	 */
	public static Connection connection(EntityManager em) {
		if (!em.getTransaction().isActive()) {
			throw new IllegalStateException("No transaction is active");
		}
		Connection c = em.unwrap(Connection.class);
		if (c == null) {
			throw new IllegalStateException("The entity manager holds no connection");
		}
		return c;
	}

	/** Runs SQL on the connection of the entity manager's open transaction. */
	public static <T> T sql(EntityManager em, Jdbc.Work<T> work) {
		try {
			return work.run(connection(em));
		} catch (SQLException e) {
			throw DatabaseException.of(e);
		}
	}
}
