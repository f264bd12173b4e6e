package org.rapport.sales.ui.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * What the user typed for a change that was refused (someone else saved the record meanwhile, or the database said
 * no), by record id: offered again when the user repeats the change, so that a conflict costs no retyping. Kept while
 * the part is open.
 */
final class Unsaved {

	private final Map<Long, String> typed = new HashMap<>();

	/** What was typed for the record and not saved, else the value the prompt would start with. */
	String offer(long recordId, String otherwise) {
		return typed.getOrDefault(recordId, otherwise);
	}

	/** Keeps what was typed (nothing for blank text); returns whether anything was kept. */
	boolean keep(long recordId, String text) {
		if (text == null || text.isBlank()) {
			return false;
		}
		typed.put(recordId, text);
		return true;
	}

	/** The change was saved: nothing more to offer. */
	void saved(long recordId) {
		typed.remove(recordId);
	}

	/** The refusal's message, with a line saying that the typing is kept when it is. */
	static String refused(String message, boolean kept) {
		return kept ? message + "\n\n" + Messages.Unsaved_kept : message;
	}
}
