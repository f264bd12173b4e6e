package org.rapport.platform.ui.internal.parts;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.rapport.platform.modules.ModuleRegistry;
import org.rapport.platform.ui.internal.Messages;

import jakarta.annotation.PostConstruct;

/** Administration: every installed module, whether it runs, and why not. */
public class InstalledModulesPart {

	private TableViewer table;

	@PostConstruct
	void create(Composite parent, ModuleRegistry registry) {
		GridLayoutFactory.fillDefaults().margins(8, 8).applyTo(parent);
		Label platform = new Label(parent, SWT.NONE);
		platform.setText(NLS.bind(Messages.Modules_platform, registry.platformVersion()));
		table = ModuleTable.create(parent, registry.modules());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl().getParent());
	}

	@Focus
	void focus() {
		table.getControl().setFocus();
	}
}
