package org.rapport.contacts.internal.demo;

import java.util.List;
import java.util.Random;

/** Where a demo customer lives: cities, phone formats and email domains of that market. */
enum Market {
	MALAYSIA("MY", "MYR", List.of("Kuala Lumpur", "Petaling Jaya", "Shah Alam", "George Town", "Johor Bahru", "Ipoh",
			"Kota Kinabalu", "Kuching"), List.of("gmail.com", "yahoo.com.my", "hotmail.com", "tm.net.my")),
	CHINA("CN", "CNY", List.of("Shanghai", "Beijing", "Shenzhen", "Guangzhou", "Hangzhou", "Chengdu"),
			List.of("qq.com", "163.com", "126.com", "sina.com")),
	TAIWAN("TW", "TWD", List.of("Taipei", "Kaohsiung", "Taichung", "Tainan", "Hsinchu"),
			List.of("gmail.com", "yahoo.com.tw", "hinet.net")),
	SINGAPORE("SG", "SGD", List.of("Singapore"), List.of("gmail.com", "singnet.com.sg")),
	UNITED_KINGDOM("GB", "GBP", List.of("London", "Manchester", "Birmingham"), List.of("gmail.com", "outlook.com"));

	final String country;
	final String currency;
	final List<String> cities;
	final List<String> emailDomains;

	Market(String country, String currency, List<String> cities, List<String> emailDomains) {
		this.country = country;
		this.currency = currency;
		this.cities = cities;
		this.emailDomains = emailDomains;
	}

	/** A mobile number written the way people of this market write it. */
	String mobile(Random r) {
		return switch (this) {
		case MALAYSIA -> String.format("01%d-%03d %04d", 2 + r.nextInt(8), r.nextInt(1000), r.nextInt(10000));
		case CHINA -> String.format("+86 13%d %04d %04d", r.nextInt(10), r.nextInt(10000), r.nextInt(10000));
		case TAIWAN -> String.format("+886 9%02d %03d %03d", 10 + r.nextInt(89), r.nextInt(1000), r.nextInt(1000));
		case SINGAPORE -> String.format("+65 %d%03d %04d", 8 + r.nextInt(2), r.nextInt(1000), r.nextInt(10000));
		case UNITED_KINGDOM -> String.format("+44 7%03d %06d", 100 + r.nextInt(900), r.nextInt(1000000));
		};
	}
}
