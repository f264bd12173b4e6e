package org.rapport.sales.internal;

import java.io.IOException;
import java.io.Reader;
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
import org.rapport.platform.validation.FieldError;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.LeadInput;

/** Leads from a CSV file with a header row; every fault named with file, line and column. */
public final class LeadFile {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$");
	private static final int MOST_ERRORS = 100;
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

	/** @throws ValidationException with file, line and column for each fault (at most 100); nothing is read then */
	public static List<LeadInput> read(Reader text, String fileName) {
		List<LeadInput> leads = new ArrayList<>();
		List<FieldError> errors = new ArrayList<>();
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
				.setIgnoreEmptyLines(true).get();
		try (CSVParser parser = CSVParser.parse(text, format)) {
			Map<String, String> columns = new HashMap<>();
			for (String header : parser.getHeaderNames()) {
				String field = HEADERS.get(header.strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT));
				if (field != null) {
					columns.putIfAbsent(field, header);
				}
			}
			if (!columns.containsKey("name")) {
				throw new ValidationException(fileName, NLS.bind(Messages.Import_noNameColumn, fileName,
						String.join(", ", parser.getHeaderNames())));
			}
			for (CSVRecord row : parser) {
				LeadInput in = new LeadInput(value(row, columns, "name"), value(row, columns, "company"),
						value(row, columns, "email"), value(row, columns, "phone"), value(row, columns, "source"),
						value(row, columns, "region"));
				for (FieldError e : problems(in)) {
					if (errors.size() < MOST_ERRORS) {
						// The line as an editor shows it: the header is line 1 (quoted line breaks aside).
						long line = row.getRecordNumber() + 1;
						errors.add(new FieldError(fileName + ":" + line + ":" + columns.get(e.field()),
								NLS.bind(Messages.Import_fault, new Object[] { fileName, line, columns.get(e.field()),
										e.message() })));
					}
				}
				leads.add(in);
			}
		} catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
			throw new ValidationException(fileName, NLS.bind(Messages.Import_unreadable, fileName, e.getMessage()));
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		return leads;
	}

	private static String value(CSVRecord row, Map<String, String> columns, String field) {
		String header = columns.get(field);
		return header == null || !row.isSet(header) ? "" : row.get(header);
	}
}
