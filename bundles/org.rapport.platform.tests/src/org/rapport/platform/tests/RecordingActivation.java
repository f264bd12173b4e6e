package org.rapport.platform.tests;

import java.util.ArrayList;
import java.util.List;

import org.rapport.platform.modules.ModuleActivation;
import org.rapport.platform.modules.ModuleDescriptor;

/** A module start-up hook that remembers it was called. */
public class RecordingActivation implements ModuleActivation {

	static final List<String> ACTIVATED = new ArrayList<>();

	@Override
	public void activate(ModuleDescriptor module) {
		ACTIVATED.add(module.id());
	}
}
