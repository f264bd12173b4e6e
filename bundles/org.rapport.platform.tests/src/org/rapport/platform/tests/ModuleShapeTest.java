package org.rapport.platform.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * One module shape: every module's headless bundle keeps its commands, persistence and demo data in the
 * same inner packages, so a new module (ours or a vendor's) finds one pattern to copy; and every bundle carries the
 * shared formatter settings of releng/formatter.xml. Reads the source tree.
 */
class ModuleShapeTest {

	private static final Path BUNDLES = Path.of("").toAbsolutePath().getParent();

	@Test
	void everyModuleKeepsCommandsEntitiesAndDemoDataInTheSameInnerPackages() throws IOException {
		List<String> wrong = new ArrayList<>();
		int modules = 0;
		for (Path bundle : bundles()) {
			String name = bundle.getFileName().toString();
			if (name.startsWith("org.rapport.platform") || name.startsWith("org.rapport.thirdparty")
					|| name.contains(".ui") || name.endsWith(".tests") || name.endsWith(".testing")) {
				continue;
			}
			Path internal = bundle.resolve("src").resolve(name.replace('.', '/')).resolve("internal");
			if (!Files.isDirectory(internal)) {
				continue;
			}
			modules++;
			for (String inner : List.of("store", "commands", "demo")) {
				if (!Files.isDirectory(internal.resolve(inner))) {
					wrong.add(name + ": no internal/" + inner);
				}
			}
			try (Stream<Path> files = Files.walk(internal)) {
				for (Path java : files.filter(f -> f.toString().endsWith(".java")).toList()) {
					String file = java.getFileName().toString();
					String folder = internal.relativize(java.getParent()).toString();
					if (file.endsWith("Command.java") && !folder.equals("commands")) {
						wrong.add(name + ": " + folder + "/" + file + " belongs in internal/commands");
					}
					if (file.endsWith("Entity.java") && !folder.equals("store")) {
						wrong.add(name + ": " + folder + "/" + file + " belongs in internal/store");
					}
				}
			}
		}
		assertTrue(modules >= 3, "the contacts, engagement and sales modules under " + BUNDLES);
		assertEquals(List.of(), wrong);
	}

	@Test
	void everyBundleCarriesTheSharedFormatterSettings() throws IOException {
		Matcher setting = Pattern.compile("<setting id=\"([^\"]+)\" value=\"([^\"]*)\"")
				.matcher(Files.readString(BUNDLES.resolveSibling("releng").resolve("formatter.xml")));
		List<String> expected = new ArrayList<>();
		while (setting.find()) {
			expected.add(setting.group(1) + "=" + setting.group(2));
		}
		assertTrue(!expected.isEmpty(), "the formatter profile is read");
		List<String> missing = new ArrayList<>();
		for (Path bundle : bundles()) {
			Path prefs = bundle.resolve(".settings/org.eclipse.jdt.core.prefs");
			List<String> lines = Files.isRegularFile(prefs) ? Files.readAllLines(prefs) : List.of();
			if (!lines.containsAll(expected)) {
				missing.add(bundle.getFileName() + " (run releng/project-settings.sh)");
			}
		}
		assertEquals(List.of(), missing);
	}

	private static List<Path> bundles() throws IOException {
		try (Stream<Path> dirs = Files.list(BUNDLES)) {
			return dirs.filter(d -> Files.isRegularFile(d.resolve("META-INF/MANIFEST.MF"))).sorted().toList();
		}
	}
}
