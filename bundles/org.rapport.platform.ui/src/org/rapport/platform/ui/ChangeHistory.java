package org.rapport.platform.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.rapport.platform.audit.AuditEntry;
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.ui.internal.Messages;

/**
 * Who changed what in one record, newest first: the audit log's entries as a table (when, who, field, before, after),
 * read in the background. Sensitive values show as the audit log keeps them (a hash).
 */
public final class ChangeHistory {

	private static final int MAX_SHOWN = 200;
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
			.withZone(ZoneId.systemDefault());

	private final Table table;

	/** A table of the given height in rows, filling its parent's width (in a grid layout). */
	public ChangeHistory(Composite parent, int rows) {
		table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.setHeaderVisible(true);
		for (String title : List.of(Messages.History_when, Messages.History_who, Messages.History_field,
				Messages.History_before, Messages.History_after)) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(title);
			column.setWidth(title.equals(Messages.History_when) ? 130 : 110);
		}
		GridDataFactory.fillDefaults().grab(true, false).span(((org.eclipse.swt.layout.GridLayout) parent.getLayout())
				.numColumns, 1).hint(560, table.getItemHeight() * rows + table.getHeaderHeight()).applyTo(table);
	}

	/** Reads the record's entries in the background and shows them. */
	public void show(AuditLog audit, String entityType, String entityId) {
		new Loader(table).load(() -> audit.history(entityType, entityId), this::fill);
	}

	private void fill(List<AuditEntry> entries) {
		table.removeAll();
		List<AuditEntry> newestFirst = new ArrayList<>(entries);
		java.util.Collections.reverse(newestFirst);
		if (newestFirst.isEmpty()) {
			new TableItem(table, SWT.NONE).setText(new String[] { Messages.History_none, "", "", "", "" });
		}
		for (AuditEntry e : newestFirst.subList(0, Math.min(MAX_SHOWN, newestFirst.size()))) {
			new TableItem(table, SWT.NONE).setText(new String[] { WHEN.format(e.at()), e.user(),
					e.field().equals("*") ? Messages.History_record : e.field(), text(e.oldValue()), text(e.newValue()) });
		}
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}
}
