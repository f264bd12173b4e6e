package org.rapport.contacts.internal.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.rapport.contacts.Channel;
import org.rapport.contacts.ChannelType;
import org.rapport.contacts.CustomField;
import org.rapport.contacts.CustomerKind;
import org.rapport.contacts.internal.JdbcCustomFields;
import org.rapport.contacts.internal.io.ExportedCustomers.Exported;
import org.rapport.platform.csv.CsvOutput;
import org.rapport.platform.persistence.Jdbc;

/**
 * Writes customers to CSV in name order, streaming from the database so that a million rows need no more
 * memory than a chunk. UTF-8 with a byte-order mark, which spreadsheet programs need to read Chinese correctly;
 * written by {@link CsvOutput}, so that no value runs as a spreadsheet formula. Every channel is written (several of
 * one kind in one cell, separated by {@code :::} as Google does), and an account's name is its company too: the file
 * imports back to the same customers.
 */
public final class ContactCsvExport {

	private static final List<String> HEADER = List.of("Name", "Given Name", "Family Name", "Company", "Job Title",
			"E-mail", "Mobile", "Phone", "Work Phone", "WhatsApp", "WeChat", "LINE ID", "Website", "Address", "City",
			"Region", "Country", "Source", "Lifecycle Stage", "VIP Tier", "Owner", "Tags");
	/** Characters an import splits tags at; tags holding one are joined with {@code :::} instead of {@code ;}. */
	private static final Pattern TAG_SEPARATORS = Pattern.compile("[;,\uFF0C\uFF1B\u3001]|:::");

	private ContactCsvExport() {
	}

	/**
	 * Exports the selected customers; returns how many. After the standard columns come Tags and one column per
	 * custom field, headed by its label, so that the file imports back as it was.
	 */
	public static int export(Jdbc jdbc, Path file, ExportSelection selection, IProgressMonitor monitor)
			throws IOException {
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write('\ufeff');
			try (CsvOutput csv = CsvOutput.to(out)) {
				// In a transaction: PostgreSQL streams by the fetch size only there; otherwise it reads all rows first.
				return jdbc.inTransaction(c -> write(c, csv, selection, monitor));
			}
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
	}

	private static int write(Connection c, CsvOutput csv, ExportSelection selection, IProgressMonitor monitor)
			throws SQLException {
		List<CustomField> fields = JdbcCustomFields.definitions(c);
		try {
			List<String> header = new ArrayList<>(HEADER);
			fields.forEach(f -> header.add(f.label()));
			csv.row(header);
			return ExportedCustomers.each(c, selection, customer -> csv.row(row(customer, fields)), monitor);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static List<String> row(Exported customer, List<CustomField> fields) {
		boolean account = customer.kind() == CustomerKind.ACCOUNT;
		List<String> row = new ArrayList<>(HEADER.size() + fields.size());
		row.add(customer.name());
		row.add(customer.givenName());
		row.add(customer.familyName());
		// An account's own name as its company: that is how it reads back as an account.
		row.add(account && customer.company() == null ? customer.name() : customer.company());
		row.add(customer.jobTitle());
		row.add(joined(customer.channels(ChannelType.EMAIL)));
		row.add(joined(customer.channels(ChannelType.MOBILE)));
		List<Channel> phones = customer.channels(ChannelType.PHONE);
		row.add(joined(phones.stream().filter(p -> !work(p)).toList()));
		row.add(joined(phones.stream().filter(ContactCsvExport::work).toList()));
		row.add(joined(customer.channels(ChannelType.WHATSAPP)));
		row.add(joined(customer.channels(ChannelType.WECHAT)));
		row.add(joined(customer.channels(ChannelType.LINE)));
		row.add(joined(customer.channels(ChannelType.WEBSITE)));
		row.add(joined(customer.channels(ChannelType.ADDRESS).stream().filter(a -> !Unverified.isCountry(a)).toList()));
		row.add(customer.city());
		row.add(customer.region());
		row.add(customer.countryAsWritten());
		row.add(customer.source());
		row.add(customer.stage());
		row.add(customer.vipTier());
		row.add(customer.owner());
		boolean separated = customer.tags().stream().anyMatch(t -> TAG_SEPARATORS.matcher(t).find());
		row.add(String.join(separated ? CsvContact.VALUES : ";", customer.tags()));
		for (CustomField field : fields) {
			row.add(customer.custom().get(field.key()));
		}
		return row;
	}

	private static boolean work(Channel phone) {
		return "work".equals(Unverified.plain(phone.label()));
	}

	private static String joined(List<Channel> channels) {
		return String.join(CsvContact.VALUES, channels.stream().map(Channel::value).toList());
	}
}
