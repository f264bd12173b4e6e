package org.rapport.contacts.tests;

import org.rapport.contacts.testing.WithCustomers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.CustomerQuery;
import org.rapport.contacts.CustomerSort;
import org.rapport.contacts.CustomerSummary;

class CustomerSearchTest extends WithCustomers {

	@BeforeEach
	void customers() throws Exception {
		customers.create(CustomerInput.person("Zoë", "Smith", "Harmoni Sdn Bhd", "zoe.smith@harmoni.com.my", "012-345 6789"));
		customers.create(CustomerInput.person("三", "张", "华信贸易有限公司", "zhangsan@qq.com", "+86 138 1234 5678"));
		customers.create(CustomerInput.person("大文", "陳", "台積科技股份有限公司", "dawen@hinet.net", "+886 912 345 678"));
		customers.create(CustomerInput.person("Siti Nurhaliza", "binti Tarudin", null, "siti_n@yahoo.com.my", "019-876 5432"));
		customers.create(CustomerInput.person("Rajesh", "a/l Subramaniam", "Gemilang Berhad", "rajesh@gemilang.my", null));
	}

	@Test
	void aNameIsFoundWhateverTheCaseAndAccents() {
		assertEquals(List.of("Zoë Smith"), names("zoe"));
		assertEquals(List.of("Zoë Smith"), names("ZOË S"));
		assertEquals(List.of("Zoë Smith"), names("smith"));
	}

	@Test
	void aChineseNameIsFoundByItsCharactersPinyinOrInitials() {
		assertEquals(List.of("张三"), names("张"));
		assertEquals(List.of("张三"), names("zhangs"));
		assertEquals(List.of("张三"), names("zs"));
		assertEquals(List.of("陳大文"), names("chendaw"));
		assertEquals(List.of("陳大文"), names("cdw"));
	}

	@Test
	void emailPhoneDigitsAndCompanyFindTheirCustomer() {
		assertEquals(List.of("Siti Nurhaliza binti Tarudin"), names("siti_n@"));
		assertEquals(List.of("Zoë Smith"), names("012-345"));
		assertEquals(List.of("Zoë Smith"), names("+6012345"));
		assertEquals(List.of("张三"), names("138 1234"));
		assertEquals(List.of("Rajesh a/l Subramaniam"), names("gemilang"));
		assertEquals(List.of("陳大文"), names("台積"));
	}

	@Test
	void theListIsInNameOrderWithChineseNamesByPinyin() {
		assertEquals(List.of("陳大文", "Rajesh a/l Subramaniam", "Siti Nurhaliza binti Tarudin", "张三", "Zoë Smith"),
				names(""));
	}

	@Test
	void pagesFollowOneAnotherWithoutGapsOrRepeats() {
		for (int i = 0; i < 23; i++) {
			customers.create(CustomerInput.person("Customer", String.format("Number %02d", i % 7), null, null, null));
		}
		Set<Long> seen = new HashSet<>();
		List<String> order = new ArrayList<>();
		CustomerQuery query = CustomerQuery.all(10);
		List<CustomerSummary> page;
		int pages = 0;
		do {
			page = customers.search(query);
			for (CustomerSummary c : page) {
				assertTrue(seen.add(c.id()), "customer " + c.id() + " came twice");
				order.add(c.sortKey());
			}
			if (!page.isEmpty()) {
				query = query.next(page.get(page.size() - 1));
			}
			pages++;
		} while (page.size() == 10);
		assertEquals(28, seen.size());
		assertEquals(3, pages);
		List<String> sorted = new ArrayList<>(order);
		sorted.sort(null);
		assertEquals(sorted, order);
	}

	@Test
	void aFilteredListPagesWithoutGapsOrRepeatsAndShowsNameMatchesFirst() {
		for (int i = 0; i < 25; i++) {
			customers.create(CustomerInput.person("Tan", String.format("Number %02d", i), i % 2 == 0 ? "Tanjung Sdn Bhd" : null,
					null, null));
		}
		Set<Long> seen = new HashSet<>();
		List<String> order = new ArrayList<>();
		CustomerQuery query = CustomerQuery.matching("tan", 10);
		List<CustomerSummary> page;
		do {
			page = customers.search(query);
			for (CustomerSummary c : page) {
				assertTrue(seen.add(c.id()), c.name() + " came twice");
				order.add(c.name());
			}
			if (!page.isEmpty()) {
				query = query.next(page.get(page.size() - 1));
			}
		} while (page.size() == 10);
		assertEquals(25, seen.size());
		assertEquals("Tan Number 00", order.get(0));
		assertEquals("Tan Number 24", order.get(24));
	}

	@Test
	void theListSortsByCompanyCityOrEmailWithCustomersLackingItLastInNameOrder() {
		assertEquals(List.of("Rajesh a/l Subramaniam", "Zoë Smith", "张三", "陳大文", "Siti Nurhaliza binti Tarudin"),
				sorted(CustomerSort.COMPANY, 2));
		assertEquals(List.of("陳大文", "Rajesh a/l Subramaniam", "Siti Nurhaliza binti Tarudin", "张三", "Zoë Smith"),
				sorted(CustomerSort.CITY, 2), "nobody has a city: name order");
		assertEquals(List.of("陳大文", "Rajesh a/l Subramaniam", "Siti Nurhaliza binti Tarudin", "张三", "Zoë Smith"),
				sorted(CustomerSort.EMAIL, 3));
	}

	/** The whole list in an order, read in pages of the given size. */
	private List<String> sorted(CustomerSort sort, int pageSize) {
		List<String> names = new ArrayList<>();
		CustomerQuery query = CustomerQuery.all(pageSize).sortedBy(sort);
		List<CustomerSummary> page;
		do {
			page = customers.search(query);
			page.forEach(c -> names.add(c.name()));
			if (!page.isEmpty()) {
				query = query.next(page.get(page.size() - 1));
			}
		} while (page.size() == pageSize);
		return names;
	}

	private List<String> names(String typed) {
		return customers.search(CustomerQuery.matching(typed, 50)).stream().map(CustomerSummary::name).toList();
	}
}
