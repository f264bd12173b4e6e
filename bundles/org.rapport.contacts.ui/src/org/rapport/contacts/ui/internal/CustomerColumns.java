package org.rapport.contacts.ui.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.rapport.contacts.CustomField;
import org.rapport.contacts.CustomerSort;
import org.rapport.contacts.CustomerSummary;
import org.rapport.contacts.FieldType;
import org.rapport.contacts.VipTier;

/**
 * The columns a user can show in the customer list: the standard ones and one per custom field, which of them
 * are shown (remembered with the part), and which can sort the list.
 */
final class CustomerColumns {

	/**
	 * A column: its id, translated title, width, the order it sorts the list by (null when it cannot), and
	 * its content from the line and the line's custom values.
	 */
	record Column(String id, String title, int width, CustomerSort sort,
			BiFunction<CustomerSummary, Map<String, String>, String> value) {
	}

	static final String NAME = "name";
	private static final String CUSTOM = "custom.";
	private static final List<Column> STANDARD = List.of(
			new Column(NAME, Messages.Column_name, 220, CustomerSort.NAME, (c, x) -> c.name()),
			new Column("company", Messages.Column_company, 200, CustomerSort.COMPANY, (c, x) -> c.company()),
			new Column("email", Messages.Column_email, 220, CustomerSort.EMAIL, (c, x) -> c.email()),
			new Column("phone", Messages.Column_phone, 150, null, (c, x) -> c.phone()),
			new Column("city", Messages.Column_city, 120, CustomerSort.CITY, (c, x) -> c.city()),
			new Column("stage", Messages.Column_stage, 100, null, (c, x) -> Labels.stage(c.stage())),
			new Column("vip", Messages.Column_vip, 80, null,
					(c, x) -> c.vipTier() == VipTier.NONE ? "" : Labels.tier(c.vipTier())),
			new Column("owner", Messages.Column_owner, 90, null, (c, x) -> c.owner()));

	private final List<Column> available = new ArrayList<>(STANDARD);
	private final List<String> shown = new ArrayList<>();

	/**
	 * @param fields    the custom fields defined now
	 * @param remembered the ids shown last time, comma-separated; null or empty for the standard columns
	 */
	CustomerColumns(List<CustomField> fields, String remembered) {
		for (CustomField field : fields) {
			available.add(new Column(CUSTOM + field.key(), field.label(), 120, null, (c, x) -> shown(field, x)));
		}
		if (remembered != null && !remembered.isBlank()) {
			Arrays.stream(remembered.split(",")).filter(id -> column(id) != null).forEach(shown::add);
		}
		if (!shown.contains(NAME)) {
			shown.clear();
			STANDARD.forEach(c -> shown.add(c.id()));
		}
	}

	private static String shown(CustomField field, Map<String, String> values) {
		String value = values.get(field.key());
		if (value == null) {
			return "";
		}
		if (field.type() == FieldType.BOOLEAN) {
			return Boolean.parseBoolean(value) ? Messages.Value_yes : Messages.Value_no;
		}
		return field.type() == FieldType.MULTI_CHOICE ? value.replace(";", ", ") : value;
	}

	List<Column> available() {
		return available;
	}

	/** The shown columns in the order of the available ones. */
	List<Column> shown() {
		return available.stream().filter(c -> shown.contains(c.id())).toList();
	}

	boolean isShown(String id) {
		return shown.contains(id);
	}

	/** Shows or hides a column; the name stays. */
	void toggle(String id) {
		if (!NAME.equals(id) && !shown.remove(id) && column(id) != null) {
			shown.add(id);
		}
	}

	/** Whether a shown column needs custom values. */
	boolean needsCustomValues() {
		return shown.stream().anyMatch(id -> id.startsWith(CUSTOM));
	}

	/** The shown ids, for remembering. */
	String remembered() {
		return String.join(",", shown);
	}

	private Column column(String id) {
		return available.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
	}
}
