package org.rapport.contacts.ui.internal.editor;

import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.rapport.platform.ui.ModuleParts;

/** Opens a customer in its editor, or brings its open editor to the front. */
public final class CustomerOpener {

	static final String DESCRIPTOR = "org.rapport.contacts.ui.partdescriptor.customer";

	private final MApplication application;
	private final EModelService models;
	private final EPartService parts;

	public CustomerOpener(MApplication application, EModelService models, EPartService parts) {
		this.application = application;
		this.models = models;
		this.parts = parts;
	}

	public MPart open(long customerId) {
		String id = String.valueOf(customerId);
		MPart part = parts.getParts().stream().filter(p -> DESCRIPTOR.equals(p.getElementId())
				&& id.equals(p.getPersistedState().get(CustomerEditorPart.CUSTOMER_ID))).findFirst().orElse(null);
		if (part == null) {
			part = parts.createPart(DESCRIPTOR);
			part.getPersistedState().put(CustomerEditorPart.CUSTOMER_ID, id);
			List<MPartStack> stacks = models.findElements(application, ModuleParts.MAIN_STACK_ID, MPartStack.class);
			stacks.get(0).getChildren().add(part);
		}
		parts.showPart(part, PartState.ACTIVATE);
		return part;
	}
}
