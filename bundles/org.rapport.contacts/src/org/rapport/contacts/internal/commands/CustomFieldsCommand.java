package org.rapport.contacts.internal.commands;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.felix.service.command.Function;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.contacts.CustomField;
import org.rapport.contacts.CustomFields;
import org.rapport.contacts.FieldType;
import org.rapport.contacts.internal.Messages;
import org.rapport.platform.headless.AdminCommand;
import org.rapport.platform.headless.UsageException;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.validation.ValidationException;

/** {@code custom-fields list | add KEY --type T --label L [--choices A;B]}: fields administrators add. */
@Component(service = Function.class, property = { "osgi.command.scope=rapport", "osgi.command.function=custom-fields" })
public class CustomFieldsCommand extends AdminCommand {

	@Reference
	private Database database;

	@Reference
	private CustomFields fields;

	@Override
	protected int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		Options options = new Options(args, Set.of("type", "label", "choices"));
		List<String> words = options.positional();
		boolean list = words.size() == 1 && words.get(0).equals("list");
		boolean add = words.size() == 2 && words.get(0).equals("add");
		boolean change = words.size() == 2 && words.get(0).equals("change");
		boolean remove = words.size() == 2 && words.get(0).equals("remove");
		if (!list && !add && !change && !remove) {
			throw new UsageException(Messages.Fields_usage);
		}
		FieldType type = null;
		if (add) {
			try {
				type = FieldType.valueOf(options.get("type", "").toUpperCase(Locale.ROOT));
			} catch (IllegalArgumentException e) {
				throw new UsageException(Messages.Fields_usage);
			}
		}
		if (!open(database, err)) {
			return REJECTED;
		}
		if (list) {
			for (CustomField f : fields.definitions()) {
				out.println(String.join("\t", f.key(), f.type().name().toLowerCase(Locale.ROOT), f.label(),
						String.join(";", f.choices())));
			}
			return OK;
		}
		String key = words.get(1);
		try {
			if (remove) {
				int holders = fields.usage(key);
				fields.remove(key);
				out.println(NLS.bind(Messages.Fields_removed, key, holders));
				return OK;
			}
			if (change) {
				CustomField before = fields.definitions().stream().filter(f -> f.key().equalsIgnoreCase(key)).findFirst()
						.orElse(new CustomField(key, "", FieldType.TEXT, List.of()));
				fields.update(new CustomField(key, options.get("label", before.label()), before.type(),
						choices(options.get("choices", String.join(";", before.choices())))));
				out.println(NLS.bind(Messages.Fields_changed, key));
				return OK;
			}
			fields.define(new CustomField(key, options.get("label", ""), type, choices(options.get("choices", ""))));
		} catch (ValidationException e) {
			return rejected(e, err);
		}
		out.println(NLS.bind(Messages.Fields_added, key));
		return OK;
	}

	private static List<String> choices(String text) {
		return text.isBlank() ? List.of() : Arrays.stream(text.split(";")).map(String::trim).toList();
	}

	@Override
	public String usage() {
		return Messages.Fields_usage;
	}
}
