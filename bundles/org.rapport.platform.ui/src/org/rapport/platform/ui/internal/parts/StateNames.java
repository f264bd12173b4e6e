package org.rapport.platform.ui.internal.parts;

import org.rapport.platform.modules.ModuleState;
import org.rapport.platform.ui.internal.Messages;

/** Translated names of module states. */
public final class StateNames {

	private StateNames() {
	}

	public static String of(ModuleState state) {
		return switch (state) {
		case INCOMPATIBLE -> Messages.State_incompatible;
		case FAILED -> Messages.State_failed;
		case ACTIVE -> Messages.State_active;
		};
	}
}
