package org.rapport.platform.persistence.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.rapport.platform.persistence.Backup;

/**
 * The backups made of a data folder's database: those in its {@code backups} folder, and those written elsewhere,
 * which {@code backups.list} in the data folder remembers (one folder a line). A folder that no longer holds a backup
 * is left out.
 */
final class BackupCatalog {

	static final String LIST = "backups.list";

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private BackupCatalog() {
	}

	/** Remembers a backup just written. */
	static void record(Path home, Path folder) throws IOException {
		Files.createDirectories(home);
		Files.writeString(home.resolve(LIST), folder.toAbsolutePath().normalize() + "\n", StandardCharsets.UTF_8,
				StandardOpenOption.CREATE, StandardOpenOption.APPEND);
	}

	/** The backups of the data folder, newest first. */
	static List<Backup> list(Path home) {
		Set<Path> folders = new LinkedHashSet<>();
		try {
			Path list = home.resolve(LIST);
			if (Files.isRegularFile(list)) {
				for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
					if (!line.isBlank()) {
						folders.add(Path.of(line.strip()));
					}
				}
			}
			Path inside = home.resolve(Backup.FOLDER);
			if (Files.isDirectory(inside)) {
				try (Stream<Path> all = Files.list(inside)) {
					all.map(p -> p.toAbsolutePath().normalize()).forEach(folders::add);
				}
			}
		} catch (IOException | RuntimeException e) {
			// A list that cannot be read lists what can be found.
		}
		List<Backup> backups = new ArrayList<>();
		for (Path folder : folders) {
			read(folder).ifPresent(backups::add);
		}
		backups.sort(Comparator.comparing(Backup::created).reversed());
		return backups;
	}

	/** The backup in a folder, if it holds one. */
	static Optional<Backup> read(Path folder) {
		Properties marker = marker(folder);
		if (marker == null) {
			return Optional.empty();
		}
		Instant created;
		try {
			created = Instant.parse(marker.getProperty("created", ""));
		} catch (DateTimeParseException e) {
			created = Instant.EPOCH;
		}
		return Optional.of(new Backup(folder, created, size(folder.resolve(DataFolder.DATABASE)),
				marker.containsKey(BackupManifest.VERIFIED)));
	}

	/** The backup's {@code rapport-backup.properties}, or null when the folder holds none. */
	static Properties marker(Path folder) {
		Path file = folder.resolve(DerbyBackup.MARKER);
		if (!Files.isRegularFile(file)) {
			return null;
		}
		Properties marker = new Properties();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			marker.load(in);
			return marker;
		} catch (IOException | IllegalArgumentException e) {
			return null;
		}
	}

	/** One line of a list of backups: folder, date and size. */
	static String describe(Backup backup) {
		return NLS.bind(Messages.DataFolder_backupLine, new Object[] { backup.folder(),
				WHEN.format(backup.created().atZone(ZoneId.systemDefault())), sizeText(backup.bytes()) });
	}

	static String sizeText(long bytes) {
		if (bytes < 1024 * 1024) {
			return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
		}
		if (bytes < 1024L * 1024 * 1024) {
			return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
		}
		return String.format(Locale.ROOT, "%.2f GB", bytes / (1024.0 * 1024 * 1024));
	}

	private static long size(Path folder) {
		try (Stream<Path> all = Files.walk(folder)) {
			return all.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
		} catch (IOException | RuntimeException e) {
			return 0;
		}
	}
}
