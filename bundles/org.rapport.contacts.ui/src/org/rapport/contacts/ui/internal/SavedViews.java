package org.rapport.contacts.ui.internal;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.rapport.contacts.CustomerQuery;
import org.rapport.contacts.CustomerSort;
import org.rapport.contacts.Segment;
import org.rapport.contacts.Segments;

/** The saved views of the customer list: everyone, mine, VIP, then every segment by name. */
final class SavedViews {

	private final Combo combo;
	private final Segments segments;
	private List<Segment> shown = List.of();

	SavedViews(Composite parent, Segments segments) {
		this.segments = segments;
		combo = new Combo(parent, SWT.READ_ONLY);
		combo.setItems(Messages.View_all, Messages.View_mine, Messages.View_vip);
		combo.select(0);
		combo.setVisibleItemCount(20);
	}

	Combo control() {
		return combo;
	}

	/** Reads the segments again, keeping the view chosen when it still exists. */
	/** The segments to offer as views, read in the background; none when they cannot be read. */
	List<Segment> read() {
		try {
			return segments.list();
		} catch (RuntimeException e) {
			return List.of();
		}
	}

	/** Offers these segments, keeping the view chosen. */
	void show(List<Segment> offered) {
		Long before = segment();
		shown = offered;
		String[] items = new String[3 + shown.size()];
		items[0] = Messages.View_all;
		items[1] = Messages.View_mine;
		items[2] = Messages.View_vip;
		int select = Math.min(combo.getSelectionIndex(), 2);
		for (int i = 0; i < shown.size(); i++) {
			items[3 + i] = NLS.bind(Messages.View_segment, shown.get(i).name());
			if (before != null && shown.get(i).id() == before) {
				select = 3 + i;
			}
		}
		combo.setItems(items);
		combo.select(Math.max(0, select));
	}

	/** The id of the segment shown, or null. */
	Long segment() {
		int index = combo.getSelectionIndex() - 3;
		return index >= 0 && index < shown.size() ? shown.get(index).id() : null;
	}

	/** The segment shown, or null. */
	Segment shownSegment() {
		Long id = segment();
		return shown.stream().filter(s -> id != null && s.id() == id).findFirst().orElse(null);
	}

	/** The list's query for this view, the filter and the order. */
	CustomerQuery query(String text, String me, CustomerSort sort, int limit) {
		int index = combo.getSelectionIndex();
		return new CustomerQuery(text, index == 1 ? me : null, index == 2, null, segment(), sort, null, limit);
	}
}
