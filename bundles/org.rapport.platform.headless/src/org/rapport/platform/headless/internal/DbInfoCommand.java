package org.rapport.platform.headless.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

import org.apache.felix.service.command.Function;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.platform.headless.AdminCommand;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.DatabaseInfo;

/** {@code rapport:db-info}: opens the database (applying pending migrations) and says what it is. */
@Component(service = Function.class, property = { "osgi.command.scope=rapport", "osgi.command.function=db-info" })
public class DbInfoCommand extends AdminCommand {

	@Reference
	private Database database;

	@Override
	protected int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		expectArguments(args, 0);
		if (!open(database, err)) {
			return REJECTED;
		}
		DatabaseInfo info = database.info();
		out.println(NLS.bind(Messages.DbInfo_kind, info.kind().key()));
		out.println(NLS.bind(Messages.DbInfo_location, info.location()));
		out.println(NLS.bind(Messages.DbInfo_user, info.user()));
		out.println(NLS.bind(Messages.DbInfo_product, info.product()));
		info.changeSets().entrySet().stream().sorted(Map.Entry.comparingByKey())
				.forEach(e -> out.println(NLS.bind(Messages.DbInfo_migrations, e.getKey(), e.getValue())));
		return OK;
	}

	@Override
	public String usage() {
		return Messages.DbInfo_usage;
	}
}
