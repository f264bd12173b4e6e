package org.rapport.platform.persistence.internal;

import java.util.List;

import org.rapport.platform.persistence.Jdbc;
import org.rapport.platform.persistence.Rows;
import org.rapport.platform.security.RecordType;

/** Gives every declared record type without a stored sharing its module's default, so that SQL can read it. */
final class SharingDefaults {

	private SharingDefaults() {
	}

	static void ensure(Jdbc jdbc, List<RecordType> types) {
		jdbc.change(c -> {
			for (RecordType type : types) {
				boolean stored = Rows.first(c, "SELECT 1 FROM platform_record_sharing WHERE record_type = ?",
						List.of(type.id()), rs -> true).isPresent();
				if (!stored) {
					Rows.update(c, "INSERT INTO platform_record_sharing (record_type, sharing) VALUES (?, ?)", type.id(),
							type.defaultSharing().name());
				}
			}
		});
	}
}
