package org.rapport.contacts.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.CustomerService;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.ui.testing.Widgets;
import org.rapport.platform.ui.testing.WorkbenchDriver;

/** A salesperson opens the customer list from the navigator, types pinyin initials and finds 张三. */
class CustomerListTest {

	private static final String PART = "org.rapport.contacts.ui.partdescriptor.customers";

	@TempDir
	Path home;

	@Test
	void typingPinyinInitialsFiltersTheListToTheChineseCustomer() throws Exception {
		WorkbenchDriver.run(home, driver -> {
			Database database = service(Database.class);
			assertTrue(driver.waitFor(database::isOpen), "the database opens");
			CustomerService customers = service(CustomerService.class);
			customers.create(CustomerInput.person("三", "张", "华信贸易有限公司", "zhangsan@qq.com", "+86 138 1234 5678"));
			customers.create(CustomerInput.person("Zoë", "Smith", "Harmoni Sdn Bhd", "zoe@harmoni.my", "012-345 6789"));
			customers.create(CustomerInput.person("Siti Nurhaliza", "binti Tarudin", "Maju Berhad", "siti@maju.my", null));
			customers.create(CustomerInput.person("大文", "陳", "台積科技股份有限公司", "dawen@hinet.net", null));

			driver.openFromNavigator("Customers", "Customers");
			assertTrue(driver.waitFor(() -> driver.partControl(PART) != null), "the customer list opens");
			Control list = driver.partControl(PART);
			NatTable grid = Widgets.all(list, NatTable.class).get(0);
			assertTrue(driver.waitFor(() -> driver.labels(list).contains("4 customer")), driver.labels(list));

			Text filter = Widgets.all(list, Text.class).get(0);
			filter.setText("zs");
			assertTrue(driver.waitFor(() -> driver.labels(list).contains("1 customer")), driver.labels(list));
			driver.settle();
			assertEquals("张三", grid.getDataValueByPosition(0, 1));
			assertEquals("华信贸易有限公司", grid.getDataValueByPosition(1, 1));

			filter.setText("zoe");
			assertTrue(driver.waitFor(() -> "Zoë Smith".equals(grid.getDataValueByPosition(0, 1))));
			filter.setText("zs");
			assertTrue(driver.waitFor(() -> "张三".equals(grid.getDataValueByPosition(0, 1))));

			Path shot = driver.screenshot("customer-list.png");
			assertTrue(Files.size(shot) > 10_000, "screenshot " + shot);
		});
	}

	private static <T> T service(Class<T> type) throws InterruptedException {
		ServiceTracker<T, T> tracker = new ServiceTracker<>(
				FrameworkUtil.getBundle(CustomerListTest.class).getBundleContext(), type, null);
		tracker.open();
		return tracker.waitForService(20_000);
	}
}
