package org.rapport.platform.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Translated strings of the workbench shell. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

	public static String About_title;
	public static String Load_job;
	public static String Load_failed;
	public static String About_version;
	public static String About_modules;
	public static String About_bundles;
	public static String About_bundle;
	public static String Bundle_active;
	public static String Bundle_lazy;
	public static String Bundle_resolved;
	public static String Bundle_installed;
	public static String Database_backup;
	public static String Database_backupChoose;
	public static String Database_backupDone;
	public static String Database_restore;
	public static String Database_restoreChoose;
	public static String Database_restoreConfirm;
	public static String Database_restoreDone;
	public static String Database_error;
	public static String Database_kind;
	public static String Database_location;
	public static String Database_product;
	public static String Database_changeSets;
	public static String Kind_embedded;
	public static String Kind_derbyServer;
	public static String Kind_postgresql;
	public static String Modules_name;
	public static String Modules_id;
	public static String Modules_category;
	public static String Modules_departments;
	public static String Modules_allDepartments;
	public static String Modules_version;
	public static String Modules_state;
	public static String Modules_problem;
	public static String Modules_platform;
	public static String Navigator_core;
	public static String Navigator_industry;
	public static String Preferences_title;
	public static String Preferences_database;
	public static String Preferences_folder;
	public static String Preferences_kind;
	public static String Preferences_host;
	public static String Preferences_port;
	public static String Preferences_name;
	public static String Preferences_user;
	public static String Preferences_password;
	public static String Preferences_required;
	public static String Preferences_badPort;
	public static String Preferences_saveFailed;
	public static String Preferences_nextStart;
	public static String Preferences_language;
	public static String Preferences_systemLanguage;
	public static String Preferences_languageRestart;
	public static String Startup_waiting;
	public static String Startup_opening;
	public static String Startup_job;
	public static String Startup_connected;
	public static String Startup_unexpected;
	public static String State_active;
	public static String State_failed;
	public static String State_incompatible;
	public static String Status_user;
	public static String Status_database;
	public static String Status_databaseOpening;
	public static String Status_databaseFailed;
	public static String Welcome_title;
	public static String Welcome_intro;
	public static String Welcome_failed;
	public static String Welcome_settings;
	public static String Welcome_retry;

	public static String Approvals_approve;
	public static String Approvals_reject;
	public static String Approvals_rejectReason;
	public static String Approvals_summary;
	public static String Approvals_from;
	public static String Approvals_when;
	public static String Approvals_mine;
	public static String Approvals_state;
	public static String Approvals_decidedBy;
	public static String Approvals_comment;
	public static String Approvals_none;
	public static String Approvals_count;
	public static String Approvals_notDecided;
	public static String Approvals_pending;
	public static String Approvals_approved;
	public static String Approvals_rejected;
	public static String Approvals_withdrawn;

	public static String SignIn_title;
	public static String SignIn_heading;
	public static String SignIn_message;
	public static String SignIn_login;
	public static String SignIn_password;
	public static String SignIn_noLogin;
	public static String SignIn_newHeading;
	public static String SignIn_newMessage;
	public static String SignIn_newPassword;
	public static String SignIn_repeat;
	public static String SignIn_differ;
	public static String SignIn_cancelled;
	public static String SignIn_mustChange;

	public static String SignIn_bootHeading;
	public static String SignIn_bootMessage;
	public static String SignIn_bootPassword;

	public static String History_when;
	public static String History_who;
	public static String History_field;
	public static String History_before;
	public static String History_after;
	public static String History_none;
	public static String History_record;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
