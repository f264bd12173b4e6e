package org.rapport.platform.security;

import java.util.List;
import java.util.Optional;

/** The record types every installed module declares (extension point {@code org.rapport.platform.recordTypes}). */
public interface RecordTypes {

	/** The extension point id. */
	String EXTENSION_POINT = "org.rapport.platform.recordTypes";

	/** Every declared record type, by id. */
	List<RecordType> all();

	/** The record type with this id. */
	Optional<RecordType> type(String id);
}
