package org.rapport.contacts.internal.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

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
			+ " primary_phone, city, region, country, lifecycle_stage, vip_tier, owner_login";

	private ContactCsvExport() {
	}

	/** Exports every customer, or those with the tag; returns how many. */
	public static int export(DataSource dataSource, Path file, String tag, IProgressMonitor monitor)
			throws SQLException, IOException {
		String sql = "SELECT " + COLUMNS + " FROM contacts_customer"
				+ (tag == null ? "" : " WHERE id IN (SELECT customer_id FROM contacts_customer_tag WHERE tag = ?)")
				+ " ORDER BY sort_key, id";
		int count = 0;
		try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql);
				Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
			out.write('\ufeff');
			csv.printRecord((Object[]) HEADER);
			if (tag != null) {
				st.setString(1, tag);
			}
			st.setFetchSize(500);
			try (ResultSet rs = st.executeQuery()) {
				while (rs.next()) {
					if (++count % 1000 == 0 && monitor.isCanceled()) {
						throw new OperationCanceledException();
					}
					for (int i = 1; i <= HEADER.length; i++) {
						csv.print(safe(rs.getString(i)));
					}
					csv.println();
				}
			}
		}
		return count;
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
