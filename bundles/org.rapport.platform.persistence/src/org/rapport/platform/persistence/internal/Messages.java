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

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
