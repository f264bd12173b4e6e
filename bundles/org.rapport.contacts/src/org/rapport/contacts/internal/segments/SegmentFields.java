package org.rapport.contacts.internal.segments;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rapport.contacts.CustomField;
import org.rapport.contacts.CustomerKind;
import org.rapport.contacts.FieldType;
import org.rapport.contacts.LifecycleStage;
import org.rapport.contacts.SegmentField;
import org.rapport.contacts.VipTier;
import org.rapport.contacts.internal.Messages;

/** The fields segment rules can test, and the columns behind the standard ones. */
public final class SegmentFields {

	static final String TAG = "tag";
	static final String CUSTOM = "custom.";

	private static final Map<String, String> COLUMNS = Map.ofEntries(Map.entry("stage", "lifecycle_stage"),
			Map.entry("vip", "vip_tier"), Map.entry("kind", "kind"), Map.entry("active", "active"),
			Map.entry("owner", "owner_login"), Map.entry("company", "company"), Map.entry("city", "city"),
			Map.entry("region", "region"), Map.entry("country", "country"), Map.entry("industry", "industry"),
			Map.entry("size", "company_size"), Map.entry("source", "source"), Map.entry("created", "created_at"),
			Map.entry("last_interaction", "last_interaction_at"));

	private SegmentFields() {
	}

	static String column(String field) {
		return COLUMNS.get(field);
	}

	/** The standard fields and then the custom ones, by id. */
	public static Map<String, SegmentField> catalog(List<CustomField> custom) {
		Map<String, SegmentField> fields = new LinkedHashMap<>();
		add(fields, "stage", Messages.Segment_stage, FieldType.CHOICE, names(LifecycleStage.values()));
		add(fields, "vip", Messages.Segment_vip, FieldType.CHOICE, names(VipTier.values()));
		add(fields, "kind", Messages.Segment_kind, FieldType.CHOICE, names(CustomerKind.values()));
		add(fields, "active", Messages.Segment_active, FieldType.BOOLEAN, List.of());
		add(fields, TAG, Messages.Segment_tag, FieldType.TEXT, List.of());
		add(fields, "last_interaction", Messages.Segment_lastInteraction, FieldType.DATE, List.of());
		add(fields, "created", Messages.Segment_created, FieldType.DATE, List.of());
		add(fields, "owner", Messages.Segment_owner, FieldType.TEXT, List.of());
		add(fields, "company", Messages.Segment_company, FieldType.TEXT, List.of());
		add(fields, "city", Messages.Segment_city, FieldType.TEXT, List.of());
		add(fields, "region", Messages.Segment_region, FieldType.TEXT, List.of());
		add(fields, "country", Messages.Segment_country, FieldType.TEXT, List.of());
		add(fields, "industry", Messages.Segment_industry, FieldType.TEXT, List.of());
		add(fields, "size", Messages.Segment_size, FieldType.TEXT, List.of());
		add(fields, "source", Messages.Segment_source, FieldType.TEXT, List.of());
		for (CustomField field : custom) {
			add(fields, CUSTOM + field.key(), field.label(), field.type(), field.choices());
		}
		return fields;
	}

	private static void add(Map<String, SegmentField> fields, String id, String label, FieldType type, List<String> values) {
		fields.put(id, new SegmentField(id, label, type, values));
	}

	private static List<String> names(Enum<?>[] values) {
		return new ArrayList<>(Arrays.stream(values).map(Enum::name).toList());
	}
}
