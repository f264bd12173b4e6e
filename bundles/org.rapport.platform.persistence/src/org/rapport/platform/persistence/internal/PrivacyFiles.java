package org.rapport.platform.persistence.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.rapport.platform.csv.CsvOutput;
import org.rapport.platform.persistence.DatabaseSettings;
import org.rapport.platform.privacy.PersonalRecord;
import org.rapport.platform.validation.ValidationException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonpCharacterEscapes;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.core.util.Separators.Spacing;

/**
 * The files of a privacy export: one JSON document with everything, written by Jackson, and one CSV per module and
 * record type for a spreadsheet, written by the platform's {@link CsvOutput} (RFC 4180, a cell a spreadsheet would run
 * as a formula prefixed with an apostrophe) in UTF-8 with a byte-order mark, which spreadsheets need to read Chinese.
 */
final class PrivacyFiles {

	private static final JsonFactory JSON = new JsonFactory();

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
		try (JsonGenerator json = JSON.createGenerator(out)) {
			json.setPrettyPrinter(indented());
			// The two line separators escaped too, for readers that run the file as JavaScript.
			json.setCharacterEscapes(JsonpCharacterEscapes.instance());
			json.writeStartObject();
			json.writeNumberField("customer", customerId);
			json.writeStringField("exportedAt", at.toString());
			json.writeObjectFieldStart("modules");
			for (Map.Entry<String, List<PersonalRecord>> module : modules.entrySet()) {
				json.writeArrayFieldStart(module.getKey());
				for (PersonalRecord r : module.getValue()) {
					json.writeStartObject();
					json.writeStringField("type", r.type());
					json.writeStringField("id", r.id());
					json.writeObjectFieldStart("fields");
					for (Map.Entry<String, String> field : r.fields().entrySet()) {
						json.writeStringField(field.getKey(), field.getValue());
					}
					json.writeEndObject();
					json.writeEndObject();
				}
				json.writeEndArray();
			}
			json.writeEndObject();
			if (!failed.isEmpty()) {
				json.writeObjectFieldStart("failed");
				for (Map.Entry<String, String> module : failed.entrySet()) {
					json.writeStringField(module.getKey(), module.getValue());
				}
				json.writeEndObject();
			}
			json.writeEndObject();
			json.writeRaw('\n');
		}
	}

	/** Two spaces a level, {@code "name": value}: for a person who opens the file in an editor. */
	private static DefaultPrettyPrinter indented() {
		DefaultIndenter twoSpaces = new DefaultIndenter("  ", "\n");
		Separators separators = Separators.createDefaultInstance().withObjectFieldValueSpacing(Spacing.AFTER)
				.withObjectEmptySeparator("").withArrayEmptySeparator("");
		return new DefaultPrettyPrinter(separators).withObjectIndenter(twoSpaces).withArrayIndenter(twoSpaces);
	}

	private static void csv(Path file, List<PersonalRecord> records) throws IOException {
		Set<String> names = new LinkedHashSet<>();
		records.forEach(r -> names.addAll(r.fields().keySet()));
		List<String> header = new ArrayList<>();
		header.add("id");
		header.addAll(names);
		Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
		try (CsvOutput csv = CsvOutput.to(out)) {
			out.write('\ufeff');
			csv.row(header);
			for (PersonalRecord r : records) {
				List<String> row = new ArrayList<>();
				row.add(r.id());
				names.forEach(name -> row.add(r.fields().get(name)));
				csv.row(row);
			}
		}
	}

	/** A module or type as part of a file name: letters, digits, dot, dash and underscore. */
	private static String fileName(String name) {
		return name.replaceAll("[^\\p{L}\\p{N}._-]", "_");
	}
}
