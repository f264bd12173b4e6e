package org.rapport.contacts.internal.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.rapport.contacts.CustomField;
import org.rapport.contacts.internal.Messages;

/**
 * Which customer field each column of a contact file holds, by column index. Several columns may hold the same
 * field: name parts are joined, channels are all kept, for other fields the first filled column wins.
 */
public final class ColumnMapping {

	/** How mapping files and the wizard name a custom field column: {@code custom.<key>}. */
	public static final String CUSTOM_PREFIX = "custom.";

	private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");

	private final String source;
	private final List<String> headers;
	private final List<CustomerField> fields;
	private final int[] phoneTypeColumns;
	/** For a CUSTOM column, the custom field's key; null otherwise. */
	private final List<String> customKeys;
	/** Defined custom fields by key, once {@link #withCustomFields} was called. */
	private final Map<String, CustomField> definitions;

	private ColumnMapping(String source, List<String> headers, List<CustomerField> fields, int[] phoneTypeColumns) {
		this(source, headers, fields, phoneTypeColumns, Collections.nCopies(headers.size(), null), Map.of());
	}

	private ColumnMapping(String source, List<String> headers, List<CustomerField> fields, int[] phoneTypeColumns,
			List<String> customKeys, Map<String, CustomField> definitions) {
		this.source = source;
		this.headers = List.copyOf(headers);
		this.fields = List.copyOf(fields);
		this.phoneTypeColumns = phoneTypeColumns;
		this.customKeys = Collections.unmodifiableList(new ArrayList<>(customKeys));
		this.definitions = Map.copyOf(definitions);
	}

	/**
	 * Columns chosen one by one, as the import wizard's user set them: one name per header, as mapping files
	 * write them ({@code EMAIL}, {@code custom.diet}, {@code IGNORED}).
	 *
	 * @throws IllegalArgumentException naming a field that does not exist, or when the count differs
	 */
	public static ColumnMapping chosen(List<String> headers, List<String> names) {
		if (names.size() != headers.size()) {
			throw new IllegalArgumentException(NLS.bind(Messages.Mapping_count, names.size(), headers.size()));
		}
		List<CustomerField> fields = new ArrayList<>();
		List<String> keys = new ArrayList<>();
		for (String name : names) {
			String key = customKey(name);
			CustomerField field = key != null ? CustomerField.CUSTOM : fieldNamed(name);
			if (field == null) {
				throw new IllegalArgumentException(NLS.bind(Messages.Mapping_unknownName, name));
			}
			fields.add(field);
			keys.add(key);
		}
		return new ColumnMapping(Messages.Mapping_chosen, headers, fields, none(headers), keys, Map.of());
	}

	/**
	 * The same mapping knowing the defined custom fields; when it recognises columns, those it ignored whose
	 * header is a custom field's key or label now fill that field (not for columns a user chose to ignore).
	 *
	 * @throws IllegalArgumentException naming a custom field the mapping refers to that is not defined
	 */
	public ColumnMapping withCustomFields(List<CustomField> defined, boolean recognise) {
		Map<String, CustomField> byKey = new LinkedHashMap<>();
		defined.forEach(f -> byKey.put(f.key(), f));
		List<CustomerField> newFields = new ArrayList<>(fields);
		List<String> keys = new ArrayList<>(customKeys);
		for (int i = 0; i < headers.size(); i++) {
			if (fields.get(i) == CustomerField.CUSTOM && !byKey.containsKey(keys.get(i))) {
				throw new IllegalArgumentException(NLS.bind(Messages.Mapping_unknownCustom, keys.get(i), headers.get(i)));
			}
			if (recognise && fields.get(i) == CustomerField.IGNORED) {
				String header = HeaderNames.key(headers.get(i));
				for (CustomField f : defined) {
					if (header.equals(HeaderNames.key(f.key())) || header.equals(HeaderNames.key(f.label()))) {
						newFields.set(i, CustomerField.CUSTOM);
						keys.set(i, f.key());
						break;
					}
				}
			}
		}
		return new ColumnMapping(source, headers, newFields, phoneTypeColumns, keys, byKey);
	}

	/** The custom field a CUSTOM column fills, or null. */
	public CustomField customField(int column) {
		return column >= 0 && column < customKeys.size() && customKeys.get(column) != null
				? definitions.get(customKeys.get(column)) : null;
	}

	/** The column's field as mapping files and the import wizard name it. */
	public String name(int column) {
		CustomerField field = field(column);
		return field == CustomerField.CUSTOM ? CUSTOM_PREFIX + customKeys.get(column) : field.name();
	}

	/** A field's label as users read it, in their language. */
	public static String label(CustomerField field) {
		try {
			return (String) Messages.class.getField("Column_" + field.name()).get(null);
		} catch (ReflectiveOperationException e) {
			return field.name();
		}
	}

	/** The custom key in a name such as {@code custom.diet}, or null. */
	private static String customKey(String name) {
		return name != null && name.regionMatches(true, 0, CUSTOM_PREFIX, 0, CUSTOM_PREFIX.length())
				&& name.length() > CUSTOM_PREFIX.length() ? name.substring(CUSTOM_PREFIX.length()).strip() : null;
	}

	/** Columns of a Google Contacts export, old (Given Name, Group Membership) or 2023+ (First Name, Labels). */
	public static ColumnMapping google(List<String> headers) {
		int[] types = new int[headers.size()];
		Arrays.fill(types, -1);
		for (int i = 0; i < headers.size(); i++) {
			Matcher phone = HeaderNames.GOOGLE_PHONE.matcher(HeaderNames.key(headers.get(i)));
			if (phone.matches()) {
				// "Phone 1 - Type" in old exports, "Phone 1 - Label" in new ones.
				types[i] = indexOf(headers, "Phone " + phone.group(1) + " - Type", "Phone " + phone.group(1) + " - Label");
			}
		}
		return new ColumnMapping(Messages.Mapping_google, headers, map(headers, HeaderNames::google), types);
	}

	/** Columns of an Outlook CSV export (English headers). */
	public static ColumnMapping outlook(List<String> headers) {
		return new ColumnMapping(Messages.Mapping_outlook, headers, map(headers, HeaderNames::outlook), none(headers));
	}

	/** Google or Outlook when the headers are theirs, otherwise columns recognised by everyday names. */
	public static ColumnMapping auto(List<String> headers) {
		ColumnMapping known = null;
		if (HeaderNames.containsAny(headers, "E-mail 1 - Value", "Given Name", "Organization 1 - Name")) {
			known = google(headers);
		} else if (HeaderNames.containsAny(headers, "E-mail Address", "Mobile Phone", "Business Phone")) {
			known = outlook(headers);
		}
		if (known == null) {
			return new ColumnMapping(Messages.Mapping_generic, headers, map(headers, HeaderNames::generic), none(headers));
		}
		// Spreadsheets only partly in Google's or Outlook's words ("Given Name" next to "Email"): the rest by name.
		List<CustomerField> fields = new ArrayList<>(known.fields);
		for (int i = 0; i < fields.size(); i++) {
			if (fields.get(i) == CustomerField.IGNORED) {
				fields.set(i, HeaderNames.generic(headers.get(i)));
			}
		}
		return new ColumnMapping(known.source, headers, fields, known.phoneTypeColumns);
	}

	/**
	 * Columns named in a mapping file of {@code Column header=FIELD} lines (UTF-8, {@code #} comments, the
	 * header compared as in {@link HeaderNames#key}); columns it does not name are ignored.
	 *
	 * @throws IllegalArgumentException naming the line of the mapping file that has an unknown field, a header
	 *                                  the contact file does not have, or no {@code =}
	 */
	public static ColumnMapping fromFile(Path file, List<String> headers) throws IOException {
		List<CustomerField> fields = new ArrayList<>(Collections.nCopies(headers.size(), CustomerField.IGNORED));
		List<String> keys = new ArrayList<>(Collections.nCopies(headers.size(), null));
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		for (int n = 0; n < lines.size(); n++) {
			String line = lines.get(n).replace("\uFEFF", "").strip();
			if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
				continue;
			}
			// The last '=' separates: headers may contain '=' or spaces (unlike java.util.Properties keys).
			int eq = line.lastIndexOf('=');
			if (eq <= 0) {
				throw new IllegalArgumentException(NLS.bind(Messages.Mapping_badLine, file.getFileName(), n + 1));
			}
			String header = unescape(line.substring(0, eq).strip());
			String name = line.substring(eq + 1).strip();
			String key = customKey(name);
			CustomerField field = key != null ? CustomerField.CUSTOM : fieldNamed(name);
			if (field == null) {
				throw new IllegalArgumentException(NLS.bind(Messages.Mapping_unknownField,
						new Object[] { file.getFileName(), n + 1, name, Arrays.toString(CustomerField.values()) }));
			}
			int column = indexOf(headers, header);
			if (column < 0) {
				throw new IllegalArgumentException(NLS.bind(Messages.Mapping_missingColumn,
						new Object[] { file.getFileName(), n + 1, header, quoted(headers) }));
			}
			fields.set(column, field);
			keys.set(column, key);
		}
		return new ColumnMapping(NLS.bind(Messages.Mapping_file, file.getFileName()), headers, fields, none(headers),
				keys, Map.of());
	}

	public List<String> headers() {
		return headers;
	}

	public List<CustomerField> fields() {
		return fields;
	}

	/** The field of a column; columns beyond the header are IGNORED. */
	public CustomerField field(int column) {
		return column >= 0 && column < fields.size() ? fields.get(column) : CustomerField.IGNORED;
	}

	/** For a Google phone value column, the column saying Mobile, Work or Home; otherwise -1. */
	public int phoneTypeColumn(int valueColumn) {
		return valueColumn >= 0 && valueColumn < phoneTypeColumns.length ? phoneTypeColumns[valueColumn] : -1;
	}

	/** Whether some column holds a name, company or email, without which no row can make a customer. */
	public boolean identifiesCustomers() {
		return fields.stream().anyMatch(CustomerField::identifies);
	}

	/** Where the mapping came from (Google, Outlook, names, a mapping file), translated. */
	public String source() {
		return source;
	}

	/**
	 * The mapping for a preview, written as a mapping file ({@code Header=FIELD} lines) so that users can copy
	 * it, correct it and import again with it.
	 */
	public String describe() {
		StringBuilder out = new StringBuilder("# ").append(source).append('\n');
		for (int i = 0; i < headers.size(); i++) {
			if (phoneTypeColumn(i) >= 0) {
				out.append("# ").append(NLS.bind(Messages.Mapping_phoneType, headers.get(i), headers.get(phoneTypeColumn(i))))
						.append('\n');
			}
			out.append(headers.get(i)).append('=').append(name(i)).append('\n');
		}
		return out.toString();
	}

	/** The headers quoted and comma-separated, as messages list them. */
	static String quoted(List<String> headers) {
		StringBuilder out = new StringBuilder();
		for (String header : headers) {
			out.append(out.length() == 0 ? "" : ", ").append('"').append(header).append('"');
		}
		return out.toString();
	}

	@Override
	public String toString() {
		return describe();
	}

	private static List<CustomerField> map(List<String> headers, Function<String, CustomerField> field) {
		return headers.stream().map(field).toList();
	}

	private static int[] none(List<String> headers) {
		int[] types = new int[headers.size()];
		Arrays.fill(types, -1);
		return types;
	}

	private static int indexOf(List<String> headers, String... names) {
		for (String name : names) {
			for (int i = 0; i < headers.size(); i++) {
				if (HeaderNames.key(headers.get(i)).equals(HeaderNames.key(name))) {
					return i;
				}
			}
		}
		return -1;
	}

	private static CustomerField fieldNamed(String name) {
		for (CustomerField field : CustomerField.values()) {
			if (field != CustomerField.CUSTOM && field.name().equalsIgnoreCase(name)) {
				return field;
			}
		}
		return null;
	}

	/** Backslash-u escapes, as in ISO-8859-1 properties files written by tools. */
	private static String unescape(String text) {
		return UNICODE_ESCAPE.matcher(text).replaceAll(m -> String.valueOf((char) Integer.parseInt(m.group(1), 16)));
	}
}
