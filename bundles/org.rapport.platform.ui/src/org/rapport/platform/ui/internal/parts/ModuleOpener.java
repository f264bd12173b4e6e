package org.rapport.platform.ui.internal.parts;

import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.rapport.platform.modules.ModuleDescriptor;
import org.rapport.platform.ui.ModuleParts;

/** Finds the part descriptors a module contributed and opens them in the main part stack. */
final class ModuleOpener {

	private final MApplication application;
	private final EModelService models;
	private final EPartService parts;

	ModuleOpener(MApplication application, EModelService models, EPartService parts) {
		this.application = application;
		this.models = models;
		this.parts = parts;
	}

	List<MPartDescriptor> partsOf(ModuleDescriptor module) {
		String tag = ModuleParts.moduleTag(module.id());
		return application.getDescriptors().stream().filter(d -> d.getTags().contains(tag)).toList();
	}

	void open(MPartDescriptor descriptor) {
		MPart part = parts.findPart(descriptor.getElementId());
		if (part == null) {
			part = parts.createPart(descriptor.getElementId());
			List<MPartStack> stacks = models.findElements(application, ModuleParts.MAIN_STACK_ID, MPartStack.class);
			if (!stacks.isEmpty()) {
				stacks.get(0).getChildren().add(part);
			}
		}
		parts.showPart(part, PartState.ACTIVATE);
	}
}
