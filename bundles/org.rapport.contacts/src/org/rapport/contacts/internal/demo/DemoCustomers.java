package org.rapport.contacts.internal.demo;

import static org.rapport.contacts.internal.demo.DemoNames.pick;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.rapport.contacts.Channel;
import org.rapport.contacts.ChannelType;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.CustomerKind;
import org.rapport.contacts.LifecycleStage;
import org.rapport.contacts.VipTier;
import org.rapport.contacts.internal.search.SearchKeys;

/**
 * Believable customers for demonstrations and benchmarks: the same seed gives the same customers. About one
 * in ten is an account (company); the others are persons, most of them working at a company.
 */
public final class DemoCustomers {

	/** The demo sales team; the user running the command joins it as an owner. */
	public static final List<String> TEAM = List.of("aisyah", "weiming", "ravi", "sarah", "meiling", "jiahao");

	private final Random random;
	private final List<String> owners;

	public DemoCustomers(long seed, String currentUser) {
		this.random = new Random(seed);
		List<String> all = new ArrayList<>(TEAM);
		all.add(currentUser);
		this.owners = List.copyOf(all);
	}

	public CustomerInput next() {
		Market market = market();
		String city = pick(market.cities, random);
		boolean account = random.nextInt(10) == 0;
		String company = company(market);
		String given;
		String family;
		if (account) {
			given = null;
			family = null;
		} else {
			String[] name = personName(market);
			given = name[0];
			family = name[1];
		}
		List<Channel> channels = new ArrayList<>();
		String local = account ? ascii(company).replaceAll("[^a-z]", "") : emailLocal(given, family);
		// Companies share names across cities; their domains do not.
		String domain = account ? local + random.nextInt(10_000) + "." + market.country.toLowerCase(Locale.ROOT)
				: pick(market.emailDomains, random);
		channels.add(new Channel(ChannelType.EMAIL, account ? "office" : "", (account ? "info" : local) + "@" + domain, true));
		channels.add(new Channel(account ? ChannelType.PHONE : ChannelType.MOBILE, "", market.mobile(random), true));
		LifecycleStage stage = LifecycleStage.values()[weighted(new int[] { 25, 10, 15, 35, 10, 5 })];
		VipTier tier = VipTier.values()[weighted(new int[] { 85, 9, 5, 1 })];
		Set<String> tags = random.nextInt(5) == 0 ? Set.of(random.nextBoolean() ? "newsletter" : "trade-show-2026") : Set.of();
		return new CustomerInput(account ? CustomerKind.ACCOUNT : CustomerKind.PERSON, account ? company : null, given,
				family, null, account ? null : company, null, null, pick(DemoNames.INDUSTRIES, random), null,
				market.name().replace('_', ' '), city, market.country, random.nextBoolean() ? "referral" : "web",
				stage, tier, stage != LifecycleStage.CHURNED, pick(owners, random), channels, tags,
				account ? BigDecimal.valueOf(5_000L * (1 + random.nextInt(200))) : null, account ? market.currency : null,
				account ? "30 days" : null, null, null);
	}

	private Market market() {
		int r = random.nextInt(100);
		return r < 45 ? Market.MALAYSIA : r < 65 ? Market.CHINA : r < 80 ? Market.TAIWAN : r < 92 ? Market.SINGAPORE
				: Market.UNITED_KINGDOM;
	}

	/** {given, family} in the market's naming customs. */
	private String[] personName(Market market) {
		switch (market) {
		case CHINA:
			return new String[] { pick(DemoNames.HAN_GIVEN, random), pick(DemoNames.HAN_FAMILY, random) };
		case TAIWAN:
			return new String[] { pick(DemoNames.HANT_GIVEN, random), pick(DemoNames.HANT_FAMILY, random) };
		case MALAYSIA:
			int r = random.nextInt(10);
			if (r < 5) {
				boolean male = random.nextBoolean();
				return new String[] { pick(male ? DemoNames.MALAY_MALE : DemoNames.MALAY_FEMALE, random),
						(male ? "bin " : "binti ") + pick(DemoNames.MALAY_FATHER, random) };
			}
			if (r < 8) {
				return new String[] { pick(DemoNames.HAN_GIVEN, random), pick(DemoNames.HAN_FAMILY, random) };
			}
			return new String[] { pick(DemoNames.INDIAN_GIVEN, random), "a/l " + pick(DemoNames.INDIAN_FATHER, random) };
		default:
			if (random.nextInt(4) == 0) {
				return new String[] { pick(DemoNames.HAN_GIVEN, random), pick(DemoNames.HAN_FAMILY, random) };
			}
			return new String[] { pick(DemoNames.ENGLISH_GIVEN, random), pick(DemoNames.ENGLISH_FAMILY, random) };
		}
	}

	private String company(Market market) {
		return switch (market) {
		case CHINA -> pick(DemoNames.HAN_COMPANY, random) + pick(List.of("贸易", "科技", "实业", "物流"), random) + "有限公司";
		case TAIWAN -> pick(DemoNames.HANT_COMPANY, random) + pick(List.of("科技", "實業", "貿易"), random) + "股份有限公司";
		case MALAYSIA -> pick(DemoNames.COMPANY_WORDS, random) + " " + pick(List.of("Sdn Bhd", "Berhad", "Enterprise"), random);
		case SINGAPORE -> pick(DemoNames.COMPANY_WORDS, random) + " Pte Ltd";
		case UNITED_KINGDOM -> pick(DemoNames.COMPANY_WORDS, random) + " Ltd";
		};
	}

	private String emailLocal(String given, String family) {
		String g = latin(given);
		String f = latin(family.replaceFirst("^(bin|binti|a/l) ", ""));
		return (g + "." + f).replaceAll("[^a-z.]", "") + (random.nextInt(3) == 0 ? String.valueOf(random.nextInt(100)) : "");
	}

	private static String latin(String name) {
		String pinyin = SearchKeys.pinyin(name);
		return pinyin != null ? pinyin : ascii(name);
	}

	private static String ascii(String text) {
		String pinyin = SearchKeys.pinyin(text);
		String base = pinyin != null ? pinyin : text;
		return Normalizer.normalize(base, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
				.replace(" ", "");
	}

	private int weighted(int[] weights) {
		int total = 0;
		for (int w : weights) {
			total += w;
		}
		int r = random.nextInt(total);
		for (int i = 0; i < weights.length; i++) {
			r -= weights[i];
			if (r < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}
}
