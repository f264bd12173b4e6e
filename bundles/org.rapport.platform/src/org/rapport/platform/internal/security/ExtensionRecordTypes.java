package org.rapport.platform.internal.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.platform.security.RecordType;
import org.rapport.platform.security.RecordTypes;
import org.rapport.platform.security.Role;
import org.rapport.platform.security.Sharing;

/** Reads the record type declarations once; a declaration that names no table or owner column is skipped. */
@Component(service = RecordTypes.class)
public class ExtensionRecordTypes implements RecordTypes {

	private static final System.Logger LOG = System.getLogger(ExtensionRecordTypes.class.getName());
	private static final String SQL_NAME = "[a-z][a-z0-9_]{0,62}";

	@Reference
	private IExtensionRegistry extensionRegistry;

	private volatile List<RecordType> types;

	@Override
	public List<RecordType> all() {
		List<RecordType> result = types;
		if (result == null) {
			result = read();
			types = result;
		}
		return result;
	}

	@Override
	public Optional<RecordType> type(String id) {
		return all().stream().filter(t -> t.id().equals(id)).findFirst();
	}

	private List<RecordType> read() {
		List<RecordType> result = new ArrayList<>();
		for (IConfigurationElement e : extensionRegistry.getConfigurationElementsFor(EXTENSION_POINT)) {
			String id = e.getAttribute("id");
			String table = lower(e.getAttribute("table"));
			String owner = lower(e.getAttribute("ownerColumn"));
			// Table and column names reach SQL (policies, filters): only plain names are accepted.
			if (id == null || !table.matches(SQL_NAME) || !owner.matches(SQL_NAME)) {
				LOG.log(System.Logger.Level.WARNING, "Record type " + id + " of " + e.getContributor().getName()
						+ " skipped: table and ownerColumn must be plain SQL names");
				continue;
			}
			List<String> sensitive = Arrays.stream(e.getChildren("sensitiveField")).map(f -> lower(f.getAttribute("column")))
					.filter(c -> c.matches(SQL_NAME)).toList();
			List<RecordType.Part> parts = Arrays.stream(e.getChildren("part"))
					.map(p -> new RecordType.Part(lower(p.getAttribute("table")), lower(p.getAttribute("recordColumn")),
							p.getAttribute("of") == null ? null : lower(p.getAttribute("of"))))
					.filter(p -> p.table().matches(SQL_NAME) && p.recordColumn().matches(SQL_NAME)
							&& (p.of() == null || p.of().matches(SQL_NAME)))
					.toList();
			String sharing = e.getAttribute("sharing");
			String approver = e.getAttribute("approver");
			try {
				result.add(new RecordType(id, e.getAttribute("module"), e.getAttribute("name"), table, owner,
						sharing == null ? Sharing.EVERYONE : Sharing.valueOf(sharing.toUpperCase(Locale.ROOT)), sensitive,
						approver == null ? null : Role.valueOf(approver.strip().toUpperCase(Locale.ROOT)), parts));
			} catch (IllegalArgumentException unknown) {
				LOG.log(System.Logger.Level.WARNING, "Record type " + id + " of " + e.getContributor().getName()
						+ " skipped: " + unknown.getMessage());
			}
		}
		result.sort(Comparator.comparing(RecordType::id));
		return List.copyOf(result);
	}

	private static String lower(String value) {
		return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
	}
}
