package org.rapport.platform.ui.internal.parts;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.rapport.platform.modules.ModuleCategory;
import org.rapport.platform.modules.ModuleDescriptor;
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
		column(viewer, layout, Messages.Modules_name, 16, ModuleDescriptor::name);
		column(viewer, layout, Messages.Modules_id, 20, ModuleDescriptor::id);
		column(viewer, layout, Messages.Modules_category, 12,
				m -> m.category() == ModuleCategory.CORE ? Messages.Navigator_core : Messages.Navigator_industry);
		column(viewer, layout, Messages.Modules_departments, 14,
				m -> m.departments().isEmpty() ? Messages.Modules_allDepartments : String.join(", ", m.departments().stream().sorted().toList()));
		column(viewer, layout, Messages.Modules_version, 16, ModuleDescriptor::version);
		column(viewer, layout, Messages.Modules_state, 10, m -> StateNames.of(m.state()));
		column(viewer, layout, Messages.Modules_problem, 20, ModuleDescriptor::problem);
		viewer.setInput(modules);
		return viewer;
	}

	private static void column(TableViewer viewer, TableColumnLayout layout, String title, int weight,
			Function<ModuleDescriptor, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 90));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((ModuleDescriptor) element);
			}
		});
	}
}
