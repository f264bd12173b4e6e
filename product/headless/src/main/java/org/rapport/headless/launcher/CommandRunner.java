package org.rapport.headless.launcher;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * Runs one {@code rapport:} command through Gogo's CommandProcessor. Gogo's classes live inside the
 * framework, so they are called reflectively from out here.
 */
final class CommandRunner {

	private static final String PROCESSOR = "org.apache.felix.service.command.CommandProcessor";
	private static final String SESSION = "org.apache.felix.service.command.CommandSession";
	private static final long WAIT_MILLIS = 20_000;

	private final BundleContext context;
	private final PrintStream out;
	private final PrintStream err;

	CommandRunner(BundleContext context, PrintStream out, PrintStream err) {
		this.context = context;
		this.out = out;
		this.err = err;
	}

	int run(String[] args) throws Exception {
		if (args.length == 0 || args[0].equals("help") || args[0].equals("--help")) {
			out.println("Usage: rapport admin <command> [arguments]   or   rapport admin shell");
			out.println("Commands: " + String.join(", ", commands()));
			return args.length == 0 ? 2 : 0;
		}
		String command = args[0];
		if (!awaitCommand(command)) {
			err.println("Unknown command: " + command + ". Commands: " + String.join(", ", commands()));
			return 2;
		}
		ServiceReference<?> reference = await(() -> context.getServiceReference(PROCESSOR));
		Object processor = context.getService(reference);
		ClassLoader gogo = processor.getClass().getClassLoader();
		Method create = method(gogo.loadClass(PROCESSOR), "createSession", 3);
		Object session = create.invoke(processor, System.in, (OutputStream) out, (OutputStream) err);
		Class<?> sessionType = gogo.loadClass(SESSION);
		Method put = sessionType.getMethod("put", String.class, Object.class);
		StringBuilder line = new StringBuilder("rapport:").append(command);
		for (int i = 1; i < args.length; i++) {
			// Arguments travel as session variables, so that no quoting or $ in them is interpreted.
			put.invoke(session, "arg" + i, args[i]);
			line.append(" $arg").append(i);
		}
		try {
			sessionType.getMethod("execute", CharSequence.class).invoke(session, line.toString());
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause();
			err.println(cause.getMessage() == null ? cause.toString() : cause.getMessage());
			return 1;
		} finally {
			out.flush();
		}
		Object exit = sessionType.getMethod("get", String.class).invoke(session, "rapport.exit");
		sessionType.getMethod("close").invoke(session);
		return exit instanceof Integer code ? code : 0;
	}

	private boolean awaitCommand(String command) throws InterruptedException {
		long deadline = System.currentTimeMillis() + WAIT_MILLIS;
		while (System.currentTimeMillis() < deadline) {
			List<String> known = commands();
			if (known.contains(command)) {
				return true;
			}
			// Commands of one bundle register together; once some are there, give the others a moment.
			if (!known.isEmpty() && System.currentTimeMillis() > deadline - WAIT_MILLIS + 3_000) {
				return false;
			}
			Thread.sleep(50);
		}
		return false;
	}

	private List<String> commands() {
		TreeSet<String> names = new TreeSet<>();
		try {
			ServiceReference<?>[] refs = context.getAllServiceReferences(null, "(osgi.command.scope=rapport)");
			if (refs != null) {
				for (ServiceReference<?> ref : refs) {
					Object function = ref.getProperty("osgi.command.function");
					if (function instanceof String[] many) {
						names.addAll(List.of(many));
					} else if (function != null) {
						names.add(function.toString());
					}
				}
			}
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException(e);
		}
		return new ArrayList<>(names);
	}

	private static ServiceReference<?> await(java.util.function.Supplier<ServiceReference<?>> lookup)
			throws InterruptedException {
		long deadline = System.currentTimeMillis() + WAIT_MILLIS;
		ServiceReference<?> ref;
		while ((ref = lookup.get()) == null) {
			if (System.currentTimeMillis() > deadline) {
				throw new IllegalStateException("The Gogo command processor did not start");
			}
			Thread.sleep(20);
		}
		return ref;
	}

	private static Method method(Class<?> type, String name, int parameters) {
		for (Method m : type.getMethods()) {
			if (m.getName().equals(name) && m.getParameterCount() == parameters
					&& m.getParameterTypes()[0] == InputStream.class) {
				return m;
			}
		}
		throw new IllegalStateException("No " + name + " in " + type);
	}
}
