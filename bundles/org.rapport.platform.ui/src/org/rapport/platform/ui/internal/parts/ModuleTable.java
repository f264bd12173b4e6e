package org.rapport.platform.ui.internal.parts;

import java.util.List;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.rapport.platform.modules.ModuleCategory;
import org.rapport.platform.modules.ModuleDescriptor;
import org.rapport.platform.ui.Columns;
import org.rapport.platform.ui.internal.Messages;

/** A table of modules with their state and, for those not started, why. Used by a part and by About. */
public final class ModuleTable {

	private ModuleTable() {
	}

	public static TableViewer create(Composite parent, List<ModuleDescriptor> modules) {
		Composite holder = new Composite(parent, SWT.NONE);
		TableColumnLayout layout = new TableColumnLayout();
		holder.setLayout(layout);
		TableViewer viewer = new TableViewer(holder, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		Columns.add(viewer, layout, Messages.Modules_name, 16, ModuleDescriptor.class, ModuleDescriptor::name);
		Columns.add(viewer, layout, Messages.Modules_id, 20, ModuleDescriptor.class, ModuleDescriptor::id);
		Columns.add(viewer, layout, Messages.Modules_category, 12, ModuleDescriptor.class,
				m -> m.category() == ModuleCategory.CORE ? Messages.Navigator_core : Messages.Navigator_industry);
		Columns.add(viewer, layout, Messages.Modules_departments, 14, ModuleDescriptor.class,
				m -> m.departments().isEmpty() ? Messages.Modules_allDepartments : String.join(", ", m.departments().stream().sorted().toList()));
		Columns.add(viewer, layout, Messages.Modules_version, 16, ModuleDescriptor.class, ModuleDescriptor::version);
		Columns.add(viewer, layout, Messages.Modules_state, 10, ModuleDescriptor.class, m -> StateNames.of(m.state()));
		Columns.add(viewer, layout, Messages.Modules_problem, 20, ModuleDescriptor.class, ModuleDescriptor::problem);
		viewer.setInput(modules);
		return viewer;
	}

}
