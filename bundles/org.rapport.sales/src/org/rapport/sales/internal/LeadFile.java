package org.rapport.sales.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.osgi.util.NLS;
import org.rapport.platform.csv.BoundedReader;
import org.rapport.platform.csv.BoundedReader.LimitExceeded;
import org.rapport.platform.csv.CsvOutput;
import org.rapport.platform.validation.FieldError;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.LeadInput;

/**
 * Leads from a CSV file with a header row, read one at a time (a file of any length needs the memory of one row);
 * every fault named with file, line and column. A lead needs a name, a company, an email or a phone: without a name it
 * is named after its company, else its email's local part, else its phone. A value larger than 1 MB or a row larger
 * than 10 MB (a file without line breaks, a quote never closed) refuses the file, naming the line, before it is held
 * in memory.
 */
public final class LeadFile {

	/** Receives each lead of a file while it is read. */
	public interface Leads {
		void add(LeadInput lead) throws SQLException;
	}

	/** Most characters of one value and of one row. */
	static final int MAX_VALUE = 1 << 20;
	static final int MAX_ROW = 10 << 20;

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$");
	private static final int MOST_ERRORS = 100;
	/** Lengths of sales_lead's columns. */
	private static final Map<String, Integer> LENGTHS = Map.of("name", 200, "company", 200, "email", 200, "phone", 60,
			"source", 40, "region", 100);
	/** Header names (lower case) for each field: ours, and those of common exports. */
	private static final Map<String, String> HEADERS = new HashMap<>();

	static {
		for (String[] names : new String[][] { { "name", "name", "full name", "contact", "lead", "nama", "姓名" },
				{ "company", "company", "organisation", "organization", "account", "syarikat", "公司" },
				{ "email", "email", "e-mail", "email address", "e-mel", "电子邮件" },
				{ "phone", "phone", "mobile", "telephone", "tel", "telefon", "电话" },
				{ "source", "source", "lead source", "sumber", "来源" },
				{ "region", "region", "state", "territory", "negeri", "wilayah", "地区" } }) {
			for (int i = 1; i < names.length; i++) {
				HEADERS.put(names[i], names[0]);
			}
		}
	}

	private LeadFile() {
	}

	/** What a lead may not be: nameless, or with an email that is not one. */
	static List<FieldError> problems(LeadInput in) {
		List<FieldError> errors = new ArrayList<>();
		if (in.name() == null || in.name().isBlank()) {
			errors.add(new FieldError("name", Messages.Lead_noName));
		} else if (in.name().length() > 200) {
			errors.add(new FieldError("name", Messages.Lead_tooLong));
		}
		if (in.email() != null && !in.email().isBlank() && !EMAIL.matcher(in.email().strip()).matches()) {
			errors.add(new FieldError("email", NLS.bind(Messages.Lead_badEmail, in.email())));
		}
		return errors;
	}

	/**
	 * Reads the file, passing each lead on while no fault was found.
	 *
	 * @throws ValidationException with file, line and column for each fault (at most 100), or naming the line of a
	 *                             value or row too large; the caller must then undo what it did with the leads
	 */
	public static void read(Reader text, String fileName, Leads leads) throws SQLException {
		List<FieldError> errors = new ArrayList<>();
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
				.setIgnoreEmptyLines(false).get();
		try (CSVParser parser = CSVParser.parse(BoundedReader.csv(text, ',', MAX_VALUE, MAX_ROW), format)) {
			Map<String, String> columns = new HashMap<>();
			for (String header : parser.getHeaderNames()) {
				String field = HEADERS.get(header.strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT));
				if (field != null) {
					columns.putIfAbsent(field, header);
				}
			}
			if (!columns.containsKey("name") && !columns.containsKey("company") && !columns.containsKey("email")
					&& !columns.containsKey("phone")) {
				throw new ValidationException(fileName, NLS.bind(Messages.Import_noIdentityColumn, fileName,
						String.join(", ", parser.getHeaderNames())));
			}
			var records = parser.iterator();
			while (true) {
				// The line as an editor shows it: where the record starts, quoted line breaks and blank lines counted.
				long line = parser.getCurrentLineNumber() + 1;
				if (!records.hasNext()) {
					break;
				}
				CSVRecord row = records.next();
				LeadInput in = lead(row, columns);
				if (in == null) {
					continue;
				}
				List<FieldError> faults = faults(in, row, columns);
				for (FieldError e : faults) {
					if (errors.size() < MOST_ERRORS) {
						String column = columns.getOrDefault(e.field(), e.field());
						errors.add(new FieldError(fileName + ":" + line + ":" + column,
								NLS.bind(Messages.Import_fault, new Object[] { fileName, line, column, e.message() })));
					}
				}
				if (errors.isEmpty()) {
					leads.add(in);
				}
			}
		} catch (UncheckedIOException e) {
			throw unreadable(fileName, e.getCause());
		} catch (IOException | IllegalStateException e) {
			throw unreadable(fileName, e);
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
	}

	/** The lead of a row, named after what it has when it has no name; null for a blank row. */
	private static LeadInput lead(CSVRecord row, Map<String, String> columns) {
		String name = value(row, columns, "name");
		String company = value(row, columns, "company");
		String email = value(row, columns, "email");
		String phone = value(row, columns, "phone");
		String source = value(row, columns, "source");
		String region = value(row, columns, "region");
		if (String.join("", name, company, email, phone, source, region).isBlank()) {
			return null;
		}
		if (name.isBlank()) {
			int at = email.indexOf('@');
			name = !company.isBlank() ? company : !email.isBlank() ? at > 0 ? email.substring(0, at) : email : phone;
		}
		return new LeadInput(name, company, email, phone, source, region);
	}

	private static List<FieldError> faults(LeadInput in, CSVRecord row, Map<String, String> columns) {
		List<FieldError> faults = new ArrayList<>();
		if (in.name().isBlank()) {
			faults.add(new FieldError(columns.containsKey("name") ? "name" : "company", Messages.Lead_noIdentity));
			return faults;
		}
		faults.addAll(problems(in));
		for (Map.Entry<String, Integer> length : LENGTHS.entrySet()) {
			String value = value(row, columns, length.getKey());
			boolean named = faults.stream().anyMatch(f -> f.field().equals(length.getKey()));
			if (value.length() > length.getValue() && !named) {
				faults.add(new FieldError(length.getKey(), NLS.bind(Messages.Lead_valueTooLong, length.getValue())));
			}
		}
		return faults;
	}

	private static ValidationException unreadable(String fileName, Throwable e) {
		if (e instanceof LimitExceeded limit) {
			String message = limit.limit() == BoundedReader.Limit.FIELD ? Messages.Import_valueTooLarge
					: Messages.Import_rowTooLarge;
			return new ValidationException(fileName,
					NLS.bind(message, new Object[] { fileName, limit.line(), limit.max() >> 20 }));
		}
		return new ValidationException(fileName, NLS.bind(Messages.Import_unreadable, fileName, e.getMessage()));
	}

	private static String value(CSVRecord row, Map<String, String> columns, String field) {
		String header = columns.get(field);
		return header == null || !row.isSet(header) ? "" : CsvOutput.cell(row.get(header));
	}
}
