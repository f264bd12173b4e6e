package org.rapport.platform.modules;

/** What the platform made of a module declaration. */
public enum ModuleState {
	/** Compatible and started. */
	ACTIVE,
	/** Needs a platform version this installation does not have; not started. */
	INCOMPATIBLE,
	/** Its activation threw; logged and skipped. */
	FAILED
}
