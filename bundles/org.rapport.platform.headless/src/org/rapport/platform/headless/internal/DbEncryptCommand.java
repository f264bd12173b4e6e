package org.rapport.platform.headless.internal;

import java.io.PrintStream;
import java.util.List;

import org.apache.felix.service.command.Function;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.platform.headless.AdminCommand;
import org.rapport.platform.headless.ConsoleProgress;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.security.Action;
import org.rapport.platform.security.Directory;
import org.rapport.platform.security.SecurityContext;

/**
 * {@code db-encrypt}: encrypts the embedded database (AES, 256-bit key) with a boot password typed twice on the
 * terminal, or given in {@code RAPPORT_BOOT_PASSWORD} by a script; from then on every start asks for it.
 */
@Component(service = Function.class, property = { "osgi.command.scope=rapport", "osgi.command.function=db-encrypt" })
public class DbEncryptCommand extends AdminCommand {

	@Reference
	private Database database;

	@Reference
	private SecurityContext security;

	@Override
	protected int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		expectArguments(args, 0);
		if (!open(database, err)) {
			return REJECTED;
		}
		security.checkPermitted(Directory.MODULE, Action.ADMINISTER);
		String password = System.getenv("RAPPORT_BOOT_PASSWORD");
		if (password == null || password.isEmpty()) {
			NewPassword.Answer typed = NewPassword.ask(Messages.Encrypt_newPassword, false);
			if (typed.given() && !typed.matching()) {
				err.println(Messages.Users_passwordsDiffer);
				return REJECTED;
			}
			password = typed.given() ? new String(typed.password()) : null;
		}
		if (password == null || password.isEmpty()) {
			err.println(Messages.Encrypt_noPassword);
			return REJECTED;
		}
		try {
			database.encrypt(password, new ConsoleProgress(err));
		} catch (DatabaseException e) {
			err.println(e.getMessage());
			return REJECTED;
		}
		out.println(NLS.bind(Messages.Encrypt_done, database.info().location()));
		return OK;
	}

	@Override
	public String usage() {
		return Messages.Encrypt_usage;
	}
}
