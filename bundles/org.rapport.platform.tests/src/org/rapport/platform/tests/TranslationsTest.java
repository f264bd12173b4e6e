package org.rapport.platform.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every message file of every bundle and feature ships in English, Simplified Chinese, Traditional Chinese
 * and Malay, with the same keys, so that no user meets an untranslated key.
 */
class TranslationsTest {

	private static final List<String> LOCALES = List.of("zh_CN", "zh_TW", "ms");

	@Test
	void everyMessageFileHasAllFourLanguagesWithTheSameKeys() throws IOException {
		Path root = Path.of("").toAbsolutePath().getParent().getParent();
		List<Path> bases;
		try (Stream<Path> files = Files.walk(root)) {
			bases = files.filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/bin/"))
					.filter(p -> p.getFileName().toString().matches("(messages|bundle|feature)\\.properties"))
					.toList();
		}
		assertTrue(bases.size() >= 6, "expected the message files under " + root + ", found " + bases);
		List<String> problems = new ArrayList<>();
		for (Path base : bases) {
			Set<String> keys = keys(base);
			String name = base.getFileName().toString().replace(".properties", "");
			for (String locale : LOCALES) {
				Path translation = base.resolveSibling(name + "_" + locale + ".properties");
				if (!Files.isRegularFile(translation)) {
					problems.add("missing " + root.relativize(translation));
				} else if (!keys(translation).equals(keys)) {
					Set<String> diff = new TreeSet<>(keys);
					diff.removeAll(keys(translation));
					problems.add(root.relativize(translation) + " lacks " + diff);
				}
			}
		}
		assertEquals(List.of(), problems);
	}

	private static Set<String> keys(Path file) throws IOException {
		Properties p = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			p.load(in);
		}
		return new TreeSet<>(p.stringPropertyNames());
	}
}
