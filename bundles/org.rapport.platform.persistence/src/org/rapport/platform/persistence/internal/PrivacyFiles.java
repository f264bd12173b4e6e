package org.rapport.platform.persistence.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.rapport.platform.persistence.DatabaseSettings;
import org.rapport.platform.privacy.PersonalRecord;
import org.rapport.platform.validation.ValidationException;

/**
 * The files of a privacy export: one JSON document with everything, and one CSV per module and record type for a
 * spreadsheet. Both are written here: the target platform has no JSON library, and its Commons CSV ships in the
 * contacts feature (with Commons IO and Codec), which the platform must not need. JSON: objects, arrays and strings
 * only, escaped by RFC 8259. CSV: RFC 4180 (comma, CRLF, a cell with a comma, quote or line break in quotes, quotes
 * doubled), UTF-8 with a byte-order mark (spreadsheets need it to read Chinese), and a cell a spreadsheet would run as
 * a formula prefixed with an apostrophe, as the contacts export does.
 */
final class PrivacyFiles {

	private PrivacyFiles() {
	}

	/** Makes the folder, or accepts it when empty; only its owner may read it (where POSIX): it holds personal data. */
	static void prepare(Path folder) {
		try {
			if (Files.isDirectory(folder)) {
				try (Stream<Path> existing = Files.list(folder)) {
					if (existing.findAny().isPresent()) {
						throw new ValidationException("folder", NLS.bind(Messages.Privacy_Export_notEmpty, folder));
					}
				}
			} else if (Files.exists(folder)) {
				throw new ValidationException("folder", NLS.bind(Messages.Privacy_Export_notFolder, folder));
			}
			Files.createDirectories(folder);
			DatabaseSettings.ownerOnly(folder, "rwx------");
		} catch (IOException e) {
			throw new ValidationException("folder", NLS.bind(Messages.Privacy_Export_failed, folder, e.getMessage()));
		}
	}

	/**
	 * Writes {@code customer-<id>.json} and the CSVs.
	 *
	 * @param modules each module's records
	 * @param failed  the modules whose export failed, with the error
	 * @return the JSON file
	 */
	static Path write(Path folder, long customerId, Instant at, Map<String, List<PersonalRecord>> modules,
			Map<String, String> failed) {
		Path json = folder.resolve("customer-" + customerId + ".json");
		try {
			try (Writer out = Files.newBufferedWriter(json, StandardCharsets.UTF_8)) {
				json(out, customerId, at, modules, failed);
			}
			for (Map.Entry<String, List<PersonalRecord>> module : modules.entrySet()) {
				Map<String, List<PersonalRecord>> byType = new LinkedHashMap<>();
				module.getValue().forEach(r -> byType.computeIfAbsent(r.type(), t -> new ArrayList<>()).add(r));
				for (Map.Entry<String, List<PersonalRecord>> type : byType.entrySet()) {
					csv(folder.resolve(fileName(module.getKey()) + "-" + fileName(type.getKey()) + ".csv"),
							type.getValue());
				}
			}
		} catch (IOException e) {
			throw new ValidationException("folder", NLS.bind(Messages.Privacy_Export_failed, folder, e.getMessage()));
		}
		return json;
	}

	private static void json(Writer out, long customerId, Instant at, Map<String, List<PersonalRecord>> modules,
			Map<String, String> failed) throws IOException {
		out.write("{\n  \"customer\": " + customerId + ",\n  \"exportedAt\": " + quoted(at.toString())
				+ ",\n  \"modules\": {");
		String comma = "";
		for (Map.Entry<String, List<PersonalRecord>> module : modules.entrySet()) {
			out.write(comma + "\n    " + quoted(module.getKey()) + ": [");
			String recordComma = "";
			for (PersonalRecord r : module.getValue()) {
				out.write(recordComma + "\n      {\"type\": " + quoted(r.type()) + ", \"id\": " + quoted(r.id())
						+ ", \"fields\": {");
				Iterator<Map.Entry<String, String>> fields = r.fields().entrySet().iterator();
				while (fields.hasNext()) {
					Map.Entry<String, String> field = fields.next();
					out.write(quoted(field.getKey()) + ": " + quoted(field.getValue()));
					out.write(fields.hasNext() ? ", " : "");
				}
				out.write("}}");
				recordComma = ",";
			}
			out.write(module.getValue().isEmpty() ? "]" : "\n    ]");
			comma = ",";
		}
		out.write("\n  }");
		if (!failed.isEmpty()) {
			out.write(",\n  \"failed\": {");
			comma = "";
			for (Map.Entry<String, String> module : failed.entrySet()) {
				out.write(comma + "\n    " + quoted(module.getKey()) + ": " + quoted(module.getValue()));
				comma = ",";
			}
			out.write("\n  }");
		}
		out.write("\n}\n");
	}

	/** A JSON string, or null. */
	static String quoted(String value) {
		if (value == null) {
			return "null";
		}
		StringBuilder s = new StringBuilder(value.length() + 2).append('"');
		for (int i = 0; i < value.length(); i++) {
			char ch = value.charAt(i);
			switch (ch) {
			case '"' -> s.append("\\\"");
			case '\\' -> s.append("\\\\");
			case '\n' -> s.append("\\n");
			case '\r' -> s.append("\\r");
			case '\t' -> s.append("\\t");
			default -> {
				// Control characters must be escaped; the two line separators too, for readers that run JavaScript.
				if (ch < 0x20 || ch == '\u2028' || ch == '\u2029') {
					s.append(String.format("\\u%04x", (int) ch));
				} else {
					s.append(ch);
				}
			}
			}
		}
		return s.append('"').toString();
	}

	private static void csv(Path file, List<PersonalRecord> records) throws IOException {
		Set<String> names = new LinkedHashSet<>();
		records.forEach(r -> names.addAll(r.fields().keySet()));
		List<String> header = new ArrayList<>();
		header.add("id");
		header.addAll(names);
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write('\ufeff');
			line(out, header);
			for (PersonalRecord r : records) {
				List<String> row = new ArrayList<>();
				row.add(r.id());
				names.forEach(name -> row.add(r.fields().get(name)));
				line(out, row);
			}
		}
	}

	private static void line(Writer out, List<String> cells) throws IOException {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < cells.size(); i++) {
			line.append(i == 0 ? "" : ",").append(cell(cells.get(i)));
		}
		out.write(line.append("\r\n").toString());
	}

	/** One cell: empty for null, guarded against formulas, quoted when it holds a comma, quote or line break. */
	static String cell(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		char first = value.charAt(0);
		String text = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
				? "'" + value : value;
		return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
				? '"' + text.replace("\"", "\"\"") + '"' : text;
	}

	/** A module or type as part of a file name: letters, digits, dot, dash and underscore. */
	private static String fileName(String name) {
		return name.replaceAll("[^\\p{L}\\p{N}._-]", "_");
	}
}
