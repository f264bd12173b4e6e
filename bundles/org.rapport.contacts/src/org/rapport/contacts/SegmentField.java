package org.rapport.contacts;

import java.util.List;

/**
 * A field a segment rule can test, for rule editors.
 *
 * @param id     how rules name it ({@code city}, {@code custom.diet})
 * @param label  translated label
 * @param type   what it holds, which decides the operators that make sense
 * @param values the allowed values of a choice field (stage, VIP tier, a custom choice field); empty otherwise
 */
public record SegmentField(String id, String label, FieldType type, List<String> values) {

	public SegmentField {
		values = List.copyOf(values);
	}
}
