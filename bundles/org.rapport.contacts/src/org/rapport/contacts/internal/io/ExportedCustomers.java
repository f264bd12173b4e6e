package org.rapport.contacts.internal.io;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.rapport.contacts.Channel;
import org.rapport.contacts.ChannelType;
import org.rapport.contacts.CustomerKind;
import org.rapport.platform.persistence.Rows;

/**
 * The customers an export writes, in name order, each with all its channels, tags and custom values: read from the
 * database a chunk at a time, so that a million customers need no more memory than a chunk.
 */
final class ExportedCustomers {

	/** One customer as the exports write it. */
	record Exported(long id, CustomerKind kind, String name, String givenName, String familyName, String company,
			String jobTitle, String city, String region, String country, String source, String stage, String vipTier,
			String owner, List<Channel> channels, List<String> tags, Map<String, String> custom) {

		/** The channels of a type, in their order. */
		List<Channel> channels(ChannelType type) {
			return channels.stream().filter(c -> c.type() == type).toList();
		}

		/** The country's code, or a country that was not understood (kept as an unverified address channel). */
		String countryAsWritten() {
			if (country != null) {
				return country;
			}
			return channels.stream().filter(Unverified::isCountry).map(Channel::value).findFirst().orElse(null);
		}
	}

	/** Receives each customer. */
	interface Writer {
		void write(Exported customer) throws IOException;
	}

	private record Row(long id, CustomerKind kind, String[] text) {
	}

	/** Customers whose details are read at a time. */
	private static final int CHUNK = 500;
	private static final String COLUMNS = "id, kind, display_name, given_name, family_name, company, job_title, city,"
			+ " region, country, source, lifecycle_stage, vip_tier, owner_login";

	private ExportedCustomers() {
	}

	/** Passes each selected customer to the writer; returns how many. */
	static int each(Connection c, ExportSelection selection, Writer writer, IProgressMonitor monitor)
			throws SQLException, IOException {
		List<Object> params = new ArrayList<>();
		String sql = "SELECT " + COLUMNS + " FROM contacts_customer" + selection.where(c, params)
				+ " ORDER BY sort_key, id";
		int count = 0;
		List<Row> chunk = new ArrayList<>(CHUNK);
		try (PreparedStatement st = Rows.prepare(c, sql, params)) {
			st.setFetchSize(CHUNK);
			try (ResultSet rs = st.executeQuery()) {
				while (rs.next()) {
					if (++count % 1000 == 0 && monitor.isCanceled()) {
						throw new OperationCanceledException();
					}
					String[] text = new String[12];
					for (int i = 0; i < text.length; i++) {
						text[i] = rs.getString(i + 3);
					}
					chunk.add(new Row(rs.getLong(1), CustomerKind.valueOf(rs.getString(2)), text));
					if (chunk.size() == CHUNK) {
						write(c, chunk, writer);
					}
				}
			}
		}
		write(c, chunk, writer);
		return count;
	}

	private static void write(Connection c, List<Row> chunk, Writer writer) throws SQLException, IOException {
		if (chunk.isEmpty()) {
			return;
		}
		List<Long> ids = chunk.stream().map(Row::id).toList();
		String marks = String.join(",", Collections.nCopies(ids.size(), "?"));
		Map<Long, List<Channel>> channels = new HashMap<>();
		Rows.query(c, "SELECT customer_id, channel_type, label, channel_value FROM contacts_channel"
				+ " WHERE customer_id IN (" + marks + ") ORDER BY customer_id, position", ids, rs -> channels.computeIfAbsent(rs.getLong(1),
						k -> new ArrayList<>()).add(new Channel(ChannelType.valueOf(rs.getString(2)), rs.getString(3),
								rs.getString(4), false)));
		Map<Long, List<String>> tags = new HashMap<>();
		Rows.query(c, "SELECT customer_id, tag FROM contacts_customer_tag WHERE customer_id IN (" + marks
				+ ") ORDER BY tag", ids,
				rs -> tags.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)));
		Map<Long, Map<String, String>> custom = new HashMap<>();
		Rows.query(c, "SELECT customer_id, field_key, field_value FROM contacts_field_value WHERE customer_id IN ("
				+ marks + ")", ids, rs -> custom.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
						.put(rs.getString(2), rs.getString(3)));
		for (Row row : chunk) {
			String[] t = row.text();
			writer.write(new Exported(row.id(), row.kind(), t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7], t[8], t[9],
					t[10], t[11], channels.getOrDefault(row.id(), List.of()), tags.getOrDefault(row.id(), List.of()),
					custom.getOrDefault(row.id(), Map.of())));
		}
		chunk.clear();
	}
}
