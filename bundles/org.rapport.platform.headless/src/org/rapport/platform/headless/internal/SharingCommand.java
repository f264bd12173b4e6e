package org.rapport.platform.headless.internal;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.felix.service.command.Function;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.platform.headless.AdminCommand;
import org.rapport.platform.headless.UsageException;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.security.RecordType;
import org.rapport.platform.security.RecordTypes;
import org.rapport.platform.security.RecordVisibility;
import org.rapport.platform.security.Sharing;

/** {@code sharing list | sharing set TYPE PRIVATE|TEAM|DEPARTMENT|EVERYONE}: who sees each record type's records. */
@Component(service = Function.class, property = { "osgi.command.scope=rapport", "osgi.command.function=sharing" })
public class SharingCommand extends AdminCommand {

	@Reference
	private Database database;

	@Reference
	private RecordTypes types;

	@Reference
	private RecordVisibility visibility;

	@Override
	protected int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		boolean list = args.size() == 1 && args.get(0).equals("list");
		boolean set = args.size() == 3 && args.get(0).equals("set");
		if (!list && !set) {
			throw new UsageException(usage());
		}
		Sharing sharing = null;
		if (set) {
			if (types.type(args.get(1)).isEmpty()) {
				throw new UsageException(NLS.bind(Messages.Sharing_badType, args.get(1),
						types.all().stream().map(RecordType::id).toList()));
			}
			try {
				sharing = Sharing.valueOf(args.get(2).toUpperCase(Locale.ROOT));
			} catch (IllegalArgumentException e) {
				throw new UsageException(NLS.bind(Messages.Sharing_badValue, args.get(2), Arrays.toString(Sharing.values())));
			}
		}
		if (!open(database, err)) {
			return REJECTED;
		}
		if (list) {
			for (RecordType type : types.all()) {
				Sharing now = visibility.sharing(type.id());
				out.println(String.join("\t", type.id(), type.name(), now.name(), now.label()));
			}
		} else {
			visibility.share(args.get(1), sharing);
			out.println(NLS.bind(Messages.Sharing_set, args.get(1), sharing.label()));
		}
		return OK;
	}

	@Override
	public String usage() {
		return Messages.Sharing_usage;
	}
}
