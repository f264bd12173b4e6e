package org.rapport.platform.modules;

/**
 * Optional start-up hook of a module (attribute {@code class} of the modules extension point). Called once,
 * inside SafeRunner: a hook that throws marks its module as failed and never stops the others.
 */
public interface ModuleActivation {

	/** Called when the registry starts the module. */
	void activate(ModuleDescriptor module) throws Exception;
}
