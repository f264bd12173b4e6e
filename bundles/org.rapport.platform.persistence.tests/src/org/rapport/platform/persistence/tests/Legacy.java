package org.rapport.platform.persistence.tests;

import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.rapport.platform.persistence.Database;

/** Backups as Rapport wrote them before they carried checksums, and where Derby keeps a table. */
final class Legacy {

	private Legacy() {
	}

	/** Leaves the marker as an older Rapport wrote it: what and when, no checksums, not verified. */
	static void stripChecksums(Path backup) throws Exception {
		Path file = backup.resolve("rapport-backup.properties");
		Properties marker = new Properties();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			marker.load(in);
		}
		marker.stringPropertyNames().stream().filter(k -> k.startsWith("file.") || k.equals("verified"))
				.forEach(marker::remove);
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			marker.store(out, "Rapport backup");
		}
	}

	/** The file of seg0 that holds a table's rows. */
	static String tableFile(Database database, String table) {
		long number = database.jdbc().first("SELECT c.CONGLOMERATENUMBER FROM SYS.SYSCONGLOMERATES c"
				+ " JOIN SYS.SYSTABLES t ON c.TABLEID = t.TABLEID WHERE t.TABLENAME = ? AND c.ISINDEX = FALSE",
				List.of(table), rs -> rs.getLong(1)).orElseThrow();
		return "c" + Long.toHexString(number) + ".dat";
	}
}
