package org.rapport.contacts.ui.internal;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.rapport.contacts.Segment;
import org.rapport.contacts.Segments;

/**
 * The menu on the customer list's lines: put the selected customers on a static list (an existing one or a new
 * one), or take them off the static list the view shows.
 */
final class ListMenu {

	private final Shell shell;
	private final Segments segments;
	private final Supplier<List<Long>> selected;
	private final Supplier<Segment> shown;

	/** @param shown the segment the list shows, or null */
	ListMenu(Shell shell, Segments segments, Supplier<List<Long>> selected, Supplier<Segment> shown) {
		this.shell = shell;
		this.segments = segments;
		this.selected = selected;
		this.shown = shown;
	}

	Menu menu(Control owner) {
		Menu menu = new Menu(owner);
		MenuItem add = new MenuItem(menu, SWT.PUSH);
		add.setText(Messages.Lists_addTo);
		add.addListener(SWT.Selection, e -> addToList());
		MenuItem remove = new MenuItem(menu, SWT.PUSH);
		menu.addListener(SWT.Show, e -> {
			Segment list = shown.get();
			remove.setEnabled(list != null && list.isStatic() && !selected.get().isEmpty());
			remove.setText(NLS.bind(Messages.Lists_removeFrom, list == null ? "" : list.name()));
		});
		remove.addListener(SWT.Selection, e -> {
			Segment list = shown.get();
			if (list != null) {
				segments.remove(list.id(), selected.get());
			}
		});
		return menu;
	}

	private void addToList() {
		List<Long> ids = selected.get();
		if (ids.isEmpty()) {
			MessageDialog.openInformation(shell, Messages.Lists_title, Messages.Lists_noSelection);
			return;
		}
		List<Segment> lists = segments.list().stream().filter(Segment::isStatic).toList();
		AddToListDialog dialog = new AddToListDialog(shell, ids.size(), lists, segments);
		if (dialog.open() == Window.OK) {
			Segment list = dialog.chosen();
			int added = segments.add(list.id(), ids);
			MessageDialog.openInformation(shell, Messages.Lists_title, NLS.bind(Messages.Lists_added, added, list.name()));
		}
	}
}
