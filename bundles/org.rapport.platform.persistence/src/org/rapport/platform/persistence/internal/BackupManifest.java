package org.rapport.platform.persistence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.rapport.platform.persistence.DatabaseException;

/**
 * The size and SHA-256 of every file of a backup, written into its {@code rapport-backup.properties} as
 * {@code file.seg0/c10.dat=8192 9f2c...}, and checked before the backup is restored: a file cut short, overwritten or
 * missing is named before anything is touched. Reading the files back when the backup is written is also the first
 * part of verifying it.
 */
final class BackupManifest {

	/** Key of the marker saying when the backup was verified; absent in backups made before they were. */
	static final String VERIFIED = "verified";

	private static final String FILE = "file.";

	private BackupManifest() {
	}

	/** Records every file of Derby's copy in the marker. */
	static void record(Path copy, Properties marker) throws IOException {
		for (Path file : files(copy)) {
			marker.setProperty(FILE + name(copy, file), Files.size(file) + " " + sha256(file));
		}
	}

	/** Whether the backup was written with checksums. */
	static boolean present(Properties marker) {
		return marker.stringPropertyNames().stream().anyMatch(k -> k.startsWith(FILE));
	}

	/** Refuses a backup whose files are not those it was written with, naming the first that differs. */
	static void check(Path backup, Path copy, Properties marker) throws DatabaseException {
		for (String key : marker.stringPropertyNames().stream().filter(k -> k.startsWith(FILE)).sorted().toList()) {
			String name = key.substring(FILE.length());
			String[] expected = marker.getProperty(key).trim().split(" ");
			Path file = copy.resolve(name).normalize();
			boolean same;
			try {
				same = file.startsWith(copy) && Files.isRegularFile(file) && expected.length == 2
						&& Files.size(file) == Long.parseLong(expected[0]) && sha256(file).equals(expected[1]);
			} catch (IOException | NumberFormatException e) {
				same = false;
			}
			if (!same) {
				throw new DatabaseException(
						NLS.bind(Messages.Restore_damaged, backup, DataFolder.DATABASE + "/" + name));
			}
		}
	}

	private static List<Path> files(Path copy) throws IOException {
		try (Stream<Path> all = Files.walk(copy)) {
			return all.filter(Files::isRegularFile).sorted().toList();
		}
	}

	private static String name(Path copy, Path file) {
		return copy.relativize(file).toString().replace('\\', '/');
	}

	private static String sha256(Path file) throws IOException {
		MessageDigest digest;
		try {
			digest = MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
		byte[] buffer = new byte[1 << 16];
		try (InputStream in = Files.newInputStream(file)) {
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				digest.update(buffer, 0, n);
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}
}
