package org.rapport.platform.ui;

import java.util.function.Function;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;

/** Adds a text column to a table that shares the table's width by weight: the tables of every module look alike. */
public final class Columns {

	private Columns() {
	}

	/** A text column of a fixed starting width (the user may resize it). */
	public static <T> void add(TableViewer viewer, String title, int width, Class<T> type, Function<T, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(type.cast(element));
			}
		});
	}

	public static <T> void add(TableViewer viewer, TableColumnLayout layout, String title, int weight, Class<T> type,
			Function<T, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 90));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(type.cast(element));
			}
		});
	}
}
