package org.rapport.platform.internal.security;

import org.eclipse.osgi.util.NLS;

/** The kernel's security messages; public for {@link org.rapport.platform.security.Role#label()}. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

	public static String Access_denied;
	public static String Action_read;
	public static String Action_create;
	public static String Action_update;
	public static String Action_delete;
	public static String Action_import;
	public static String Action_export;
	public static String Action_administer;
	public static String Role_administrator;
	public static String Role_salesManager;
	public static String Role_salesRep;
	public static String Role_marketer;
	public static String Role_serviceAgent;
	public static String Role_analyst;
	public static String Role_serviceManager;
	public static String Sharing_private;
	public static String Sharing_team;
	public static String Sharing_department;
	public static String Sharing_everyone;

	public static String FieldAccess_edit;
	public static String FieldAccess_readOnly;
	public static String FieldAccess_hidden;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
