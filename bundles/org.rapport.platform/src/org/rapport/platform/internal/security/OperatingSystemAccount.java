package org.rapport.platform.internal.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The operating-system account this process runs as, asked of the file system (the owner of a file the process
 * creates), not of the {@code user.name} property, which anyone can set on the command line or in
 * {@code JAVA_TOOL_OPTIONS}.
 */
final class OperatingSystemAccount {

	private OperatingSystemAccount() {
	}

	static String login() {
		Path probe = null;
		try {
			probe = Files.createTempFile("rapport-account", ".tmp");
			String owner = Files.getOwner(probe).getName();
			// Windows names the domain too: DOMAIN\login.
			return owner.substring(owner.lastIndexOf('\\') + 1);
		} catch (IOException e) {
			throw new UncheckedIOException("The operating-system account cannot be determined", e);
		} finally {
			if (probe != null) {
				try {
					Files.deleteIfExists(probe);
				} catch (IOException ignored) {
					// a temporary file left behind is harmless
				}
			}
		}
	}
}
