package org.rapport.platform.persistence;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * A backup of the embedded database written by {@link Database#backup}: a folder holding Derby's copy of the database
 * ({@code db/}) and {@code rapport-backup.properties}, which says when it was made and, since backups are verified,
 * the size and SHA-256 of every file, so that a restore notices a backup damaged since.
 *
 * @param folder   the backup's folder
 * @param created  when it was made
 * @param bytes    its size on disk
 * @param verified whether it was verified when it was written (its files read back, a trial restore of it opened);
 *                 backups made before Rapport verified them are not
 */
public record Backup(Path folder, Instant created, long bytes, boolean verified) {

	/** Folder of the data folder where backups go unless the user names another. */
	public static final String FOLDER = "backups";

	private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");

	/** A new folder for a backup made now: {@code rapport-backup-2026-12-03-192005} inside {@code parent}. */
	public static Path newFolderIn(Path parent) {
		return parent.resolve("rapport-backup-" + LocalDateTime.now(ZoneId.systemDefault()).format(NAME));
	}
}
