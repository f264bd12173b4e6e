package org.rapport.contacts.internal.io;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.rapport.contacts.Channel;
import org.rapport.contacts.ChannelType;
import org.rapport.contacts.internal.Messages;
import org.rapport.contacts.internal.io.WrittenContact.WrittenChannel;
import org.rapport.contacts.internal.search.PhoneKeys;
import org.rapport.contacts.internal.search.SearchKeys;

/**
 * The channels of an imported contact: those understood as they are, those not understood kept as written and marked
 * {@link Unverified}, placeholders ({@code N/A}, {@code -}, {@code tiada}) left out; every value not taken as it is
 * gets a warning.
 */
final class ImportedChannels {

	/** Length of a channel's value in the database. */
	static final int VALUE_LENGTH = 400;
	/** Lengths of the customer's primary email and phone (international format) in the database. */
	private static final int PRIMARY_EMAIL = 200;
	private static final int PRIMARY_PHONE = 40;

	/** The address pattern of {@code CustomerValidator}, which checks what the service saves. */
	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$");
	/** What address books hold where they have no value, folded as {@link SearchKeys#fold} does. */
	private static final Set<String> PLACEHOLDERS = Set.of("n/a", "na", "n.a.", "n.a", "none", "nil", "null", "nul",
			"unknown", "tbc", "tba", "no", "no phone", "no email", "no mail", "not available", "x", "xx", "xxx",
			"tiada", "tidak ada", "tiada nombor", "无", "無", "没有", "沒有", "暂无", "暫無", "未知");
	private static final Pattern ONLY_MARKS = Pattern.compile("[\\p{Punct}\\s]+");
	private static final Pattern SAME_DIGIT = Pattern.compile("(\\d)(?:[\\s\\-.()]*\\1)+");

	private ImportedChannels() {
	}

	/**
	 * The channels to keep: understood ones first (the first of each type primary), then those kept as written.
	 *
	 * @param warnings receives a warning for each value kept as written, cut or left out
	 */
	static List<Channel> keep(List<WrittenChannel> written, String region, long line, List<ImportWarning> warnings) {
		List<Channel> understood = new ArrayList<>();
		List<Channel> asWritten = new ArrayList<>();
		for (WrittenChannel w : written) {
			String value = w.value();
			if (placeholder(w.type(), value)) {
				warnings.add(new ImportWarning(line, w.where(), value, Messages.Import_placeholder));
				continue;
			}
			if (value.length() > VALUE_LENGTH) {
				warnings.add(new ImportWarning(line, w.where(), value, NLS.bind(Messages.Import_cut, VALUE_LENGTH)));
				value = value.substring(0, VALUE_LENGTH);
			}
			if (understood(w.type(), value, region)) {
				understood.add(new Channel(w.type(), w.label(), value, false));
			} else {
				asWritten.add(new Channel(w.type(), Unverified.label(w.label()), value, false));
				warnings.add(new ImportWarning(line, w.where(), value, w.type() == ChannelType.EMAIL
						? Messages.Import_notEmail : NLS.bind(Messages.Import_notPhone, region)));
			}
		}
		List<Channel> kept = primaries(understood);
		kept.addAll(asWritten);
		return kept;
	}

	/** The channels as written, the first of each type primary: what a strict import checks and rejects. */
	static List<Channel> asWritten(List<WrittenChannel> written) {
		List<Channel> channels = new ArrayList<>();
		for (WrittenChannel w : written) {
			channels.add(new Channel(w.type(), w.label(), w.value(), false));
		}
		return primaries(channels);
	}

	/**
	 * Whether a value is what its type says, and fits where the customer keeps its primary one (an address of 200
	 * characters is none; a phone's international form with its extension in 40).
	 */
	static boolean understood(ChannelType type, String value, String region) {
		if (type == ChannelType.EMAIL) {
			return value.length() <= PRIMARY_EMAIL && EMAIL.matcher(value).matches();
		}
		return !type.isPhone()
				|| PhoneKeys.of(value, region).filter(k -> k.formatted().length() <= PRIMARY_PHONE).isPresent();
	}

	/** Text that stands for no value: {@code N/A}, {@code -}, {@code 0000000} as a phone. */
	static boolean placeholder(ChannelType type, String value) {
		if (value.indexOf('@') >= 0 || value.length() > 20) {
			return false;
		}
		if (value.chars().anyMatch(Character::isDigit)) {
			return type.isPhone() && SAME_DIGIT.matcher(value).matches();
		}
		String folded = SearchKeys.fold(value);
		return PLACEHOLDERS.contains(folded) || ONLY_MARKS.matcher(folded).matches();
	}

	private static List<Channel> primaries(List<Channel> channels) {
		Set<ChannelType> seen = EnumSet.noneOf(ChannelType.class);
		List<Channel> marked = new ArrayList<>();
		for (Channel c : channels) {
			marked.add(new Channel(c.type(), c.label(), c.value(), seen.add(c.type())));
		}
		return marked;
	}
}
