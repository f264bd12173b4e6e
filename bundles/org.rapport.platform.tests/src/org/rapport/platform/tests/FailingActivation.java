package org.rapport.platform.tests;

import org.rapport.platform.modules.ModuleActivation;
import org.rapport.platform.modules.ModuleDescriptor;

/** A vendor's module whose start-up throws. */
public class FailingActivation implements ModuleActivation {

	@Override
	public void activate(ModuleDescriptor module) {
		throw new IllegalStateException("licence file missing");
	}
}
