package org.rapport.contacts.internal.demo;

import java.util.List;
import java.util.Random;

/** Name pools of the markets Rapport serves: Chinese (simplified and traditional), Malay, Indian, English. */
final class DemoNames {

	static final List<String> HAN_FAMILY = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙",
			"马", "朱", "胡", "郭", "何", "林", "罗", "郑", "梁", "谢", "宋", "唐");
	static final List<String> HAN_GIVEN = List.of("伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳",
			"杰", "娟", "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英", "志明", "美玲", "家豪", "嘉欣", "俊杰", "思远", "晓东",
			"雨桐", "子涵", "浩然", "欣妍", "建国", "海燕", "文博", "佳怡", "宇航");
	static final List<String> HANT_FAMILY = List.of("陳", "林", "黃", "張", "李", "王", "吳", "劉", "蔡", "楊", "許", "鄭",
			"謝", "郭", "洪", "邱", "曾", "廖", "賴", "周");
	static final List<String> HANT_GIVEN = List.of("怡君", "雅婷", "冠宇", "家豪", "志明", "淑芬", "美玲", "俊傑", "欣怡",
			"建宏", "宗翰", "佩珊", "承恩", "詩涵", "柏翰");
	static final List<String> MALAY_MALE = List.of("Ahmad", "Muhammad", "Mohd Faizal", "Azman", "Hafiz", "Khairul",
			"Amirul", "Syafiq", "Zulkifli", "Ismail", "Hakim", "Firdaus");
	static final List<String> MALAY_FEMALE = List.of("Siti Nurhaliza", "Nur Aisyah", "Aishah", "Farah", "Nurul Izzah",
			"Zarina", "Noraini", "Hidayah", "Aminah", "Sofea", "Balqis");
	static final List<String> MALAY_FATHER = List.of("Abdullah", "Ibrahim", "Hassan", "Osman", "Yusof", "Rahman",
			"Ismail", "Hamid", "Aziz", "Salleh", "Ali", "Razak");
	static final List<String> INDIAN_GIVEN = List.of("Rajesh", "Priya", "Kumar", "Anand", "Kavitha", "Suresh",
			"Lakshmi", "Ganesh", "Deepa", "Vijay", "Meena", "Arjun", "Saranya", "Karthik");
	static final List<String> INDIAN_FATHER = List.of("Subramaniam", "Krishnan", "Muthu", "Raman", "Pillai",
			"Nair", "Govindasamy", "Arumugam", "Ramasamy", "Selvaraj");
	static final List<String> ENGLISH_GIVEN = List.of("James", "Emily", "Oliver", "Sophie", "Daniel", "Charlotte",
			"Zoë", "Chloé", "Michael", "Hannah", "Liam", "Grace", "René", "Noah");
	static final List<String> ENGLISH_FAMILY = List.of("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson",
			"Johnson", "Davies", "Robinson", "Wright", "Thompson", "Evans", "Walker", "O'Brien");
	static final List<String> COMPANY_WORDS = List.of("Harmoni", "Gemilang", "Sinar", "Maju", "Jaya", "Cahaya",
			"Bintang", "Pacific", "Orient", "Summit", "Evergreen", "Lotus", "Golden Dragon", "Silverline", "Nusantara");
	static final List<String> HAN_COMPANY = List.of("华信", "宏达", "东方", "金龙", "永盛", "鸿运", "恒泰", "新世纪");
	static final List<String> HANT_COMPANY = List.of("台積", "鴻海", "長榮", "統一", "宏碁", "富邦", "國泰");
	static final List<String> INDUSTRIES = List.of("Manufacturing", "Retail", "Hospitality", "Finance", "Logistics",
			"Healthcare", "Education", "Property", "Technology", "Food & Beverage");

	private DemoNames() {
	}

	static String pick(List<String> pool, Random random) {
		return pool.get(random.nextInt(pool.size()));
	}
}
