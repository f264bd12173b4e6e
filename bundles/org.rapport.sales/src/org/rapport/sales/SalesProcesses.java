package org.rapport.sales;

import java.util.List;
import java.util.Optional;

/** The sales processes installed modules contribute (extension point {@code org.rapport.sales.processes}). */
public interface SalesProcesses {

	/** Extension point id. */
	String EXTENSION_POINT = "org.rapport.sales.processes";

	List<SalesProcess> list();

	Optional<SalesProcess> find(String id);

	/** The process new opportunities get unless another is chosen. */
	SalesProcess standard();
}
