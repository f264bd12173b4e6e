package org.rapport.platform.ui;

/**
 * How a module's user interface joins the workbench. A module's {@code fragment.e4xmi} contributes part
 * descriptors to the application ({@link #APPLICATION_ID}, feature {@code descriptors}) and tags each with
 * {@code rapport.module:<module id>}; the module navigator lists them under the module and opens them in
 * the main part stack ({@link #MAIN_STACK_ID}).
 */
public final class ModuleParts {

	/** Element id of the application, the parent of contributed part descriptors and commands. */
	public static final String APPLICATION_ID = "org.rapport.platform.ui.application";

	/** Element id of the part stack where module parts open. */
	public static final String MAIN_STACK_ID = "org.rapport.platform.ui.partstack.main";

	/** Prefix of the tag that ties a part descriptor to its module. */
	public static final String MODULE_TAG_PREFIX = "rapport.module:";

	private ModuleParts() {
	}

	/** The tag a part descriptor of the given module carries. */
	public static String moduleTag(String moduleId) {
		return MODULE_TAG_PREFIX + moduleId;
	}
}
