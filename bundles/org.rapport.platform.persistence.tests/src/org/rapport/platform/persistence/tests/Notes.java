package org.rapport.platform.persistence.tests;

import java.util.List;

import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.Transactions;

/** Notes of the test module, written and read as a module would. */
final class Notes {

	private Notes() {
	}

	static void save(Database database, long id, String subject) {
		Transactions.inTransaction(database.entityManagerFactory(Note.class, "testkit"), em -> {
			em.persist(new Note(id, subject, "Siti Nurhaliza"));
			return null;
		});
	}

	static List<String> subjects(Database database) {
		return Transactions.inTransaction(database.entityManagerFactory(Note.class, "testkit"),
				em -> em.createQuery("select n from Note n order by n.id", Note.class).getResultList().stream()
						.map(Note::subject).toList());
	}
}
