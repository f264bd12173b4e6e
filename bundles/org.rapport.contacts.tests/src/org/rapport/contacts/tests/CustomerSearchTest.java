package org.rapport.contacts.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.CustomerQuery;
import org.rapport.contacts.CustomerService;
import org.rapport.contacts.CustomerSummary;
import org.rapport.platform.persistence.Database;

class CustomerSearchTest {

	@TempDir
	Path home;

	private Database database;
	private CustomerService customers;

	@BeforeEach
	void customers() throws Exception {
		database = TestSupport.freshDatabase(home);
		customers = TestSupport.service(CustomerService.class);
		customers.create(CustomerInput.person("Zoë", "Smith", "Harmoni Sdn Bhd", "zoe.smith@harmoni.com.my", "012-345 6789"));
		customers.create(CustomerInput.person("三", "张", "华信贸易有限公司", "zhangsan@qq.com", "+86 138 1234 5678"));
		customers.create(CustomerInput.person("大文", "陳", "台積科技股份有限公司", "dawen@hinet.net", "+886 912 345 678"));
		customers.create(CustomerInput.person("Siti Nurhaliza", "binti Tarudin", null, "siti_n@yahoo.com.my", "019-876 5432"));
		customers.create(CustomerInput.person("Rajesh", "a/l Subramaniam", "Gemilang Berhad", "rajesh@gemilang.my", null));
	}

	@AfterEach
	void release() {
		TestSupport.release(database, home);
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

	private List<String> names(String typed) {
		return customers.search(CustomerQuery.matching(typed, 50)).stream().map(CustomerSummary::name).toList();
	}
}
