package org.rapport.contacts.internal.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.rapport.contacts.CustomField;
import org.rapport.contacts.internal.JdbcCustomFields;
import org.rapport.platform.persistence.Jdbc;
import org.rapport.platform.persistence.Rows;

/**
 * Writes customers to CSV in name order, streaming from the database so that a million rows need no more
 * memory than one. UTF-8 with a byte-order mark, which spreadsheet programs need to read Chinese correctly.
 * Cells that a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) are
 * prefixed with an apostrophe.
 */
public final class ContactCsvExport {

	private static final String[] HEADER = { "Name", "Given Name", "Family Name", "Company", "Job Title", "E-mail",
			"Phone", "City", "Region", "Country", "Lifecycle Stage", "VIP Tier", "Owner" };
	private static final String COLUMNS = "display_name, given_name, family_name, company, job_title, primary_email,"
			+ " primary_phone, city, region, country, lifecycle_stage, vip_tier, owner_login, id";
	/** Tags and custom values are read for this many customers at a time. */
	private static final int CHUNK = 500;

	/** A tag (key only) or a custom value of a customer. */
	private record Value(long customer, String key, String value) {
	}

	private ContactCsvExport() {
	}

	/**
	 * Exports the selected customers; returns how many. After the standard columns come Tags
	 * (separated by semicolons) and one column per custom field, headed by its label, so that the file imports
	 * back as it was.
	 */
	public static int export(Jdbc jdbc, Path file, ExportSelection selection, IProgressMonitor monitor)
			throws IOException {
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
			// In a transaction: PostgreSQL streams by the fetch size only there; otherwise it reads every row first.
			return jdbc.inTransaction(c -> write(c, out, csv, selection, monitor));
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
	}

	private static int write(Connection c, Writer out, CSVPrinter csv, ExportSelection selection,
			IProgressMonitor monitor) throws SQLException {
		int count = 0;
		List<Object> params = new ArrayList<>();
		String sql = "SELECT " + COLUMNS + " FROM contacts_customer" + selection.where(c, params)
				+ " ORDER BY sort_key, id";
		List<CustomField> fields = JdbcCustomFields.definitions(c);
		try (PreparedStatement st = Rows.prepare(c, sql, params)) {
			out.write('\ufeff');
			List<String> header = new ArrayList<>(Arrays.asList(HEADER));
			header.add("Tags");
			fields.forEach(f -> header.add(f.label()));
			csv.printRecord(header);
			st.setFetchSize(CHUNK);
			List<String[]> chunk = new ArrayList<>(CHUNK);
			List<Long> ids = new ArrayList<>(CHUNK);
			try (ResultSet rs = st.executeQuery()) {
				while (rs.next()) {
					if (++count % 1000 == 0 && monitor.isCanceled()) {
						throw new OperationCanceledException();
					}
					String[] row = new String[HEADER.length];
					for (int i = 0; i < HEADER.length; i++) {
						row[i] = rs.getString(i + 1);
					}
					chunk.add(row);
					ids.add(rs.getLong(HEADER.length + 1));
					if (chunk.size() == CHUNK) {
						print(c, csv, chunk, ids, fields);
					}
				}
				print(c, csv, chunk, ids, fields);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return count;
	}

	private static void print(Connection c, CSVPrinter csv, List<String[]> chunk, List<Long> ids, List<CustomField> fields)
			throws SQLException, IOException {
		if (ids.isEmpty()) {
			return;
		}
		Map<Long, List<String>> tags = new HashMap<>();
		Map<Long, Map<String, String>> values = new HashMap<>();
		String marks = String.join(",", Collections.nCopies(ids.size(), "?"));
		for (Value t : Rows.query(c, "SELECT customer_id, tag FROM contacts_customer_tag WHERE customer_id IN ("
				+ marks + ") ORDER BY tag", ids, rs -> new Value(rs.getLong(1), rs.getString(2), null))) {
			tags.computeIfAbsent(t.customer(), k -> new ArrayList<>()).add(t.key());
		}
		if (!fields.isEmpty()) {
			for (Value v : Rows.query(c, "SELECT customer_id, field_key, field_value FROM contacts_field_value"
					+ " WHERE customer_id IN (" + marks + ")", ids,
					rs -> new Value(rs.getLong(1), rs.getString(2), rs.getString(3)))) {
				values.computeIfAbsent(v.customer(), k -> new HashMap<>()).put(v.key(), v.value());
			}
		}
		for (int r = 0; r < chunk.size(); r++) {
			for (String cell : chunk.get(r)) {
				csv.print(safe(cell));
			}
			long id = ids.get(r);
			csv.print(safe(String.join(";", tags.getOrDefault(id, List.of()))));
			Map<String, String> own = values.getOrDefault(id, Map.of());
			for (CustomField field : fields) {
				csv.print(safe(own.get(field.key())));
			}
			csv.println();
		}
		chunk.clear();
		ids.clear();
	}

	/** A cell a spreadsheet will show as text, never run. */
	public static String safe(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		char first = value.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
				? "'" + value : value;
	}
}
