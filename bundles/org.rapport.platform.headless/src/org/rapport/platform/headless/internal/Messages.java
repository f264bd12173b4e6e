package org.rapport.platform.headless.internal;

import org.eclipse.osgi.util.NLS;

/** Translated output of the headless commands. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

	public static String Usage_arguments;
	public static String Modules_header;
	public static String Modules_id;
	public static String Modules_name;
	public static String Modules_category;
	public static String Modules_version;
	public static String Modules_state;
	public static String Modules_departments;
	public static String Modules_all;
	public static String Modules_usage;
	public static String DbInfo_kind;
	public static String DbInfo_location;
	public static String DbInfo_user;
	public static String DbInfo_product;
	public static String DbInfo_migrations;
	public static String DbInfo_usage;
	public static String Backup_done;
	public static String Backup_usage;
	public static String Restore_done;
	public static String Restore_noFolder;
	public static String Restore_usage;
	public static String Teams_usage;
	public static String Teams_saved;
	public static String Teams_badRole;
	public static String Users_usage;
	public static String Users_saved;

	public static String Users_oneTimePassword;
	public static String Users_unknown;
	public static String Users_disabled;
	public static String Users_newPassword;
	public static String Users_repeatPassword;
	public static String Users_passwordsDiffer;
	public static String Users_passwordChanged;
	public static String Fields_usage;
	public static String Fields_marked;
	public static String Fields_unmarked;
	public static String Fields_accessSet;
	public static String Fields_notSensitive;
	public static String Fields_badRole;
	public static String Fields_badAccess;
	public static String Sharing_usage;
	public static String Sharing_badType;
	public static String Sharing_badValue;
	public static String Sharing_set;

	public static String Audit_usage;
	public static String Audit_whole;
	public static String Audit_broken;
	public static String Audit_badDay;

	public static String Privacy_usage;
	public static String Privacy_badId;
	public static String Privacy_confirm;
	public static String Privacy_exported;
	public static String Privacy_erased;
	public static String Privacy_nothing;

	public static String Encrypt_usage;
	public static String Encrypt_newPassword;
	public static String Encrypt_noPassword;
	public static String Encrypt_done;

	public static String Restore_kept;
	public static String Backups_usage;
	public static String Backups_none;
	public static String Backups_verified;
	public static String Backups_unverified;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
