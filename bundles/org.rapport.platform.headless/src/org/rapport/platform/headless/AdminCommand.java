package org.rapport.platform.headless;

import java.io.PrintStream;
import java.util.List;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Function;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.DatabaseException;

/**
 * Base of a headless command ({@code ./rapport admin <name> ...}, or {@code rapport:<name>} in the shell).
 * Register a subclass as an OSGi service of type {@link Function} with the properties
 * {@code osgi.command.scope=rapport} and {@code osgi.command.function=<name>}. The exit code a command
 * returns reaches the operating system: {@link #OK}, {@link #REJECTED} or {@link #USAGE}.
 */
public abstract class AdminCommand implements Function {

	/** Session variable holding the exit code of the last command. */
	public static final String EXIT_VARIABLE = "rapport.exit";

	/** Everything was done. */
	public static final int OK = 0;
	/** Some input was rejected, or the work could not be done; the message says what and where. */
	public static final int REJECTED = 1;
	/** The command was called wrongly, or a file named could not be read. */
	public static final int USAGE = 2;

	@Override
	public final Object execute(CommandSession session, List<Object> arguments) throws Exception {
		List<String> args = arguments.stream().map(String::valueOf).toList();
		int code;
		try {
			code = run(args, System.out, System.err);
		} catch (UsageException e) {
			// A command that has nothing to add to its usage throws the usage itself: print it once.
			if (!usage().equals(e.getMessage())) {
				System.err.println(e.getMessage());
			}
			System.err.println(usage());
			code = USAGE;
		}
		session.put(EXIT_VARIABLE, code);
		return null;
	}

	/** Does the work; returns the exit code. Throws {@link UsageException} when called wrongly. */
	protected abstract int run(List<String> args, PrintStream out, PrintStream err) throws Exception;

	/** One line: how to call the command. */
	public abstract String usage();

	/** Opens the database, showing progress on the error stream; on failure prints why and returns false. */
	protected boolean open(Database database, PrintStream err) {
		try {
			database.open(new ConsoleProgress(err));
			return true;
		} catch (DatabaseException e) {
			err.println(e.getMessage());
			return false;
		}
	}

	/** Prints each message of a refusal, one a line, and gives the exit code for rejected input. */
	protected int rejected(org.rapport.platform.validation.ValidationException refusal, PrintStream err) {
		refusal.errors().forEach(e -> err.println(e.message()));
		return REJECTED;
	}

	/** Refuses a call with the wrong number of arguments. */
	protected void expectArguments(List<String> args, int count) throws UsageException {
		if (args.size() != count) {
			throw new UsageException(org.eclipse.osgi.util.NLS.bind(
					org.rapport.platform.headless.internal.Messages.Usage_arguments, count, args.size()));
		}
	}
}
