package org.rapport.platform.ui.internal.parts;

import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.rapport.platform.modules.ModuleCategory;
import org.rapport.platform.modules.ModuleDescriptor;
import org.rapport.platform.modules.ModuleState;
import org.rapport.platform.ui.internal.Messages;

/** Names, icons and explanations in the module navigator; modules that did not start are greyed out. */
final class NavigatorLabels extends ColumnLabelProvider {

	private final Display display;
	private final Icons icons;

	NavigatorLabels(Display display) {
		this.display = display;
		this.icons = new Icons(display);
	}

	@Override
	public String getText(Object element) {
		if (element instanceof ModuleCategory category) {
			return category == ModuleCategory.CORE ? Messages.Navigator_core : Messages.Navigator_industry;
		}
		if (element instanceof ModuleDescriptor module) {
			return module.state() == ModuleState.ACTIVE ? module.name()
					: module.name() + " (" + StateNames.of(module.state()) + ")";
		}
		if (element instanceof MPartDescriptor part) {
			return part.getLocalizedLabel();
		}
		return String.valueOf(element);
	}

	@Override
	public Image getImage(Object element) {
		if (element instanceof ModuleDescriptor module) {
			return icons.get(module.iconUri());
		}
		if (element instanceof MPartDescriptor part) {
			return icons.get(part.getIconURI());
		}
		return null;
	}

	@Override
	public Color getForeground(Object element) {
		if (element instanceof ModuleDescriptor module && module.state() != ModuleState.ACTIVE) {
			return display.getSystemColor(SWT.COLOR_WIDGET_DISABLED_FOREGROUND);
		}
		return null;
	}

	@Override
	public String getToolTipText(Object element) {
		if (element instanceof ModuleDescriptor module) {
			return module.problem().isEmpty() ? module.description() : module.problem();
		}
		if (element instanceof MPartDescriptor part) {
			return part.getLocalizedTooltip();
		}
		return null;
	}

	@Override
	public void dispose() {
		icons.dispose();
		super.dispose();
	}
}
