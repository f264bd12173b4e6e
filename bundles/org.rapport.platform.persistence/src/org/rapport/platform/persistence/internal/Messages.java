package org.rapport.platform.persistence.internal;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

	public static String Database_opening;
	public static String Database_notOpen;
	public static String Connection_inUse;
	public static String Connection_unreachable;
	public static String Connection_refusedLogin;
	public static String Connection_noDatabase;
	public static String Connection_failed;
	public static String Migration_task;
	public static String Migration_applying;
	public static String Migration_failed;
	public static String Migration_duplicate;
	public static String Migration_cycle;
	public static String Migration_missing;
	public static String Migration_noBundle;
	public static String Backup_task;
	public static String Backup_notEmpty;
	public static String Backup_failed;
	public static String Backup_serverOnly;
	public static String Restore_task;
	public static String Restore_notBackup;
	public static String Restore_failed;
	public static String Directory_badLogin;
	public static String Directory_noName;
	public static String Directory_badTeam;
	public static String Directory_noMembers;
	public static String Directory_unknownUser;

	public static String Approval_incomplete;
	public static String Approval_notFound;
	public static String Approval_own;
	public static String Approval_notYours;
	public static String Approval_reasonRequired;
	public static String Approval_notPending;

	public static String Error_duplicate;
	public static String Error_reference;
	public static String Error_missingValue;
	public static String Error_tooLong;
	public static String Error_conflict;
	public static String Error_locked;
	public static String Error_cancelled;
	public static String Error_permission;
	public static String Error_connection;
	public static String Error_badValue;
	public static String Error_constraint;
	public static String Error_other;
	public static String Error_stale;

	public static String Server_administratorOnly;
	public static String Server_passwordPrompt;
	public static String Server_notInstalled;
	public static String Server_migrationsPending;
	public static String Sharing_unknownType;
	public static String Directory_noPasswords;
	public static String Directory_loginTaken;
	public static String Directory_shortPassword;

	public static String Audit_missing;
	public static String Audit_altered;

	public static String Privacy_Export_task;
	public static String Privacy_Export_notEmpty;
	public static String Privacy_Export_notFolder;
	public static String Privacy_Export_failed;
	public static String Privacy_Erase_readFailed;
	public static String Privacy_Erase_moduleFailed;

	public static String Encryption_badCharacters;
	public static String Encryption_wrongBootPassword;
	public static String Encryption_already;
	public static String Encryption_short;
	public static String Encryption_task;
	public static String Encryption_settingsNotSaved;
	public static String Encryption_prompt;
	public static String Encryption_needBootPassword;

	public static String Directory_unknownRole;

	public static String Backup_verifying;
	public static String Backup_unverified;
	public static String Restore_checkingFiles;
	public static String Restore_damaged;
	public static String Restore_encryptedBackup;
	public static String Restore_wrongBootPassword;
	public static String Restore_notDerby;
	public static String Restore_unreadable;
	public static String Restore_foreign;
	public static String Restore_newer;
	public static String Restore_notMigrated;
	public static String Restore_swapFailed;
	public static String Restore_swapUnfinished;
	public static String Restore_notOpened;
	public static String DataFolder_unrecovered;
	public static String DataFolder_missing;
	public static String DataFolder_broken;
	public static String DataFolder_backups;
	public static String DataFolder_noBackups;
	public static String DataFolder_backupLine;
	public static String DataFolder_kept;
	public static String DataFolder_startEmpty;
	public static String DataFolder_removingKept;
	public static String DataFolder_restoreRunning;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
