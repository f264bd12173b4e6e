package org.rapport.headless.launcher;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.xml.parsers.SAXParserFactory;

import org.apache.felix.framework.FrameworkFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;

/**
 * Starts Rapport's headless bundles on Apache Felix and runs one command ({@code rapport admin db-info}) or
 * the interactive Gogo shell ({@code rapport admin shell}). The process exit code is the command's: 0 done,
 * 1 input rejected or work failed, 2 bad usage.
 */
public final class HeadlessLauncher {

	private HeadlessLauncher() {
	}

	public static void main(String[] arguments) throws Exception {
		String[] args = signInAs(arguments);
		Path home = distribution();
		// Gogo replaces System.out/err with per-thread streams; the session must write to the real ones.
		PrintStream stdout = System.out;
		PrintStream stderr = System.err;
		boolean shell = args.length > 0 && args[0].equals("shell");
		Path storage = Files.createTempDirectory("rapport-felix");
		Framework framework = new FrameworkFactory().newFramework(configuration(storage, shell));
		int exit;
		try {
			framework.init();
			BundleContext context = framework.getBundleContext();
			// Equinox registers this itself; the extension registry needs it to parse plugin.xml files.
			context.registerService(SAXParserFactory.class, SAXParserFactory.newInstance(), null);
			List<Bundle> bundles = install(context, home.resolve("bundles"));
			if (shell) {
				bundles.addAll(install(context, home.resolve("shell")));
			}
			framework.start();
			start(bundles);
			if (shell) {
				framework.waitForStop(0);
				exit = 0;
			} else {
				exit = new CommandRunner(context, stdout, stderr).run(args);
			}
		} finally {
			framework.stop();
			framework.waitForStop(20_000);
			deleteQuietly(storage);
		}
		System.exit(exit);
	}

	/**
	 * {@code --user LOGIN} first: the server login to sign in with (the password comes from PGPASSWORD, ~/.pgpass or,
	 * on a terminal, a prompt). Returns the other arguments.
	 */
	private static String[] signInAs(String[] args) {
		System.setProperty("rapport.password.prompt", "true");
		System.setProperty("rapport.client", "headless");
		if (args.length >= 2 && args[0].equals("--user")) {
			System.setProperty("rapport.database.user", args[1]);
			return java.util.Arrays.copyOfRange(args, 2, args.length);
		}
		return args;
	}

	private static Map<String, String> configuration(Path storage, boolean shell) {
		Map<String, String> config = new HashMap<>();
		config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
		config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
		config.put("felix.log.level", "1");
		// EventAdmin warns on stderr when its delivery thread is stopped with the framework.
		config.put("org.apache.felix.eventadmin.LogLevel", "1");
		config.put("gosh.args", shell ? "" : "--nointeractive");
		return config;
	}

	private static List<Bundle> install(BundleContext context, Path folder) throws IOException, BundleException {
		List<Bundle> installed = new ArrayList<>();
		try (Stream<Path> jars = Files.list(folder)) {
			for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
				installed.add(context.installBundle(jar.toUri().toString()));
			}
		}
		return installed;
	}

	/** Starts every bundle; the extension registry last, so that it finds the services it uses to translate. */
	private static void start(List<Bundle> bundles) {
		List<Bundle> ordered = new ArrayList<>(bundles);
		ordered.sort(Comparator.comparing(b -> "org.eclipse.equinox.registry".equals(b.getSymbolicName())));
		for (Bundle bundle : ordered) {
			if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null) {
				continue;
			}
			try {
				bundle.start();
			} catch (BundleException e) {
				System.err.println("Bundle " + bundle.getSymbolicName() + " did not start: " + e.getMessage()
						+ (e.getCause() == null ? "" : " (" + e.getCause() + ")"));
			}
		}
	}

	/** The folder this launcher's jar lies in: it holds bundles/, shell/ and lib/. */
	private static Path distribution() throws URISyntaxException {
		File jar = new File(HeadlessLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		return jar.toPath().getParent();
	}

	private static void deleteQuietly(Path folder) {
		try (Stream<Path> all = Files.walk(folder)) {
			all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		} catch (IOException e) {
			// a leftover temporary folder is harmless
		}
	}
}
