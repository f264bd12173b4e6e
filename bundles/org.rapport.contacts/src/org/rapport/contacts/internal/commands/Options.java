package org.rapport.contacts.internal.commands;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.rapport.contacts.internal.Messages;
import org.rapport.platform.headless.UsageException;

/** Command-line arguments: {@code --name value} options and the remaining positional arguments. */
final class Options {

	private final Map<String, String> values = new HashMap<>();
	private final List<String> positional = new ArrayList<>();
	private final Set<String> flags = new java.util.HashSet<>();

	Options(List<String> args, Set<String> known) throws UsageException {
		this(args, known, Set.of());
	}

	/** @param switches options that take no value ({@code --static}) */
	Options(List<String> args, Set<String> known, Set<String> switches) throws UsageException {
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.startsWith("--") && switches.contains(arg.substring(2))) {
				flags.add(arg.substring(2));
			} else if (arg.startsWith("--")) {
				String name = arg.substring(2);
				if (!known.contains(name)) {
					throw new UsageException(NLS.bind(Messages.Command_unknownOption, arg));
				}
				if (i + 1 >= args.size()) {
					throw new UsageException(NLS.bind(Messages.Command_missingValue, arg));
				}
				values.put(name, args.get(++i));
			} else {
				positional.add(arg);
			}
		}
	}

	List<String> positional() {
		return positional;
	}

	boolean flag(String name) {
		return flags.contains(name);
	}

	String get(String name, String fallback) {
		return values.getOrDefault(name, fallback);
	}

	int number(String name, int fallback, int min, int max) throws UsageException {
		String value = values.get(name);
		if (value == null) {
			return fallback;
		}
		try {
			int n = Integer.parseInt(value.replace("_", ""));
			if (n < min || n > max) {
				throw new NumberFormatException();
			}
			return n;
		} catch (NumberFormatException e) {
			throw new UsageException(NLS.bind(Messages.Command_badNumber, new Object[] { "--" + name, value, min, max }));
		}
	}
}
