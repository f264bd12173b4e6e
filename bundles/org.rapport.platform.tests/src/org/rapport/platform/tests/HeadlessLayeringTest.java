package org.rapport.platform.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** ARCHITECTURE.md: headless bundles never import SWT, JFace or the e4 UI. Reads every manifest of the source tree. */
class HeadlessLayeringTest {

	private static final Pattern UI = Pattern.compile("org\\.eclipse\\.(swt|jface|e4\\.ui)");

	@Test
	void noHeadlessBundleImportsUserInterfaceCode() throws IOException {
		Path bundles = Path.of("").toAbsolutePath().getParent();
		List<String> offenders = new ArrayList<>();
		int headless = 0;
		try (Stream<Path> dirs = Files.list(bundles)) {
			for (Path dir : dirs.sorted().toList()) {
				String name = dir.getFileName().toString();
				Path manifest = dir.resolve("META-INF/MANIFEST.MF");
				if (!Files.isRegularFile(manifest) || name.endsWith(".ui") || name.contains(".ui.")
						|| name.endsWith(".tests")) {
					continue;
				}
				headless++;
				try (InputStream in = Files.newInputStream(manifest)) {
					var attributes = new Manifest(in).getMainAttributes();
					for (String header : List.of("Import-Package", "Require-Bundle", "DynamicImport-Package")) {
						String value = attributes.getValue(header);
						if (value != null && UI.matcher(value).find()) {
							offenders.add(name + " (" + header + ")");
						}
					}
				}
			}
		}
		assertTrue(headless >= 3, "expected the platform's headless bundles under " + bundles);
		assertEquals(List.of(), offenders);
	}
}
