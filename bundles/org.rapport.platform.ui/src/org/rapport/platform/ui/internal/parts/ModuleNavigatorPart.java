package org.rapport.platform.ui.internal.parts;

import java.util.List;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.rapport.platform.modules.ModuleCategory;
import org.rapport.platform.modules.ModuleDescriptor;
import org.rapport.platform.modules.ModuleRegistry;

import jakarta.annotation.PostConstruct;

/** The module navigator: installed modules by category, each with the parts it contributes. */
public class ModuleNavigatorPart {

	private TreeViewer viewer;

	@PostConstruct
	void create(Composite parent, ModuleRegistry registry, MApplication application, EModelService models,
			EPartService parts) {
		parent.setLayout(new FillLayout());
		ModuleOpener opener = new ModuleOpener(application, models, parts);
		viewer = new TreeViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION);
		viewer.getTree().setData("org.eclipse.e4.ui.css.id", "module-navigator");
		ColumnViewerToolTipSupport.enableFor(viewer);
		viewer.setContentProvider(new NavigatorContent(registry.modules(), opener));
		viewer.setLabelProvider(new NavigatorLabels(parent.getDisplay()));
		viewer.setInput(registry);
		viewer.expandToLevel(2);
		viewer.addOpenListener(event -> {
			Object chosen = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (chosen instanceof MPartDescriptor descriptor) {
				opener.open(descriptor);
			} else if (chosen instanceof ModuleDescriptor module) {
				opener.partsOf(module).stream().findFirst().ifPresent(opener::open);
			}
		});
	}

	@Focus
	void focus() {
		viewer.getControl().setFocus();
	}

	/** Category, then module, then the module's parts. */
	private static final class NavigatorContent implements ITreeContentProvider {
		private final List<ModuleDescriptor> modules;
		private final ModuleOpener opener;

		NavigatorContent(List<ModuleDescriptor> modules, ModuleOpener opener) {
			this.modules = modules;
			this.opener = opener;
		}

		@Override
		public Object[] getElements(Object input) {
			return modules.stream().map(ModuleDescriptor::category).distinct().toArray();
		}

		@Override
		public Object[] getChildren(Object element) {
			if (element instanceof ModuleCategory category) {
				return modules.stream().filter(m -> m.category() == category).toArray();
			}
			if (element instanceof ModuleDescriptor module) {
				return opener.partsOf(module).toArray();
			}
			return new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return getChildren(element).length > 0;
		}
	}
}
