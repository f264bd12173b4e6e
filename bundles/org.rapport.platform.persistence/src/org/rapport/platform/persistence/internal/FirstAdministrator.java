package org.rapport.platform.persistence.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.persistence.Jdbc;
import org.rapport.platform.persistence.Rows;

/**
 * Who administers a database that names no administrator yet (when it is created, and once for a database made
 * before roles were consulted). An embedded database belongs to one person: the account that owns its folder (only
 * that account can read it). On PostgreSQL the database's owner, the installation's administrator; on a Derby server
 * (one shared login) the account that opens it first. Everyone else has the roles the directory gives them.
 */
final class FirstAdministrator {

	private static final String ROLE = "ADMINISTRATOR";

	private FirstAdministrator() {
	}

	/**
	 * @param embeddedFolder the embedded database's folder, or null for a server
	 * @param serverLogin    on PostgreSQL the session's login (the database's owner), else null
	 */
	static void ensure(Jdbc jdbc, Path embeddedFolder, String serverLogin) {
		String owner = embeddedFolder != null ? ownerOf(embeddedFolder)
				: serverLogin != null ? serverLogin : processAccount();
		jdbc.change(c -> {
			// On a server the database's owner is the installation's administrator, always; elsewhere the first one.
			boolean named = Rows.first(c, "SELECT 1 FROM platform_user WHERE roles LIKE ? AND NOT disabled"
					+ (serverLogin != null ? " AND login = ?" : ""), serverLogin != null
							? List.of("%" + ROLE + "%", owner)
							: List.of("%" + ROLE + "%"), rs -> true).orElse(false);
			if (named) {
				return;
			}
			String had = Rows.first(c, "SELECT roles FROM platform_user WHERE login = ?", List.of(owner),
					rs -> rs.getString(1)).orElse(null);
			TreeSet<String> roles = new TreeSet<>(had == null ? List.of() : Arrays.asList(had.split(",")));
			roles.remove("");
			roles.add(ROLE);
			String joined = String.join(",", roles);
			if (had == null) {
				Rows.update(c, "INSERT INTO platform_user (login, display_name, department, roles) VALUES (?, ?, ?, ?)",
						owner, owner, "management", joined);
			} else {
				Rows.update(c, "UPDATE platform_user SET roles = ?, disabled = ? WHERE login = ?", joined, false, owner);
			}
			AuditChain.append(c, jdbc.dialect(), owner, "platform.user", owner, "roles", had, joined);
		});
	}

	/** The folder owner's login, in the form the security context reads the account: without a Windows domain. */
	private static String ownerOf(Path folder) {
		try {
			String name = Files.getOwner(folder).getName();
			return name.substring(name.lastIndexOf('\\') + 1);
		} catch (IOException e) {
			throw new DatabaseException(e.getMessage(), e);
		}
	}

	/** The account this process runs as: the owner of a file it creates. */
	private static String processAccount() {
		try {
			Path probe = Files.createTempFile("rapport-account", ".tmp");
			try {
				return ownerOf(probe);
			} finally {
				Files.deleteIfExists(probe);
			}
		} catch (IOException e) {
			throw new DatabaseException(e.getMessage(), e);
		}
	}
}
