package org.rapport.platform.persistence;

import java.nio.file.Path;

/**
 * What {@link Database#restore} put in place, after checking it.
 *
 * @param backup the backup restored
 * @param tables how many tables were read in the restored copy before it replaced the database
 * @param rows   how many rows they hold
 * @param kept   the folder beside the database ({@code db.before-restore-DATE}) that keeps the data it replaced until
 *               Rapport next starts successfully, when it is removed; null when there was no database to replace
 */
public record RestoredBackup(Backup backup, int tables, long rows, Path kept) {
}
