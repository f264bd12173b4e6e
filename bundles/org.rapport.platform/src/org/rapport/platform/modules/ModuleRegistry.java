package org.rapport.platform.modules;

import java.util.List;
import java.util.Optional;

/** The installed modules, read from the extension point {@code org.rapport.platform.modules}. */
public interface ModuleRegistry {

	/** Extension point id. */
	String EXTENSION_POINT = "org.rapport.platform.modules";

	/** Every declared module, active or not, core modules first, then by name. */
	List<ModuleDescriptor> modules();

	/** One module by id. */
	Optional<ModuleDescriptor> module(String id);

	/** The version of the running platform, against which module ranges are checked. */
	String platformVersion();
}
